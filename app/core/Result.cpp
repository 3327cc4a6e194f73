#include "Result.h"

#include "ExitCodes.h"

namespace LightAgent {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return ExitInvalidInput;
    case ErrorCode::Refused:
        // Not a rule that forbids it: the administrator has yet to confirm the loss.
        return error.reason == QLatin1String("replace-unconfirmed") ? ExitNotApplied : ExitRefused;
    case ErrorCode::NotFound:
    case ErrorCode::Io:
        return ExitIo;
    case ErrorCode::Database:
        return ExitStore;
    case ErrorCode::Busy:
        return ExitBusy;
    case ErrorCode::Network:
    case ErrorCode::Tls:
    case ErrorCode::Timeout:
        return ExitNetwork;
    case ErrorCode::Protocol:
    case ErrorCode::Service:
        return ExitService;
    case ErrorCode::Cancelled:
        return ExitCancelled;
    case ErrorCode::Internal:
        break;
    }
    return ExitInternal;
}

} // namespace LightAgent
