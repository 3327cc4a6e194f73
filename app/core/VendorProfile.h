// The vendor profile: everything vendor-specific (product identity, service URLs,
// trusted signing keys, TLS trust, help redirector). No URL or key lives elsewhere.
#pragma once

#include "Crypto.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace LightAgent {

class VendorProfile
{
public:
    static constexpr auto BuiltInPath = ":/profile/demo-profile.json";
    static constexpr auto SystemPath = "/etc/lightagent/profile.json";

    // Loads FILE; relative key and certificate paths are resolved beside it.
    static Result<VendorProfile> load(const QString &path);
    static Result<VendorProfile> parse(const QByteArray &json, const QString &baseDir);
    // An explicit --profile, else the system-wide profile if present, else the demo.
    static Result<VendorProfile> resolve(const QString &explicitPath);
    // The same order with the system-wide location given (tests, other layouts).
    static Result<VendorProfile> resolve(const QString &explicitPath, const QString &systemPath);

    QString id() const { return m_id; }
    bool isDemo() const { return m_demo; }
    QString vendor() const { return m_vendor; }
    // The vendor's name for people: the made-up "Demo vendor" of the demo profiles is
    // said in the interface language; a real vendor's name never is.
    QString vendorName() const;
    // Whether this is the demo profile built into the console (not a file).
    bool isBuiltIn() const { return m_source == QLatin1String(BuiltInPath); }
    QString source() const { return m_source; }
    QString productName() const { return m_productName; }
    QString solutionId() const { return m_solutionId; }
    QString solutionVersion() const { return m_solutionVersion; }
    QString productType() const { return m_productType; }
    QString helpVersion() const { return m_helpVersion; }
    QStringList compatibleApplicationIds() const { return m_compatibleApplicationIds; }
    QUrl activationUrl() const { return m_activationUrl; }
    QUrl updateUrl() const { return m_updateUrl; }
    QUrl helpBase() const { return m_helpBase; }
    QStringList helpLanguages() const { return m_helpLanguages; }
    QUrl privacyPolicyUrl() const { return m_privacyPolicyUrl; }

    // Trusted signing keys by id (a key file's "signer").
    const Crypto::Ed25519PublicKey *signingKey(const QString &id) const;
    QStringList signingKeyIds() const { return m_signingKeys.keys(); }

    QList<QByteArray> caCertificatesPem() const { return m_caCertificatesPem; }
    bool useSystemCAs() const { return m_useSystemCAs; }
    QList<QByteArray> spkiPins() const { return m_spkiPins; } // SHA-256, raw bytes

private:
    QString m_id;
    bool m_demo = false;
    QString m_vendor;
    QString m_source;
    QString m_productName;
    QString m_solutionId;
    QString m_solutionVersion;
    QString m_productType;
    QString m_helpVersion;
    QStringList m_compatibleApplicationIds;
    QUrl m_activationUrl;
    QUrl m_updateUrl;
    QUrl m_helpBase;
    QStringList m_helpLanguages;
    QUrl m_privacyPolicyUrl;
    QHash<QString, Crypto::Ed25519PublicKey> m_signingKeys;
    QList<QByteArray> m_caCertificatesPem;
    bool m_useSystemCAs = true;
    QList<QByteArray> m_spkiPins;
};

} // namespace LightAgent
