// A database bundle as the update service might send it: first the raw bytes (any
// shape at all), then the same bytes as a document signed by the demo vendor, so
// the fuzzer reaches the version, release-time and record-count checks too.
#include "FuzzSupport.h"
#include "provision/DatabaseBundle.h"

#include <QRegularExpression>

using namespace LightAgent;

namespace {

void checkAccepted(const DatabaseBundle &bundle)
{
    static const QRegularExpression version(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$"));
    Fuzz::require(version.match(bundle.version()).hasMatch(), "an accepted version has the shape");
    Fuzz::require(bundle.released().isValid() && bundle.released().timeSpec() == Qt::UTC,
                  "an accepted release time is a UTC time");
    Fuzz::require(bundle.records() >= 0 && bundle.records() <= DatabaseBundle::MaxRecords,
                  "an accepted record count is in range");
    const auto again = DatabaseBundle::parse(bundle.bytes(), Fuzz::demoProfile());
    Fuzz::require(again.ok() && again->version() == bundle.version() &&
                      again->sha256() == bundle.sha256(),
                  "an accepted bundle parses the same twice");
    (void)bundle.toJson(QDateTime::currentDateTimeUtc());
}

void parse(const QByteArray &bytes)
{
    const auto parsed = DatabaseBundle::parse(bytes, Fuzz::demoProfile());
    if (parsed)
        checkAccepted(parsed.value());
    else
        Fuzz::requireExplained(parsed.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    Fuzz::demoProfile();
    Fuzz::demoSigningKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    parse(bytes);
    if (size <= 16 * 1024) {
        const QByteArray signedBytes = Fuzz::signedObject(DatabaseBundle::Format, bytes);
        const auto parsed = DatabaseBundle::parse(signedBytes, Fuzz::demoProfile());
        if (!parsed)
            Fuzz::require(parsed.error().reason != QLatin1String("signature-mismatch"),
                          "a document signed by the demo key verifies");
        parse(signedBytes);
    }
    return 0;
}
