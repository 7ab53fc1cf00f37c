#include "FormulaGuard.h"

namespace sr::exchange {

namespace {

bool isLeadingFiller(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xFEFF || u < 0x20 || u == 0x7F || u == u' ' || (u >= 0x80 && u < 0xA0);
}

} // namespace

bool FormulaGuard::triggers(QStringView cell)
{
    qsizetype i = 0;
    for (; i < cell.size() && isLeadingFiller(cell[i]); ++i) {
        const char16_t u = cell[i].unicode();
        if (u == u'\t' || u == u'\r' || u == u'\n')
            return true;
    }
    if (i >= cell.size())
        return false;
    switch (cell[i].unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'|':
    case u'%':
        return true;
    default:
        return false;
    }
}

bool FormulaGuard::needsApostrophe(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return triggers(cell.mid(i));
}

QString FormulaGuard::neutralise(const QString &cell)
{
    if (!needsApostrophe(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString FormulaGuard::restore(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsApostrophe(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace sr::exchange
