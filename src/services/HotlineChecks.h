#pragma once

// Internal to the services: the checks of a hotline call against the stored records, shared by
// HotlineService (the form) and ImportService (the calls file), run inside the caller's write
// transaction so that what they found stays true until the commit.
#include "domain/Clock.h"
#include "domain/Hotline.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"

namespace sr::services {

/**
 * Every field error of @a call (domain::validateHotlineCall against the clock), with its links
 * read from @a db: a reception that is not stored or not the linked person's is
 * reception_id inconsistent, a province not on the 2025 list is province_code not_a_choice.
 * Empty when valid.
 */
inline Result<domain::FieldErrors> checkHotlineCall(storage::Database &db,
                                                    const domain::HotlineCall &call)
{
    std::optional<domain::Reception> reception;
    domain::FieldErrors extra;
    if (call.receptionId) {
        Result<domain::Reception> stored = storage::ReceptionRepository(db).get(*call.receptionId);
        if (!stored && stored.error().code != ErrorCode::NotFound)
            return stored.error();
        if (stored)
            reception = *stored;
        else
            extra.append(domain::FieldError{QStringLiteral("reception_id"),
                                            domain::ValidationCode::Inconsistent});
    }
    if (!call.provinceCode.isEmpty()) {
        const Result<QList<domain::Province>> provinces =
            storage::ReferenceRepository(db).provinces(domain::AdminEra::From2025);
        if (!provinces)
            return provinces.error();
        bool known = false;
        for (const domain::Province &p : *provinces)
            known = known || p.code == call.provinceCode;
        if (!known)
            extra.append(domain::FieldError{QStringLiteral("province_code"),
                                            domain::ValidationCode::NotAChoice});
    }
    domain::FieldErrors errors = domain::validateHotlineCall(
        call, domain::Clock::instance().now(), reception ? &*reception : nullptr);
    for (const domain::FieldError &e : extra) {
        bool present = false;
        for (const domain::FieldError &f : errors)
            present = present || f.field == e.field;
        if (!present)
            errors.append(e);
    }
    return errors;
}

} // namespace sr::services
