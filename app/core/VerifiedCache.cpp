#include "VerifiedCache.h"

#include "Crypto.h"
#include "VendorProfile.h"

#include <QtEndian>

#include <algorithm>

namespace LightAgent {

namespace {

// Each field with its length in front, so that no two anchors spell the same bytes.
void appendField(QByteArray &out, const QByteArray &field)
{
    const quint32 size = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char *>(&size), sizeof size);
    out.append(field);
}

} // namespace

QByteArray verificationAnchor(const VendorProfile &profile)
{
    QStringList ids = profile.signingKeyIds();
    std::sort(ids.begin(), ids.end());
    QByteArray identity;
    appendField(identity, profile.solutionId().toUtf8());
    for (const QString &id : std::as_const(ids)) {
        const Crypto::Ed25519PublicKey *key = profile.signingKey(id);
        appendField(identity, id.toUtf8());
        appendField(identity, key ? key->raw() : QByteArray());
    }
    return Crypto::sha256(identity);
}

QByteArray verifiedCacheKey(const QByteArray &bytes, const VendorProfile &profile)
{
    return Crypto::sha256(bytes) + verificationAnchor(profile);
}

} // namespace LightAgent
