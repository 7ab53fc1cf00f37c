#include "domain/Reference.h"

namespace sr::domain {

QStringList missingReportSettings(const Organisation &organisation)
{
    // What the header, number line, date line and signature block of a report print
    // (docs/report-layout.md); the body above the agency is optional, as it is on paper for a
    // body with none above it.
    QStringList missing;
    const auto blank = [](const QString &text) { return text.trimmed().isEmpty(); };
    if (blank(organisation.name))
        missing.append(QStringLiteral("org_name"));
    if (blank(organisation.abbreviation))
        missing.append(QStringLiteral("org_abbreviation"));
    if (blank(organisation.place))
        missing.append(QStringLiteral("org_place"));
    if (blank(organisation.headTitle))
        missing.append(QStringLiteral("org_head_title"));
    if (organisation.deputySigns && blank(organisation.deputyTitle))
        missing.append(QStringLiteral("org_deputy_title"));
    if (blank(organisation.signerName))
        missing.append(QStringLiteral("org_signer_name"));
    bool anyRecipient = false;
    for (const QString &line : organisation.recipients)
        anyRecipient = anyRecipient || !blank(line);
    if (!anyRecipient)
        missing.append(QStringLiteral("org_recipients"));
    return missing;
}

} // namespace sr::domain
