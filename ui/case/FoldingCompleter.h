#pragma once

#include <QCompleter>
#include <QStringList>

class QStandardItemModel;

namespace sr::ui {

/**
 * Completion that matches as the main search does (domain::foldForSearch): without regard to
 * case, diacritics or đ, anywhere in a choice. "ha" offers "Hạ Long" as well as "Quang Hanh";
 * the chosen text is inserted with its accents.
 */
class FoldingCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit FoldingCompleter(QObject *parent = nullptr);

    /** The texts offered, shown as they are. */
    void setChoices(const QStringList &choices);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    /** The role holding a choice's folded text, which the typed text is matched against. */
    static constexpr int FoldedRole = Qt::UserRole + 1;

    QStandardItemModel *m_model = nullptr;
};

} // namespace sr::ui
