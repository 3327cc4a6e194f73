#include "Crypto.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <mutex>

namespace LightAgent::Crypto {

// A public key and a verification context set up for it once: EVP_DigestVerifyInit
// fetches the algorithm and prepares the key, which `openssl speed` also does once
// and not per verification. The context serves one verification at a time.
struct Ed25519PublicKey::Verifier
{
    explicit Verifier(EVP_PKEY *pkey)
        : key(pkey)
    { }
    ~Verifier()
    {
        EVP_MD_CTX_free(context);
        EVP_PKEY_free(key);
    }
    Verifier(const Verifier &) = delete;
    Verifier &operator=(const Verifier &) = delete;

    EVP_PKEY *const key;
    std::mutex mutex; // guards context
    EVP_MD_CTX *context = nullptr; // set up for key on first use
};

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

// The one DER form of an Ed25519 public key (RFC 8410): this prefix, then the 32 key bytes.
constexpr unsigned char Ed25519SpkiPrefix[] = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03,
                                               0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
constexpr qsizetype Ed25519KeySize = 32;

// By the provider's name: the legacy EVP_PKEY_new_raw_public_key() first searches the
// ENGINE tables, a cost the first key of every process paid.
EVP_PKEY *newPublicKey(const unsigned char *raw)
{
    return EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, raw, Ed25519KeySize);
}

// A public key in its canonical PEM form without OpenSSL's decoder framework, which
// costs about a millisecond to set up: the vendor profile's keys are read at every
// start. Anything else (or nothing) is left to OpenSSL, so this accepts only a subset
// of what PEM_read_bio_PUBKEY() accepts.
EVP_PKEY *readCanonicalPublicPem(const QByteArray &pem)
{
    static constexpr char Begin[] = "-----BEGIN PUBLIC KEY-----";
    static constexpr char End[] = "-----END PUBLIC KEY-----";
    const qsizetype begin = pem.indexOf(Begin);
    const qsizetype end = pem.indexOf(End);
    if (begin < 0 || end < begin || pem.indexOf(Begin, begin + 1) >= 0)
        return nullptr;
    QByteArray body =
        pem.mid(begin + qsizetype(sizeof Begin) - 1, end - begin - qsizetype(sizeof Begin) + 1);
    body.removeIf([](char c) { return c == '\n' || c == '\r' || c == ' ' || c == '\t'; });
    const auto decoded =
        QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray *der = decoded ? &decoded.decoded : nullptr;
    const QByteArrayView prefix(Ed25519SpkiPrefix, sizeof Ed25519SpkiPrefix);
    if (!der || der->size() != prefix.size() + Ed25519KeySize || !der->startsWith(prefix))
        return nullptr;
    const auto *raw = reinterpret_cast<const unsigned char *>(der->constData()) + prefix.size();
    return newPublicKey(raw);
}

EVP_PKEY *readPem(const QByteArray &pem, bool isPrivate)
{
    if (!isPrivate) {
        if (EVP_PKEY *key = readCanonicalPublicPem(pem))
            return key;
    }
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

bool digestVerify(EVP_MD_CTX *context, const QByteArray &message, const QByteArray &signature)
{
    return EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
}

// One verification with a context of its own.
bool verifyOnce(EVP_PKEY *key, const QByteArray &message, const QByteArray &signature)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = context && EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key) == 1 &&
        digestVerify(context, message, signature);
    EVP_MD_CTX_free(context);
    return ok;
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

namespace {

X509 *certificateFromDer(const QByteArray &der)
{
    const auto *start = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *end = start;
    X509 *cert = d2i_X509(nullptr, &end, long(der.size()));
    if (cert && end != start + der.size()) { // trailing bytes: not one certificate
        X509_free(cert);
        return nullptr;
    }
    return cert;
}

// The SubjectPublicKeyInfo exactly as the certificate encodes it.
QByteArray spkiSha256Of(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &der);
    if (size <= 0)
        return {};
    const QByteArray digest = sha256(QByteArray(reinterpret_cast<const char *>(der), size));
    OPENSSL_free(der);
    return digest;
}

Error chainError(const QString &why)
{
    return Error::make(ErrorCode::Tls, QStringLiteral("chain-unverified"),
                       tr("The service's certificate chain could not be verified against the "
                          "trusted authorities (%1).")
                           .arg(why));
}

} // namespace

Result<QList<QByteArray>> verifiedChainSpkiSha256(const QByteArray &leafDer,
                                                  const QList<QByteArray> &untrustedDer,
                                                  const QList<QByteArray> &anchorsDer)
{
    const std::unique_ptr<X509, decltype(&X509_free)> leaf(certificateFromDer(leafDer), &X509_free);
    if (!leaf)
        return chainError(tr("the leaf certificate cannot be read"));
    const std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                        &X509_STORE_free);
    const auto freeStack = [](STACK_OF(X509) * stack) {
        sk_X509_pop_free(stack, X509_free);
    };
    const std::unique_ptr<STACK_OF(X509), decltype(freeStack)> untrusted(sk_X509_new_null(),
                                                                         freeStack);
    const std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(
        X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    if (!store || !untrusted || !context)
        return chainError(tr("out of memory"));
    for (const QByteArray &der : anchorsDer) {
        if (X509 *anchor = certificateFromDer(der)) {
            X509_STORE_add_cert(store.get(), anchor); // takes its own reference
            X509_free(anchor);
        }
    }
    for (const QByteArray &der : untrustedDer) {
        X509 *cert = certificateFromDer(der);
        if (cert && sk_X509_push(untrusted.get(), cert) <= 0)
            X509_free(cert);
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get()) != 1 ||
        X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER) != 1)
        return chainError(tr("the verification could not be set up"));
    if (X509_verify_cert(context.get()) != 1)
        return chainError(QString::fromLatin1(
            X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()))));
    QList<QByteArray> digests;
    const STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(context.get());
    for (int i = 0; i < sk_X509_num(chain); ++i)
        digests.append(spkiSha256Of(sk_X509_value(chain, i)));
    return digests;
}

Ed25519PublicKey::Ed25519PublicKey() = default;

Result<Ed25519PublicKey> Ed25519PublicKey::fromPem(const QByteArray &pem)
{
    Ed25519PublicKey key;
    if (EVP_PKEY *pkey = readPem(pem, false))
        key.m_verifier = std::make_shared<Verifier>(pkey);
    if (key.isNull())
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad-public-key"),
                           tr("The text is not an Ed25519 public key in PEM form."));
    return key;
}

bool Ed25519PublicKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (isNull() || signature.size() != 64)
        return false;
    Verifier &verifier = *m_verifier;
    std::unique_lock lock(verifier.mutex, std::try_to_lock);
    if (!lock.owns_lock()) // another thread is verifying with this key
        return verifyOnce(verifier.key, message, signature);
    // A used context is re-armed for the same key, which is cheap (OpenSSL 3.2 and
    // later require it after EVP_DigestVerify); the first use sets it up.
    EVP_MD_CTX *&context = verifier.context;
    const bool armed = context
        ? EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, nullptr) == 1
        : (context = EVP_MD_CTX_new()) != nullptr &&
            EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, verifier.key) == 1;
    if (armed && digestVerify(context, message, signature))
        return true;
    // A refusal is confirmed with a fresh context, so that keeping one can only ever
    // save time, never change an answer; the kept one is set up again next time.
    EVP_MD_CTX_free(context);
    context = nullptr;
    lock.unlock();
    return verifyOnce(verifier.key, message, signature);
}

QByteArray Ed25519PublicKey::raw() const
{
    if (isNull())
        return {};
    QByteArray out(32, Qt::Uninitialized);
    size_t size = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(m_verifier->key, reinterpret_cast<unsigned char *>(out.data()),
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

void warmUp()
{
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
    // Any 32 bytes make a key object; no verification with it is asked for.
    static constexpr unsigned char Bytes[Ed25519KeySize] = {};
    EVP_PKEY *key = newPublicKey(Bytes);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (key && context)
        EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key);
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
}

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace LightAgent::Crypto
