#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace sr::reports {

/** Language of a rendered report (independent of the UI language: the CLI has --lang). */
enum class Language { Vietnamese, English };

/** "vi" or "en" (case-insensitive); nothing otherwise. */
std::optional<Language> languageFromCode(QStringView code);

/** Whole numbers with thousands separators: "2.532" (vi), "2,532" (en). */
QString formatCount(qint64 value, Language language);
/** Money in đồng: "1.500.000 đ" (vi), "1,500,000 VND" (en). */
QString formatMoney(qint64 amountVnd, Language language);
/** Dates as dd/MM/yyyy in both languages. */
QString formatDate(const QDate &date, Language language);
/** "01/01/2021 – 30/06/2023" (en dash). */
QString formatRange(const QDate &from, const QDate &to, Language language);

/** Kinds of stable codes that the report labels. */
enum class CodeKind { Route, IdentificationStatus, Sex, AgeBand, Outcome };

/** Label of a stable code in @a language; the code itself when unknown. */
QString codeLabel(CodeKind kind, const QString &code, Language language);

/**
 * Text of the report. The Vietnamese wording of the printed administrative report is built
 * in (@a vi, UTF-8) so the report is right even without a translation file; @a en is the
 * translation source (marked with QT_TRANSLATE_NOOP in the callers so lupdate collects it).
 * Vietnamese: an installed translation of @a en wins, else @a vi. English: @a en.
 */
QString reportText(Language language, const char *en, const char *vi);

/** The translation context of the report's texts. */
inline constexpr char reportContext[] = "sr::reports::Report";

} // namespace sr::reports
