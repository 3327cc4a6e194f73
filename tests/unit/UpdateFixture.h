// What the update and license-check tests share: database bundles signed on the fly
// with the demo signing key (good or hostile), service answers made by hand, a
// state database on a fixed clock, and keys from a file or from a code.
#pragma once

#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/Crypto.h"
#include "core/StateDatabase.h"
#include "core/StrictJson.h"
#include "license/KeyStore.h"
#include "net/HttpResponseParser.h"
#include "provision/ConsentStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

namespace LightAgent::Test {

inline const QString DemoCode = QStringLiteral("DEMO1-COMME-RCIAL-0005I");

inline const Crypto::Ed25519PrivateKey &bundleSigningKey()
{
    static const Crypto::Ed25519PrivateKey key = [] {
        QFile file(sourcePath(QStringLiteral("resources/demo/signing-key.pem")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Cannot read the demo signing key");
        return Crypto::Ed25519PrivateKey::fromPem(file.readAll()).value();
    }();
    return key;
}

inline QJsonObject bundleDocument(const QString &version, const QDateTime &released,
                                  qint64 records = 1250000)
{
    return QJsonObject {{QStringLiteral("version"), version},
                        {QStringLiteral("released"), released.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("records"), records}};
}

// The §3.6 form around exactly `documentBytes`, signed over `signedBytes` (the same
// bytes unless a test wants a signature that does not match).
inline QJsonObject signedBundle(const QByteArray &documentBytes,
                                const QString &format = QStringLiteral("lightagent-bundle/1"),
                                const QString &signer = QStringLiteral("demo-2026"),
                                const QByteArray &signedBytes = {})
{
    const QByteArray over = signedBytes.isNull() ? documentBytes : signedBytes;
    return QJsonObject {
        {QStringLiteral("format"), format},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("license"), QString::fromLatin1(documentBytes.toBase64())},
        {QStringLiteral("signature"),
         QString::fromLatin1(bundleSigningKey().sign(over).toBase64())},
    };
}

inline QJsonObject goodBundle(const QString &version, const QDateTime &released)
{
    return signedBundle(StrictJson::canonical(bundleDocument(version, released)));
}

inline HttpResponse answer(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

inline HttpResponse updateAnswer(const QJsonObject &bundle)
{
    return answer(200,
                  QJsonObject {{QStringLiteral("bundle"), bundle},
                               {QStringLiteral("receivedSha256"), QString(64, u'a')}});
}

inline HttpResponse checkAnswer(const QString &status, qint64 recheckAfterSeconds = 86400)
{
    return answer(200,
                  QJsonObject {{QStringLiteral("status"), status},
                               {QStringLiteral("recheckAfterSeconds"), recheckAfterSeconds},
                               {QStringLiteral("receivedSha256"), QString(64, u'b')}});
}

// A commercial key valid 2026-01-01 to 2027-12-31, from a code (or from a file).
inline StoredKey codeKey(const QDateTime &addedAt, qint64 recheckAfterSeconds = 86400)
{
    StoredKey key = storedKey();
    key.source = KeySource::Code;
    key.activationCode = DemoCode;
    key.codeMasked = QStringLiteral("*****-*****-*****-0005I");
    key.addedAt = addedAt;
    key.recheckAfterSeconds = recheckAfterSeconds;
    return key;
}

inline StoredKey fileKey(const QDateTime &addedAt)
{
    StoredKey key = storedKey();
    key.addedAt = addedAt;
    return key;
}

// A temporary data directory with its state database, on a fixed clock that is the
// process clock while the fixture lives.
class StateFixture
{
public:
    StateFixture()
        : clock(QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC))
        , database(StateDatabase::open(dir.path()).value())
    {
        Clock::setInstance(&clock);
    }
    ~StateFixture() { Clock::setInstance(nullptr); }
    StateFixture(const StateFixture &) = delete;
    StateFixture &operator=(const StateFixture &) = delete;

    bool addActive(const StoredKey &key)
    {
        return KeyStore(database, demoProfile()).add(key, KeySlot::Active, clock.today()).ok();
    }
    bool grant(ConsentKind kind) { return ConsentStore(database).grant(kind, clock.now()).ok(); }

    QTemporaryDir dir;
    FixedClock clock;
    std::shared_ptr<StateDatabase> database;
};

} // namespace LightAgent::Test
