#pragma once

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QString>

namespace sr::messages {

/**
 * What is wrong with a field and how to fix it, for every domain::ValidationCode: one table for
 * every form (case editor, reference lists, organisation, handover register) and one sentence
 * per code, refined for the few fields whose fix needs a word more (a CCCD number, an amount, a
 * code, a handover date). The form chooses the field's label; the sentence names it.
 */
class FieldMessages
{
    // The sentences keep the tr() contexts they had on their forms, so the existing
    // translations apply: the case editor's sentences are the common ones (sr::ui::CaseFields);
    // those first written for the reference lists and the handover register keep theirs.
    Q_DECLARE_TR_FUNCTIONS(sr::ui::CaseFields)

public:
    /** The sentence for @a error, naming the field by @a label (as the form shows it). */
    static QString message(const domain::FieldError &error, const QString &label);
};

} // namespace sr::messages
