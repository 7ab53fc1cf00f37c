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
 * beginning of some word of @a indexedText, the text of a record as the search index holds it:
 * the test of the index's prefix query "t1"* AND "t2"*, for one record at a time. Like SQLite's
 * unicode61 tokenizer with remove_diacritics 2, the text is compared lower case without
 * combining marks (đ stays đ: the application folds it before indexing names), and letters,
 * digits and private-use characters make words. No tokens match everything.
 */
bool matchesWordPrefixes(QStringView indexedText, const QStringList &tokens);

/** Normalises user-entered text for storage: NFC, trimmed, inner white space collapsed. */
QString normaliseText(QStringView text);

} // namespace sr::domain
