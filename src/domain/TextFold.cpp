#include "TextFold.h"

#include <QChar>
#include <QList>

#include <string>

namespace sr::domain {

namespace {

/** Combining marks: the diacritics after NFD. */
bool isMark(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

/** Characters dropped from a search key: combining marks and invisible format characters
 *  (zero-width space/joiners, soft hyphen, BOM). */
bool isDropped(char32_t cp)
{
    return isMark(cp) || QChar::category(cp) == QChar::Other_Format;
}

/** Letters with a stroke that do not decompose under NFD but must fold like Latin letters. */
char32_t foldStroke(char32_t cp)
{
    switch (cp) {
    case U'\u0110': // Đ LATIN CAPITAL LETTER D WITH STROKE
    case U'\u0111': // đ LATIN SMALL LETTER D WITH STROKE
    case U'\u00D0': // Ð LATIN CAPITAL LETTER ETH, typed for Đ by some keyboards and fonts
    case U'\u00F0': // ð its lower case
    case U'\u0189': // Ɖ LATIN CAPITAL LETTER AFRICAN D, same glyph as Đ
    case U'\u0256': // ɖ its lower case
        return U'd';
    default:
        return cp;
    }
}

} // namespace

QString foldForSearch(QStringView text)
{
    // NFD splits "ặ" into a + combining dot below + combining breve, so NFC and NFD input
    // end up identical once the marks are dropped. đ has no decomposition (the stroke is part
    // of the letter), so it is mapped by hand; SQLite's remove_diacritics does not fold it.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    const QList<uint> codePoints = decomposed.toUcs4();

    std::u32string folded;
    folded.reserve(std::size_t(codePoints.size()));
    bool pendingSpace = false;
    for (const uint value : codePoints) {
        const auto cp = char32_t(value);
        if (QChar::isSpace(cp)) {
            pendingSpace = !folded.empty();
            continue;
        }
        if (isDropped(cp))
            continue;
        const char32_t lower = foldStroke(QChar::toLower(cp));
        if (pendingSpace) {
            folded.push_back(U' ');
            pendingSpace = false;
        }
        folded.push_back(lower);
    }
    return QString::fromUcs4(folded.data(), qsizetype(folded.size()));
}

QStringList foldedTokens(QStringView text)
{
    const QString folded = foldForSearch(text);
    QStringList tokens;
    std::u32string current;
    const auto flush = [&tokens, &current] {
        if (!current.empty())
            tokens.append(QString::fromUcs4(current.data(), qsizetype(current.size())));
        current.clear();
    };
    const QList<uint> codePoints = folded.toUcs4();
    for (const uint value : codePoints) {
        const auto cp = char32_t(value);
        if (QChar::isLetterOrNumber(cp))
            current.push_back(cp);
        else
            flush();
    }
    flush();
    return tokens;
}

namespace {

/**
 * @a text as the index's tokenizer compares it (lower case, combining marks removed) in
 * @a folded, or false when @a text already is (lower-case ASCII, the usual indexed text).
 */
bool indexFolded(QStringView text, QString &folded)
{
    bool ascii = true;
    bool lower = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            lower = false;
    }
    if (ascii && lower)
        return false;
    if (ascii) {
        folded = text.toString().toLower();
        return true;
    }
    const QList<uint> codePoints =
        text.toString().normalized(QString::NormalizationForm_D).toUcs4();
    std::u32string out;
    out.reserve(std::size_t(codePoints.size()));
    for (const uint value : codePoints) {
        const auto cp = char32_t(value);
        if (!isMark(cp))
            out.push_back(QChar::toLower(cp));
    }
    folded = QString::fromUcs4(out.data(), qsizetype(out.size()));
    return true;
}

bool isWordCharacter(char32_t cp)
{
    return QChar::isLetterOrNumber(cp) || QChar::category(cp) == QChar::Other_PrivateUse;
}

} // namespace

bool matchesWordPrefixes(QStringView indexedText, const QStringList &tokens)
{
    QString folded;
    const QStringView text = indexFolded(indexedText, folded) ? QStringView(folded) : indexedText;
    // Word starts in UTF-16 offsets; letters outside the BMP come as surrogate pairs.
    QList<qsizetype> wordStarts;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text.at(i).unicode();
        const qsizetype start = i;
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const bool letter = isWordCharacter(cp);
        if (letter && !inWord)
            wordStarts.append(start);
        inWord = letter;
    }
    for (const QString &token : tokens) {
        bool found = false;
        for (const qsizetype start : std::as_const(wordStarts)) {
            if (text.sliced(start).startsWith(token)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

QString normaliseText(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_C).simplified();
}

} // namespace sr::domain
