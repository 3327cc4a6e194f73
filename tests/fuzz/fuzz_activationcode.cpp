// An activation code as people type and paste it: any text at all. The normalizer
// must never crash, must agree with the as-you-type validation, and must give a
// code that normalizes to itself.
#include "FuzzSupport.h"
#include "license/ActivationCode.h"

#include <QRegularExpression>

#include <cstring>

using namespace LightAgent;

namespace {

void checkCode(const ActivationCode &code)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$"));
    Fuzz::require(code.symbols().size() == ActivationCode::Length, "a code has 20 symbols");
    Fuzz::require(shape.match(code.text()).hasMatch(), "a code prints as four groups");
    Fuzz::require(code.masked().endsWith(code.text().right(ActivationCode::GroupLength)) &&
                      code.masked().startsWith(QStringLiteral("*****-*****-*****-")),
                  "the masked code shows only the last group");
    const auto again = ActivationCode::parse(code.text());
    Fuzz::require(again.ok() && again.value() == code, "a normalized code parses to itself");
    Fuzz::require(ActivationCode::checkCharacter(QStringView(code.symbols()).first(19)) ==
                      code.symbols().back(),
                  "an accepted code carries its check character");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    // Both readings of the bytes: what a UTF-8 paste gives, and raw UTF-16 units
    // (unpaired surrogates included), as a clipboard could hand them over.
    const QString utf8 = QString::fromUtf8(Fuzz::bytes(data, size));
    QString utf16(static_cast<qsizetype>(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, (size / 2) * sizeof(char16_t));
    for (const QString &input : {utf8, utf16}) {
        const auto parsed = ActivationCode::parse(input);
        const auto live = ActivationCode::validateLive(input);
        if (parsed) {
            checkCode(parsed.value());
            Fuzz::require(live.state == ActivationCode::Validation::State::Valid &&
                              live.text == parsed->text(),
                          "live validation agrees with parse on a valid code");
            continue;
        }
        Fuzz::requireExplained(parsed.error());
        static const QStringList reasons {QStringLiteral("empty"), QStringLiteral("bad-symbol"),
                                          QStringLiteral("too-short"), QStringLiteral("too-long"),
                                          QStringLiteral("bad-check")};
        Fuzz::require(reasons.contains(parsed.error().reason),
                      "a refusal uses a documented reason");
        Fuzz::require(live.state != ActivationCode::Validation::State::Valid,
                      "live validation never accepts what parse refuses");
        if (live.state == ActivationCode::Validation::State::Invalid)
            Fuzz::require(live.reason == parsed.error().reason,
                          "live validation gives parse's reason");
    }
    return 0;
}
