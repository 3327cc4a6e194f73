// The license document inside a key file, past the signature: whatever bytes the
// fuzzer gives are signed with the demo vendor's key and wrapped as a key file. The
// parser must still refuse every document that breaks DESIGN §3.6.
#include "FuzzSupport.h"
#include "license/KeyFile.h"

using namespace LightAgent;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    Fuzz::demoProfile();
    Fuzz::demoSigningKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Larger documents only test the size limit, which fuzz_keyfile covers.
    if (size > 16 * 1024)
        return 0;
    const QByteArray document = Fuzz::bytes(data, size);
    const auto parsed =
        KeyFile::parse(Fuzz::signedObject(KeyFile::Format, document), Fuzz::demoProfile());
    if (!parsed) {
        Fuzz::requireExplained(parsed.error());
        Fuzz::require(parsed.error().reason != QLatin1String("signature-mismatch") &&
                          parsed.error().reason != QLatin1String("unknown-signer"),
                      "a document signed by the demo key verifies");
        return 0;
    }
    const License &license = parsed->license();
    Fuzz::require(parsed->licenseBytes() == document, "the verified bytes are the signed bytes");
    Fuzz::require(license.count >= 1 && license.expires >= license.validFrom,
                  "an accepted document keeps the rules of DESIGN §3.6");
    // Unknown fields are kept for display, never for a decision: they must not
    // shadow a known one.
    for (const char *known : {"serial", "product", "type", "unit", "count", "expires"})
        Fuzz::require(!license.unknownFields.contains(QLatin1String(known)),
                      "a known field is never an unknown one");
    return 0;
}
