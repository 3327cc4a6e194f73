#include "Result.h"

#include "ExitCodes.h"

namespace LightAgent {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return ExitInvalidInput;
    case ErrorCode::Refused:
        return ExitRefused;
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
