// The JSON of a licensing service's answer (DESIGN §3.1-§3.3) under each HTTP status
// the client distinguishes: every answer is read as an activation, a check and an
// update, and each reading either yields checked values or a refusal that says why.
#include "FuzzSupport.h"
#include "provision/ServiceAnswer.h"

#include <QRegularExpression>

using namespace LightAgent;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    Fuzz::demoProfile();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {200, 200, 200, 200, 400, 403, 404, 409, 410, 422, 500, 503};
    HttpResponse response;
    response.status = statuses[data[0] % std::size(statuses)];
    response.body = Fuzz::bytes(data + 1, size - 1);
    static const QRegularExpression digest(QStringLiteral("^([0-9a-f]{64})?$"));

    const auto activation = ServiceAnswer::activation(response, Fuzz::demoProfile());
    if (activation) {
        Fuzz::require(response.status == 200, "only a 200 answer activates");
        Fuzz::require(digest.match(activation->receivedSha256).hasMatch(),
                      "an accepted digest is lower-case hex");
        Fuzz::require(activation->recheckAfterSeconds >= 0 &&
                          activation->recheckAfterSeconds <= ServiceAnswer::MaxRecheckSeconds,
                      "an accepted recheck interval is in range");
    } else {
        Fuzz::requireExplained(activation.error());
    }
    const auto check = ServiceAnswer::check(response);
    if (check)
        Fuzz::require(response.status == 200 && digest.match(check->receivedSha256).hasMatch(),
                      "an accepted check answer is a 200 with a well-formed digest");
    else
        Fuzz::requireExplained(check.error());
    const auto update = ServiceAnswer::update(response, Fuzz::demoProfile());
    if (!update)
        Fuzz::requireExplained(update.error());
    if (response.status != 200) {
        const Error error = ServiceAnswer::serviceError(response);
        Fuzz::requireExplained(error);
        Fuzz::require(error.message.size() < 2000, "a service's words are shown bounded");
    }
    return 0;
}
