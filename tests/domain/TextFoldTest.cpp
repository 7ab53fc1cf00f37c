#include "domain/TextFold.h"

#include "Printers.h"
#include "domain/Person.h"

#include <gtest/gtest.h>

using namespace sr::domain;

namespace {

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

struct FoldCase
{
    const char *name;
    QString input;
    QString expected;

    // Names the case in test output (and in the CTest names gtest_discover_tests makes).
    friend void PrintTo(const FoldCase &c, std::ostream *os) { *os << c.name; }
};

class FoldForSearchTest : public ::testing::TestWithParam<FoldCase>
{};

TEST_P(FoldForSearchTest, FoldsToTheSearchKey)
{
    const FoldCase &c = GetParam();
    EXPECT_EQ(foldForSearch(c.input), c.expected);
    // Decomposed input gives the same key as composed input.
    EXPECT_EQ(foldForSearch(nfd(c.input)), c.expected);
    // Folding is idempotent.
    EXPECT_EQ(foldForSearch(c.expected), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Vietnamese,
    FoldForSearchTest,
    ::testing::Values(
        FoldCase{"dang", QStringLiteral("Đặng"), QStringLiteral("dang")},
        FoldCase{"dong", QStringLiteral("Đông"), QStringLiteral("dong")},
        FoldCase{"dang_upper", QStringLiteral("ĐẶNG"), QStringLiteral("dang")},
        FoldCase{"small_d_stroke", QStringLiteral("đặng"), QStringLiteral("dang")},
        FoldCase{"full_name", QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("nguyen thi hang")},
        FoldCase{"full_name_upper",
                 QStringLiteral("NGUYỄN THỊ HẰNG"),
                 QStringLiteral("nguyen thi hang")},
        FoldCase{
            "horn_letters", QStringLiteral("Trương Văn Ước"), QStringLiteral("truong van uoc")},
        FoldCase{"all_tones",
                 QStringLiteral("à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ"),
                 QStringLiteral("a a a a a a a a a a a a a a a a a")},
        FoldCase{"o_variants",
                 QStringLiteral("ơ ờ ớ ở ỡ ợ ô ồ ố ổ ỗ ộ"),
                 QStringLiteral("o o o o o o o o o o o o")},
        FoldCase{"u_y_variants",
                 QStringLiteral("ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ"),
                 QStringLiteral("u u u u u u y y y y y")},
        FoldCase{"place",
                 QStringLiteral("Móng Cái, Quảng Ninh"),
                 QStringLiteral("mong cai, quang ninh")},
        FoldCase{
            "whitespace", QStringLiteral("  Lê \t Thị\n\nMai  "), QStringLiteral("le thi mai")},
        FoldCase{"no_break_space", QStringLiteral("Hà\u00A0Nội"), QStringLiteral("ha noi")},
        FoldCase{"zero_width", QStringLiteral("Hoa\u200BBình"), QStringLiteral("hoabinh")},
        FoldCase{"eth_lookalike", QStringLiteral("ÐINH"), QStringLiteral("dinh")},
        FoldCase{"ascii", QStringLiteral("Nguyen Van A"), QStringLiteral("nguyen van a")},
        FoldCase{"case_code", QStringLiteral("QN-2023-0007"), QStringLiteral("qn-2023-0007")},
        FoldCase{"empty", QString(), QString()},
        FoldCase{"only_spaces", QStringLiteral("   "), QString()}),
    [](const ::testing::TestParamInfo<FoldCase> &info) { return std::string(info.param.name); });

TEST(TextFold, NfdAndNfcSpellingsFoldTogether)
{
    const QString composed = QStringLiteral("Nguyễn");
    const QString decomposed = nfd(composed);
    ASSERT_NE(composed, decomposed); // really two spellings
    EXPECT_EQ(foldForSearch(decomposed), foldForSearch(composed));
    EXPECT_EQ(foldForSearch(decomposed), QStringLiteral("nguyen"));
    // Mixed: tone mark as a separate combining character after a precomposed letter.
    EXPECT_EQ(foldForSearch(QStringLiteral("Nguy\u00EA\u0303n")), QStringLiteral("nguyen"));
}

TEST(TextFold, QueryMatchesNameAfterFolding)
{
    // What search relies on: the folded query is a prefix of the folded name.
    EXPECT_TRUE(foldForSearch(QStringLiteral("Đặng Văn Hùng")).startsWith(foldForSearch(u"dang")));
    EXPECT_TRUE(foldForSearch(QStringLiteral("Đông Triều")).startsWith(foldForSearch(u"dong")));
    EXPECT_TRUE(
        foldForSearch(QStringLiteral("nguyễn thị hoa")).startsWith(foldForSearch(u"NGUYEN THI")));
    EXPECT_EQ(foldForSearch(u"dang"), foldForSearch(QStringLiteral("Đặng")));
    EXPECT_EQ(foldForSearch(u"dong"), foldForSearch(QStringLiteral("Đông")));
    EXPECT_NE(foldForSearch(u"dang"), foldForSearch(u"dung"));
}

TEST(TextFold, TokensSplitOnPunctuation)
{
    EXPECT_EQ(foldedTokens(QStringLiteral("Đặng Thị-Hằng, (Mai)")),
              (QStringList{QStringLiteral("dang"),
                           QStringLiteral("thi"),
                           QStringLiteral("hang"),
                           QStringLiteral("mai")}));
    EXPECT_EQ(foldedTokens(u"QN-2023-0007"),
              (QStringList{QStringLiteral("qn"), QStringLiteral("2023"), QStringLiteral("0007")}));
    EXPECT_EQ(foldedTokens(nfd(QStringLiteral("Nguyễn  Văn"))),
              (QStringList{QStringLiteral("nguyen"), QStringLiteral("van")}));
    EXPECT_TRUE(foldedTokens(u" ,.;- ").isEmpty());
    EXPECT_TRUE(foldedTokens(u"").isEmpty());
}

TEST(TextFold, NormaliseTextComposesAndCollapsesSpace)
{
    const QString decomposed = nfd(QStringLiteral("Nguyễn Thị Hằng"));
    const QString normalised =
        normaliseText(QStringLiteral("  ") + decomposed + QStringLiteral(" \t"));
    EXPECT_EQ(normalised, QStringLiteral("Nguyễn Thị Hằng"));
    EXPECT_EQ(normalised.size(), QStringLiteral("Nguyễn Thị Hằng").size()); // composed form
    EXPECT_EQ(normaliseText(u"Lê   Văn\n Tám"), QStringLiteral("Lê Văn Tám"));
    // Case and diacritics are kept: this is for storage, not search.
    EXPECT_EQ(normaliseText(QStringLiteral("ĐẶNG")), QStringLiteral("ĐẶNG"));
    EXPECT_TRUE(normaliseText(u"   ").isEmpty());
}

TEST(TextFold, PersonFoldedNameUsesTheSearchKey)
{
    Person person;
    person.fullName = nfd(QStringLiteral("Đặng Thị  Hằng"));
    EXPECT_EQ(person.foldedName(), QStringLiteral("dang thi hang"));
}

} // namespace

TEST(MatchesWordPrefixesTest, EveryTokenMustBeginSomeWord)
{
    const QString text = foldForSearch(u"Nguyễn Thị Hằng qn-2023-0001 qn20230001");
    EXPECT_TRUE(matchesWordPrefixes(text, {}));
    EXPECT_TRUE(matchesWordPrefixes(text, foldedTokens(u"n")));
    EXPECT_TRUE(matchesWordPrefixes(text, foldedTokens(u"nguyen thi h")));
    EXPECT_TRUE(matchesWordPrefixes(text, foldedTokens(u"Hằng Nguyễn"))); // any order
    EXPECT_TRUE(matchesWordPrefixes(text, foldedTokens(u"qn-2023")));     // punctuation splits
    EXPECT_TRUE(matchesWordPrefixes(text, foldedTokens(u"qn2023")));
    EXPECT_TRUE(matchesWordPrefixes(text, foldedTokens(u"0001")));
    // A token inside a word, a token no word begins with, one missing token of several.
    EXPECT_FALSE(matchesWordPrefixes(text, foldedTokens(u"guyen")));
    EXPECT_FALSE(matchesWordPrefixes(text, foldedTokens(u"nguyenthi")));
    EXPECT_FALSE(matchesWordPrefixes(text, foldedTokens(u"nguyen van")));
    EXPECT_FALSE(matchesWordPrefixes(text, foldedTokens(u"hangg")));
    EXPECT_FALSE(matchesWordPrefixes(QString(), foldedTokens(u"a")));
}

TEST(MatchesWordPrefixesTest, DFindsDStrokeAndLettersOutsideTheBasicPlane)
{
    EXPECT_TRUE(matchesWordPrefixes(foldForSearch(u"Đặng Văn Đức"), foldedTokens(u"d du")));
    // 𠀀 (U+20000, a CJK letter written as a surrogate pair) starts its own word.
    const QString text = foldForSearch(u"li \U00020000\U00020001");
    EXPECT_TRUE(matchesWordPrefixes(text, foldedTokens(u"\U00020000")));
    EXPECT_FALSE(matchesWordPrefixes(text, foldedTokens(u"\U00020001")));
}

TEST(MatchesWordPrefixesTest, FoldsTheIndexedTextAsTheSearchIndexDoes)
{
    // Document numbers are indexed lower case but not folded: accents compare as the index's
    // remove_diacritics does, while đ is a letter of its own there (names are folded before).
    EXPECT_TRUE(matchesWordPrefixes(u"số 12 quyển 3", foldedTokens(u"so quyen 12")));
    EXPECT_TRUE(matchesWordPrefixes(u"SỐ 12", foldedTokens(u"so")));
    EXPECT_FALSE(matchesWordPrefixes(u"đ123", foldedTokens(u"d")));
    EXPECT_TRUE(matchesWordPrefixes(u"đ123", {QStringLiteral("đ1")}));
    // A combining mark does not split a word, nor does a private-use character.
    EXPECT_TRUE(matchesWordPrefixes(u"xe\u0301y", foldedTokens(u"xey")));
    EXPECT_FALSE(matchesWordPrefixes(u"xe\u0301y", foldedTokens(u"y")));
    EXPECT_FALSE(matchesWordPrefixes(u"ab\uE000cd", foldedTokens(u"cd")));
    EXPECT_TRUE(matchesWordPrefixes(u"ab\uE000cd", foldedTokens(u"ab")));
}
