// What comes back over the wire from a licensing service, byte for byte: the HTTP
// response parser must stay within its limits, must not depend on how TCP happened
// to split the bytes, and what it completes must be read by the service-answer
// parsers without a crash.
#include "FuzzSupport.h"
#include "core/VisibleText.h"
#include "net/HttpResponseParser.h"
#include "provision/ServiceAnswer.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace LightAgent;

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    HttpResponse response;
    QString reason;
};

// Feeds the pieces, then reports the close of the connection as the client does.
Outcome run(const QList<QByteArray> &pieces, qsizetype maxBody, bool closeAtEnd)
{
    HttpResponseParser parser(maxBody);
    for (const QByteArray &piece : pieces) {
        if (parser.feed(piece) != HttpResponseParser::State::NeedMore)
            break;
    }
    if (closeAtEnd && parser.state() == HttpResponseParser::State::NeedMore)
        parser.finish();
    Outcome outcome {parser.state(), parser.response(), {}};
    if (parser.state() == HttpResponseParser::State::Failed) {
        Fuzz::requireExplained(parser.error());
        outcome.reason = parser.error().reason;
    }
    if (parser.state() == HttpResponseParser::State::Complete)
        Fuzz::require(parser.response().body.size() <= maxBody, "a body stays within its limit");
    return outcome;
}

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    if (a.state != b.state || a.reason != b.reason)
        return false;
    if (a.state != HttpResponseParser::State::Complete)
        return true;
    return a.response.status == b.response.status && a.response.headers == b.response.headers &&
        a.response.body == b.response.body;
}

// What the service said is shown with its control and bidi characters written out.
void requireShownSafely(const Error &error)
{
    Fuzz::requireExplained(error);
    Fuzz::require(!hasHiddenCharacters(error.message), "network text is shown escaped");
}

void readAnswers(const HttpResponse &response)
{
    const auto activation = ServiceAnswer::activation(response, Fuzz::demoProfile());
    if (!activation)
        requireShownSafely(activation.error());
    const auto check = ServiceAnswer::check(response);
    if (!check)
        requireShownSafely(check.error());
    const auto update = ServiceAnswer::update(response, Fuzz::demoProfile());
    if (!update)
        requireShownSafely(update.error());
    if (response.status != 200)
        requireShownSafely(ServiceAnswer::serviceError(response));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    Fuzz::demoProfile();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const auto maxBody = static_cast<qsizetype>(provider.ConsumeIntegralInRange<int>(0, 8192));
    const bool closeAtEnd = provider.ConsumeBool();
    const auto split = provider.ConsumeIntegralInRange<int>(1, 64);
    const std::string rest = provider.ConsumeRemainingBytesAsString();
    const QByteArray wire(rest.data(), static_cast<qsizetype>(rest.size()));

    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < wire.size(); at += split)
        pieces.append(wire.mid(at, split));
    const Outcome whole = run({wire}, maxBody, closeAtEnd);
    const Outcome piecewise = run(pieces, maxBody, closeAtEnd);
    if (!sameOutcome(whole, piecewise)) {
        std::fprintf(stderr, "whole: state %d reason %s; in pieces of %d: state %d reason %s\n",
                     int(whole.state), qPrintable(whole.reason), split, int(piecewise.state),
                     qPrintable(piecewise.reason));
        Fuzz::broken("the outcome does not depend on how the bytes were split");
    }
    if (whole.state == HttpResponseParser::State::Complete)
        readAnswers(whole.response);
    return 0;
}
