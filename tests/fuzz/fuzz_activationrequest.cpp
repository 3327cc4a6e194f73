// The reference service's side of §3.1/§3.2: any request body a client could send.
// The service must refuse everything that is not exactly the documented request,
// with the wire error code as the reason, and never crash.
#include "FuzzSupport.h"
#include "service/ActivationRequest.h"

#include <QUuid>

using namespace LightAgent;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const auto request = Service::ActivationRequest::parse(Fuzz::bytes(data, size));
    if (!request) {
        Fuzz::requireExplained(request.error());
        Fuzz::require(request.error().reason == QLatin1String("BAD_REQUEST") ||
                          request.error().reason == QLatin1String("INVALID_CODE"),
                      "a refused request names a documented wire error");
        return 0;
    }
    Fuzz::require(request->code.size() == 23, "an accepted code is normalized");
    Fuzz::require(!QUuid::fromString(request->svmId).isNull() &&
                      !QUuid::fromString(request->installationId).isNull(),
                  "accepted identities are UUIDs");
    Fuzz::require(request->svmDateTime.isValid(), "an accepted SVM time is a time");
    return 0;
}
