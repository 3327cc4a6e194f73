// Errors as values across module borders: a code for programs, a reason tag for
// tests and scripts, and a message a person can act on.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace LightAgent {

enum class ErrorCode {
    InvalidInput, // the input (file, code, answer) is malformed or fails verification
    Refused, // well-formed, but the key-store rules or the license level say no
    NotFound,
    Io,
    Database,
    Busy, // another process holds the store
    Network,
    Tls,
    Timeout,
    Protocol, // the service answered something that breaks the contract
    Service, // the service answered with a documented error
    Cancelled,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString reason; // stable machine tag, e.g. "signature-mismatch"
    QString message; // for people, translated

    static Error make(ErrorCode code, const QString &reason, const QString &message)
    {
        return Error {code, reason, message};
    }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(value)
    { }
    Result(T &&value)
        : m_data(std::move(value))
    { }
    Result(const Error &error)
        : m_data(error)
    { }
    Result(Error &&error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// A result that carries no value, only success or an error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(const Error &error)
        : m_error(error)
    { }
    Status(Error &&error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// Maps an error to the process exit code documented in `lightagent-ctl --help`.
int exitCodeFor(const Error &error);

} // namespace LightAgent
