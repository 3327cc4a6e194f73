// The small crypto interface of the core: Ed25519, SHA-256 and certificate chains with
// Qt types only. OpenSSL stays inside Crypto.cpp.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace LightAgent::Crypto {

QByteArray sha256(const QByteArray &data);
QString sha256Hex(const QByteArray &data); // lower-case hex, 64 characters

// The SHA-256 of a public key's DER SubjectPublicKeyInfo, for TLS pinning.
QByteArray spkiSha256(const QByteArray &derPublicKey);

// Builds and verifies, as for a TLS server, the chain from the leaf certificate
// `leafDer` to a trust anchor taken only from `anchorsDer`; `untrustedDer` (what the
// server sent besides its leaf) may only fill in intermediates. Returns the SPKI
// SHA-256 of every certificate on the verified chain, leaf first and anchor last, or
// why no chain verifies. Certificates are DER.
Result<QList<QByteArray>> verifiedChainSpkiSha256(const QByteArray &leafDer,
                                                  const QList<QByteArray> &untrustedDer,
                                                  const QList<QByteArray> &anchorsDer);

class Ed25519PublicKey
{
public:
    Ed25519PublicKey();
    static Result<Ed25519PublicKey> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_verifier; }
    // Safe to call from several threads at once, also on copies of one key.
    bool verify(const QByteArray &message, const QByteArray &signature) const;
    QByteArray raw() const; // the 32 public-key bytes

private:
    struct Verifier; // the EVP_PKEY and a verification context kept with it
    std::shared_ptr<Verifier> m_verifier;
};

class Ed25519PrivateKey
{
public:
    Ed25519PrivateKey();
    static Result<Ed25519PrivateKey> fromPem(const QByteArray &pem);
    static Ed25519PrivateKey generate();

    bool isNull() const { return !m_key; }
    QByteArray sign(const QByteArray &message) const; // 64 bytes; empty on failure
    Ed25519PublicKey publicKey() const;
    QByteArray publicKeyPem() const;
    QByteArray privateKeyPem() const;

private:
    std::shared_ptr<void> m_key; // EVP_PKEY
};

// Loads OpenSSL's configuration and its Ed25519 implementation now, which the first key
// and the first verification would otherwise load. For a thread beside the main one at
// start-up; OpenSSL keeps them for the whole process.
void warmUp();

QString openSslVersion();

} // namespace LightAgent::Crypto
