// Makes the license document for an activation and signs it into a key file
// object (DESIGN §3.6) with the vendor's Ed25519 key; database bundles (§3.3) are
// signed the same way.
#pragma once

#include "ServiceStore.h"
#include "core/Crypto.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace LightAgent::Service {

class LicenseIssuer
{
public:
    LicenseIssuer(const Crypto::Ed25519PrivateKey &key, const QString &signer,
                  const QString &product);
    // Reads a PKCS#8 PEM Ed25519 private key.
    static Result<LicenseIssuer> load(const QString &keyPath, const QString &signer,
                                      const QString &product);

    // The same code activated on the same SVM always gets the same serial, so a
    // re-activation replaces the key instead of adding a second license.
    static QString serialFor(const QString &code, const QString &svmId);

    QJsonObject licenseDocument(const CodeRecord &code, const QString &svmId,
                                const QDateTime &now) const;
    // {"format", "signer", "license": base64, "signature": base64}
    Result<QJsonObject> keyFile(const QJsonObject &licenseDocument) const;
    // The §3.6 form for any document: {"format", "signer", "license": base64 of the
    // document's canonical bytes, "signature": base64}.
    Result<QJsonObject> signedObject(QLatin1String format, const QJsonObject &document) const;

private:
    Crypto::Ed25519PrivateKey m_key;
    QString m_signer;
    QString m_product;
};

} // namespace LightAgent::Service
