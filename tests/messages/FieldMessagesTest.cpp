// Every form words field errors from one table (src/messages/FieldMessages.cpp): each
// domain::ValidationCode has a sentence of its own, in English and in Vietnamese, and the few
// fields that need a word more get it whatever form shows them.
#include "messages/FieldMessages.h"

#include "messages/Translators.h"

#include <QSet>

#include <gtest/gtest.h>

namespace sr::messages {
namespace {

using domain::FieldError;
using domain::ValidationCode;

/**
 * Every ValidationCode, in order: domain::toCode names each one (the compiler asks for a case
 * of every enumerator there) and names no value past the last, so a new code is seen here.
 */
QList<ValidationCode> allCodes()
{
    QList<ValidationCode> codes;
    for (int c = 0; !domain::toCode(ValidationCode(c)).isEmpty(); ++c)
        codes.append(ValidationCode(c));
    return codes;
}

/** The fields whose sentence says more than their code's (the field, the code). */
const QList<std::pair<const char *, ValidationCode>> refined{
    {"document_number", ValidationCode::InvalidFormat},
    {"amount_vnd", ValidationCode::InvalidFormat},
    {"default_amount_vnd", ValidationCode::InvalidFormat},
    {"code", ValidationCode::InvalidFormat},
    {"country_code", ValidationCode::InvalidFormat},
    {"case_code_prefix", ValidationCode::InvalidFormat},
    {"batch_date", ValidationCode::Required},
    {"batch_date", ValidationCode::InvalidDate},
    {"target_date", ValidationCode::InvalidDate},
    {"plan_goal", ValidationCode::Required},
    {"outcome", ValidationCode::Inconsistent},
    {"code", ValidationCode::Inconsistent},
    {"persons_male", ValidationCode::Inconsistent},
    {"persons_female", ValidationCode::Inconsistent},
    {"classified", ValidationCode::Inconsistent},
    {"persons_children", ValidationCode::Inconsistent},
    {"persons_verified", ValidationCode::Inconsistent},
    {"victims_identified", ValidationCode::Inconsistent},
};

const QString label = QStringLiteral("Xyz");

QString sentence(const char *field, ValidationCode code)
{
    return FieldMessages::message(FieldError{QLatin1String(field), code}, label);
}

struct LanguageGuard
{
    ~LanguageGuard() { installTranslators(QStringLiteral("en")); }
};

TEST(FieldMessagesTest, EveryValidationCodeHasASentenceOfItsOwn)
{
    LanguageGuard guard;
    ASSERT_TRUE(installTranslators(QStringLiteral("en")));
    const QList<ValidationCode> codes = allCodes();
    ASSERT_GE(codes.size(), 10);
    // What a code without a sentence would get: the words after the table's switch.
    const QString fallback = sentence("any_field", ValidationCode(codes.size()));
    ASSERT_FALSE(fallback.isEmpty());

    QSet<QString> seen;
    for (ValidationCode code : codes) {
        const QString text = sentence("any_field", code);
        const std::string name = domain::toCode(code).toStdString();
        EXPECT_TRUE(text.contains(label)) << name << ": " << text.toStdString();
        EXPECT_NE(text, fallback) << name << " has no sentence in FieldMessages::message";
        EXPECT_FALSE(seen.contains(text)) << name << " shares its sentence: " << text.toStdString();
        seen.insert(text);
    }
}

TEST(FieldMessagesTest, SomeFieldsSayMoreThanTheirCode)
{
    LanguageGuard guard;
    ASSERT_TRUE(installTranslators(QStringLiteral("en")));
    for (const auto &[field, code] : refined) {
        EXPECT_NE(sentence(field, code), sentence("any_field", code))
            << field << " " << domain::toCode(code).toStdString();
    }
    // One sentence per code and field, whichever form asks.
    EXPECT_EQ(sentence("batch_date", ValidationCode::Required),
              QStringLiteral("Xyz is required: type it as dd/mm/yyyy."));
    EXPECT_EQ(sentence("amount_vnd", ValidationCode::InvalidFormat),
              sentence("default_amount_vnd", ValidationCode::InvalidFormat));
    EXPECT_EQ(sentence("persons_male", ValidationCode::Inconsistent),
              QStringLiteral("Male and female together are more than the persons handed over: "
                             "check the three numbers."));
}

TEST(FieldMessagesTest, EverySentenceIsTranslatedIntoVietnamese)
{
    LanguageGuard guard;
    ASSERT_TRUE(installTranslators(QStringLiteral("en")));
    QList<std::pair<QByteArray, ValidationCode>> cases;
    for (ValidationCode code : allCodes())
        cases.append({QByteArrayLiteral("any_field"), code});
    for (const auto &[field, code] : refined)
        cases.append({QByteArray(field), code});
    QStringList english;
    for (const auto &[field, code] : cases)
        english.append(sentence(field.constData(), code));

    ASSERT_TRUE(installTranslators(QStringLiteral("vi")));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString vietnamese = sentence(cases.at(i).first.constData(), cases.at(i).second);
        EXPECT_NE(vietnamese, english.at(i)) << "untranslated: " << english.at(i).toStdString();
    }
}

} // namespace
} // namespace sr::messages
