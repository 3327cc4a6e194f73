// A key file as an administrator might be handed it: any bytes at all. Whatever
// they are, KeyFile::parse() must answer with a verified key or a refusal that
// says why, never crash, and a key it accepts must read back the same.
#include "FuzzSupport.h"
#include "license/KeyFile.h"

#include <QRegularExpression>

using namespace LightAgent;

namespace {

const QStringList &documentedReasons()
{
    static const QStringList reasons {
        QStringLiteral("too-large"),
        QStringLiteral("empty"),
        QStringLiteral("not-utf8"),
        QStringLiteral("not-json"),
        QStringLiteral("not-object"),
        QStringLiteral("duplicate-key"),
        QStringLiteral("too-deep"),
        QStringLiteral("wrong-format"),
        QStringLiteral("missing-field"),
        QStringLiteral("unknown-signer"),
        QStringLiteral("bad-base64"),
        QStringLiteral("bad-signature-length"),
        QStringLiteral("signature-mismatch"),
        QStringLiteral("license-not-json"),
        QStringLiteral("license-duplicate-key"),
        QStringLiteral("wrong-product"),
        QStringLiteral("bad-serial"),
        QStringLiteral("bad-type"),
        QStringLiteral("bad-unit"),
        QStringLiteral("bad-count"),
        QStringLiteral("bad-date"),
        QStringLiteral("bad-validity"),
        QStringLiteral("bad-grace"),
        QStringLiteral("bad-field-type"),
    };
    return reasons;
}

void checkAccepted(const KeyFile &key)
{
    static const QRegularExpression serial(QStringLiteral("^[0-9A-F]{3}-[0-9A-F]{6}-[0-9A-F]{8}$"));
    const License &license = key.license();
    Fuzz::require(serial.match(license.serial).hasMatch(), "an accepted serial has the shape");
    Fuzz::require(license.product == Fuzz::demoProfile().solutionId(),
                  "an accepted key is for the profile's product");
    Fuzz::require(license.count >= 1 && license.count <= KeyFile::MaxCount,
                  "an accepted count is in range");
    Fuzz::require(license.validFrom.isValid() && license.expires.isValid() &&
                      license.expires >= license.validFrom,
                  "an accepted validity window is ordered");
    Fuzz::require(license.graceDays >= 0, "an accepted grace period is not negative");
    const auto again = KeyFile::parse(key.bytes(), Fuzz::demoProfile());
    Fuzz::require(again.ok() && again->license().serial == license.serial &&
                      again->sha256() == key.sha256(),
                  "an accepted key file parses the same twice");
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
    const auto parsed = KeyFile::parse(Fuzz::bytes(data, size), Fuzz::demoProfile());
    if (parsed) {
        checkAccepted(parsed.value());
        return 0;
    }
    Fuzz::requireExplained(parsed.error());
    Fuzz::require(parsed.error().code == ErrorCode::InvalidInput, "a bad key file is bad input");
    Fuzz::require(documentedReasons().contains(parsed.error().reason),
                  "a refusal uses a documented reason");
    return 0;
}
