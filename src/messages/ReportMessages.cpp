#include "ReportMessages.h"

namespace sr::messages {

QString ReportMessages::settingLabel(const QString &key)
{
    struct Label
    {
        const char *key;
        const char *text;
    };
    static const Label labels[] = {
        {"org_name", QT_TR_NOOP("name of the organisation")},
        {"org_abbreviation", QT_TR_NOOP("abbreviation")},
        {"org_place", QT_TR_NOOP("place in the date line")},
        {"org_head_title", QT_TR_NOOP("title of the head")},
        {"org_deputy_title", QT_TR_NOOP("title of the deputy")},
        {"org_signer_name", QT_TR_NOOP("name of the signer")},
        {"org_recipients", QT_TR_NOOP("recipients")},
    };
    for (const Label &label : labels) {
        if (key == QLatin1String(label.key))
            return tr(label.text);
    }
    return key;
}

QString ReportMessages::missingSettingsWarning(const QStringList &missingKeys)
{
    if (missingKeys.isEmpty())
        return {};
    QStringList labels;
    for (const QString &key : missingKeys)
        labels.append(settingLabel(key));
    return tr("The report's header and signature lack: %1. They print as dotted lines; fill them "
              "in under Registers → Reference lists → Organisation before the report is signed.")
        .arg(labels.join(QStringLiteral(", ")));
}

} // namespace sr::messages
