#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sr::messages {

/** Sentences about making the period report, shared by the Reports window and the CLI. */
class ReportMessages
{
    Q_DECLARE_TR_FUNCTIONS(sr::messages::ReportMessages)

public:
    /**
     * The label of an organisation setting a signed report needs (a key of
     * domain::missingReportSettings: "org_abbreviation", "org_signer_name"…), as the
     * organisation form shows it.
     */
    static QString settingLabel(const QString &key);

    /**
     * What a report made now lacks, and where to fill it in, for the keys of
     * domain::missingReportSettings; empty when @a missingKeys is.
     */
    static QString missingSettingsWarning(const QStringList &missingKeys);
};

} // namespace sr::messages
