#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace sr::domain {

/**
 * Folds Vietnamese text to a search key: lower case, diacritics removed, đ/Đ → d, runs of
 * white space collapsed to one space, trimmed. NFC and NFD input give the same key.
 * foldForSearch(u"Đặng Thị Hằng") == "dang thi hang".
 */
QString foldForSearch(QStringView text);

/** The folded words of @a text (letters and digits; punctuation separates words). */
QStringList foldedTokens(QStringView text);

/**
 * True when every one of @a tokens (folded words, as foldedTokens() gives them) is the
 * beginning of some word of @a foldedText (text already folded by foldForSearch()): the same
 * test as the search index's prefix query "t1"* AND "t2"*, for checking one record at a time.
 * No tokens match everything.
 */
bool matchesWordPrefixes(QStringView foldedText, const QStringList &tokens);

/** Normalises user-entered text for storage: NFC, trimmed, inner white space collapsed. */
QString normaliseText(QStringView text);

} // namespace sr::domain
