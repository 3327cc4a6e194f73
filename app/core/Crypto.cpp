#include "Crypto.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <openssl/pem.h>

namespace LightAgent::Crypto {

namespace {

std::shared_ptr<void> wrapKey(EVP_PKEY *key)
{
    if (!key)
        return {};
    return std::shared_ptr<void>(key, [](void *p) { EVP_PKEY_free(static_cast<EVP_PKEY *>(p)); });
}

EVP_PKEY *keyOf(const std::shared_ptr<void> &key)
{
    return static_cast<EVP_PKEY *>(key.get());
}

EVP_PKEY *readPem(const QByteArray &pem, bool isPrivate)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return nullptr;
    EVP_PKEY *key = isPrivate ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr)
                              : PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (key && EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return nullptr;
    }
    return key;
}

QByteArray writePem(EVP_PKEY *key, bool isPrivate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    const int ok = isPrivate
        ? PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PUBKEY(bio, key);
    QByteArray out;
    if (ok) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, int(size));
    }
    BIO_free(bio);
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Crypto", text);
}

} // namespace

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_Digest(data.constData(), size_t(data.size()),
               reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr);
    return digest;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray spkiSha256(const QByteArray &derPublicKey)
{
    return sha256(derPublicKey);
}

Ed25519PublicKey::Ed25519PublicKey() = default;

Result<Ed25519PublicKey> Ed25519PublicKey::fromPem(const QByteArray &pem)
{
    Ed25519PublicKey key;
    key.m_key = wrapKey(readPem(pem, false));
    if (key.isNull())
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-public-key"),
                           tr("The text is not an Ed25519 public key in PEM form."));
    return key;
}

bool Ed25519PublicKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (isNull() || signature.size() != 64)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, keyOf(m_key)) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QByteArray Ed25519PublicKey::raw() const
{
    if (isNull())
        return {};
    QByteArray out(32, Qt::Uninitialized);
    size_t size = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(keyOf(m_key), reinterpret_cast<unsigned char *>(out.data()),
                                    &size) != 1)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

Ed25519PrivateKey::Ed25519PrivateKey() = default;

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromPem(const QByteArray &pem)
{
    Ed25519PrivateKey key;
    key.m_key = wrapKey(readPem(pem, true));
    if (key.isNull())
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-private-key"),
                           tr("The text is not an Ed25519 private key in PEM form."));
    return key;
}

Ed25519PrivateKey Ed25519PrivateKey::generate()
{
    Ed25519PrivateKey key;
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    if (ctx && EVP_PKEY_keygen_init(ctx) == 1)
        EVP_PKEY_keygen(ctx, &pkey);
    EVP_PKEY_CTX_free(ctx);
    key.m_key = wrapKey(pkey);
    return key;
}

QByteArray Ed25519PrivateKey::sign(const QByteArray &message) const
{
    if (isNull())
        return {};
    QByteArray signature(64, Qt::Uninitialized);
    size_t size = size_t(signature.size());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, keyOf(m_key)) == 1 &&
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &size,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? signature : QByteArray();
}

Ed25519PublicKey Ed25519PrivateKey::publicKey() const
{
    auto key = Ed25519PublicKey::fromPem(publicKeyPem());
    return key.ok() ? key.value() : Ed25519PublicKey();
}

QByteArray Ed25519PrivateKey::publicKeyPem() const
{
    return isNull() ? QByteArray() : writePem(keyOf(m_key), false);
}

QByteArray Ed25519PrivateKey::privateKeyPem() const
{
    return isNull() ? QByteArray() : writePem(keyOf(m_key), true);
}

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace LightAgent::Crypto
