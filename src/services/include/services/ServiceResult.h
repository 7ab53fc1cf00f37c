#pragma once

#include "domain/Result.h"
#include "domain/Validation.h"

#include <utility>
#include <variant>

namespace sr::services {

/**
 * Outcome of a use case that saves something: the saved value, or an Error together with
 * the field errors that caused it. When validation fails the code is ErrorCode::InvalidInput,
 * fieldErrors() lists every invalid field and nothing was written.
 */
template<typename T>
class [[nodiscard]] ServiceResult
{
public:
    ServiceResult(T value)
        : m_data(std::move(value))
    {}
    ServiceResult(Error error, domain::FieldErrors fieldErrors = {})
        : m_data(Failure{std::move(error), std::move(fieldErrors)})
    {}

    /** Validation failure: InvalidInput with the field errors. */
    static ServiceResult invalid(domain::FieldErrors fieldErrors)
    {
        return ServiceResult(makeError(ErrorCode::InvalidInput, QStringLiteral("validation")),
                             std::move(fieldErrors));
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Failure>(m_data).error; }
    /** Invalid fields (empty unless error().code is InvalidInput from validation). */
    const domain::FieldErrors &fieldErrors() const { return std::get<Failure>(m_data).fieldErrors; }

private:
    struct Failure
    {
        Error error;
        domain::FieldErrors fieldErrors;
    };
    std::variant<T, Failure> m_data;
};

} // namespace sr::services
