// Reading the licensing service's answers (DESIGN §3.1, §3.2): every field is
// checked before it is used, and a documented error becomes a message a person
// can act on.
#pragma once

#include "DatabaseBundle.h"
#include "core/Result.h"
#include "license/KeyFile.h"
#include "net/HttpResponseParser.h"

#include <QString>

#include <optional>

namespace LightAgent {

class VendorProfile;

struct ActivationAnswer
{
    KeyFile key;
    qint64 recheckAfterSeconds = 0;
    QString receivedSha256; // empty when the service did not say
};

struct CheckAnswer
{
    enum class Status { Active, Blocked, Expired };
    Status status = Status::Active;
    qint64 recheckAfterSeconds = 0;
    QString receivedSha256;
};

struct UpdateAnswer
{
    DatabaseBundle bundle;
    QString receivedSha256;
};

namespace ServiceAnswer {

constexpr qint64 MaxRecheckSeconds = 366LL * 24 * 3600;

// Reasons: service error codes as given (INVALID_CODE, ...), "service-error" for an
// error answer outside the contract, "malformed-answer", "returned-key-invalid",
// "returned-key-wrong-product".
Result<ActivationAnswer> activation(const HttpResponse &response, const VendorProfile &profile);
Result<CheckAnswer> check(const HttpResponse &response);
// A bundle that fails verification keeps DatabaseBundle's reason (signature-mismatch…).
Result<UpdateAnswer> update(const HttpResponse &response, const VendorProfile &profile);

// For a non-200 answer: the service's documented error, explained in the console's
// own words, and the service's own words (if any) on a line of their own.
Error serviceError(const HttpResponse &response);
// The console's sentence for a reason serviceError() gives (a documented code, or
// "service-error" with the HTTP status), in the current language; nothing for other
// reasons.
std::optional<QString> explain(const QString &reason, int httpStatus);

} // namespace ServiceAnswer
} // namespace LightAgent
