// What every libFuzzer target shares: Qt set up once (the SQL plugins want a
// QCoreApplication), the built-in demo vendor profile, and a way to say that an
// invariant broke, which libFuzzer then reports as a crash with its input.
#pragma once

#include "core/Crypto.h"
#include "core/Result.h"
#include "core/StrictJson.h"
#include "core/VendorProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace LightAgent::Fuzz {

inline void initialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // The fuzzers feed garbage on purpose; the core's warnings about it are noise.
    qputenv("QT_LOGGING_RULES", "lightagent.*=false");
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void broken(const char *invariant)
{
    std::fprintf(stderr, "invariant broken: %s\n", invariant);
    std::abort();
}

inline void require(bool holds, const char *invariant)
{
    if (!holds)
        broken(invariant);
}

// Every refusal must say why, to a program and to a person.
inline void requireExplained(const Error &error)
{
    require(!error.reason.isEmpty(), "an error has a reason tag");
    require(!error.message.isEmpty(), "an error has a message");
}

inline const VendorProfile &demoProfile()
{
    static const VendorProfile profile = [] {
        auto loaded = VendorProfile::load(QString::fromLatin1(VendorProfile::BuiltInPath));
        if (!loaded)
            broken("the built-in demo profile loads");
        return loaded.value();
    }();
    return profile;
}

// The fuzzer cannot forge an Ed25519 signature, so the targets that reach past the
// signature sign what they are given with the demo vendor's key, as a careless or
// hostile vendor could, in the signed form of DESIGN §3.6.
inline const Crypto::Ed25519PrivateKey &demoSigningKey()
{
    static const Crypto::Ed25519PrivateKey key = [] {
        QFile file(QStringLiteral(LIGHTAGENT_SOURCE_DIR "/resources/demo/signing-key.pem"));
        if (!file.open(QIODevice::ReadOnly))
            broken("the demo signing key is readable");
        auto parsed = Crypto::Ed25519PrivateKey::fromPem(file.readAll());
        if (!parsed)
            broken("the demo signing key parses");
        return parsed.value();
    }();
    return key;
}

inline QByteArray signedObject(const char *format, const QByteArray &document)
{
    const QJsonObject object {
        {QStringLiteral("format"), QString::fromLatin1(format)},
        {QStringLiteral("signer"), QStringLiteral("demo-2026")},
        {QStringLiteral("license"), QString::fromLatin1(document.toBase64())},
        {QStringLiteral("signature"),
         QString::fromLatin1(demoSigningKey().sign(document).toBase64())},
    };
    return StrictJson::canonical(object);
}

} // namespace LightAgent::Fuzz
