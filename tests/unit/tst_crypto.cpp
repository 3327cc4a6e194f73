// The crypto interface: SHA-256 against published vectors, Ed25519 against RFC 8032
// and against the demo vendor's key pair.
#include "common/TestKeys.h"
#include "core/Crypto.h"

#include <QFile>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace LightAgent;

namespace {

QByteArray readSource(const QString &relative)
{
    QFile file(Test::sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(relative));
    return file.readAll();
}

QByteArray pem(const char *label, const QByteArray &der)
{
    const QByteArray type(label);
    return "-----BEGIN " + type + "-----\n" + der.toBase64() + "\n-----END " + type + "-----\n";
}

// RFC 8410 DER wrappings of raw Ed25519 key bytes, so RFC 8032 vectors can be
// loaded through the PEM interface.
QByteArray privateKeyPem(const QByteArray &seed)
{
    return pem("PRIVATE KEY", QByteArray::fromHex("302e020100300506032b657004220420") + seed);
}

QByteArray publicKeyPem(const QByteArray &raw)
{
    return pem("PUBLIC KEY", QByteArray::fromHex("302a300506032b6570032100") + raw);
}

// RFC 8032 §7.1, TEST 2: a public key, a one-byte message and its signature.
const QByteArray Test2PublicKey =
    QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
const QByteArray Test2Message = QByteArray::fromHex("72");
const QByteArray Test2Signature =
    QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da0"
                        "85ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");

enum Change { ChangedMessage, ChangedSignature, ShortSignature, LongSignature, WrongKey, NullKey };

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void warmUpBesideTheFirstKeys(); // first: OpenSSL loads its configuration once per process
    void sha256Vectors_data();
    void sha256Vectors();
    void rfc8032Vectors_data();
    void rfc8032Vectors();
    void signVerifyRoundTrip();
    void verifyRejects_data();
    void verifyRejects();
    void verifyKeepsAnsweringRightAfterARefusal();
    void verifyFromManyThreadsAtOnce();
    void demoPublicKeyMatchesPrivateKey();
    void pemRoundTrip();
    void readsPublicKeyPemHoweverWrapped_data();
    void readsPublicKeyPemHoweverWrapped();
    void refusesWhatIsNotAnEd25519Key_data();
    void refusesWhatIsNotAnEd25519Key();
};

// The console warms OpenSSL up on another thread while its main thread already reads the
// vendor profile's keys (ui/StartupWarmUp.h): both must come out right.
void TestCrypto::warmUpBesideTheFirstKeys()
{
    std::thread warmUp(Crypto::warmUp);
    int wrong = 0;
    for (int i = 0; i < 20; ++i) {
        auto key = Crypto::Ed25519PublicKey::fromPem(publicKeyPem(Test2PublicKey));
        if (!key.ok() || key->raw() != Test2PublicKey ||
            !key->verify(Test2Message, Test2Signature) ||
            key->verify(QByteArray::fromHex("73"), Test2Signature))
            ++wrong;
    }
    warmUp.join();
    QCOMPARE(wrong, 0);
    Crypto::warmUp(); // again, once all is loaded: harmless
    auto key = Crypto::Ed25519PublicKey::fromPem(publicKeyPem(Test2PublicKey));
    QVERIFY(key.ok() && key->verify(Test2Message, Test2Signature));
}

void TestCrypto::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("hex");

    // FIPS 180-2 and NIST CAVP vectors.
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("448 bits") << QByteArray(
                                     "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("a million a")
        << QByteArray(1000000, 'a')
        << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestCrypto::sha256Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, hex);
    QCOMPARE(Crypto::sha256Hex(input), hex);
    QCOMPARE(Crypto::sha256(input), QByteArray::fromHex(hex.toLatin1()));
    QCOMPARE(Crypto::sha256(input).size(), 32);
}

void TestCrypto::rfc8032Vectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    // RFC 8032 §7.1, TEST 1 and TEST 2.
    QTest::newRow("test 1, empty message")
        << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb"
                               "8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("test 2, one byte")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << Test2PublicKey << Test2Message << Test2Signature;
}

void TestCrypto::rfc8032Vectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    auto priv = Crypto::Ed25519PrivateKey::fromPem(privateKeyPem(secret));
    QVERIFY(priv.ok());
    QCOMPARE(priv->publicKey().raw(), publicKey);
    QCOMPARE(priv->sign(message), signature); // Ed25519 signatures are deterministic

    auto pub = Crypto::Ed25519PublicKey::fromPem(publicKeyPem(publicKey));
    QVERIFY(pub.ok());
    QVERIFY(pub->verify(message, signature));
    QVERIFY(!pub->verify(message + "x", signature));
}

void TestCrypto::signVerifyRoundTrip()
{
    const Crypto::Ed25519PrivateKey key = Crypto::Ed25519PrivateKey::generate();
    QVERIFY(!key.isNull());
    const QByteArray message("{\"serial\":\"0C0-111111-22222222\"}");
    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(key.publicKey().verify(message, signature));
    QCOMPARE(key.publicKey().raw().size(), 32);
}

void TestCrypto::verifyRejects_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("message with one bit changed") << int(ChangedMessage);
    QTest::newRow("signature with one bit changed") << int(ChangedSignature);
    QTest::newRow("signature one byte short") << int(ShortSignature);
    QTest::newRow("signature one byte long") << int(LongSignature);
    QTest::newRow("another key") << int(WrongKey);
    QTest::newRow("null key") << int(NullKey);
}

void TestCrypto::verifyRejects()
{
    QFETCH(int, change);
    const Crypto::Ed25519PrivateKey key = Crypto::Ed25519PrivateKey::generate();
    QByteArray message("license document bytes");
    QByteArray signature = key.sign(message);
    Crypto::Ed25519PublicKey verifier = key.publicKey();
    QVERIFY(verifier.verify(message, signature)); // the unchanged pair verifies
    switch (Change(change)) {
    case ChangedMessage:
        message[3] = char(message.at(3) ^ 0x01);
        break;
    case ChangedSignature:
        signature[10] = char(signature.at(10) ^ 0x01);
        break;
    case ShortSignature:
        signature.chop(1);
        break;
    case LongSignature:
        signature.append('\0');
        break;
    case WrongKey:
        verifier = Crypto::Ed25519PrivateKey::generate().publicKey();
        break;
    case NullKey:
        verifier = Crypto::Ed25519PublicKey();
        QVERIFY(verifier.isNull());
        break;
    }
    QVERIFY(!verifier.verify(message, signature));
}

// A key keeps its verification context from one call to the next; what one call
// saw must not change the answer of the next.
void TestCrypto::verifyKeepsAnsweringRightAfterARefusal()
{
    const Crypto::Ed25519PrivateKey key = Crypto::Ed25519PrivateKey::generate();
    const Crypto::Ed25519PublicKey verifier = key.publicKey();
    const QByteArray message("license document bytes");
    const QByteArray signature = key.sign(message);
    QByteArray changed = signature;
    changed[5] = char(changed.at(5) ^ 0x20);
    const Crypto::Ed25519PublicKey copy = verifier; // shares the key and its context
    for (int i = 0; i < 3; ++i) {
        QVERIFY(verifier.verify(message, signature));
        QVERIFY(!verifier.verify(message, changed));
        QVERIFY(!copy.verify(message + 'x', signature));
        QVERIFY(copy.verify(message, signature));
        QVERIFY(!verifier.verify(message, signature.left(63)));
    }
}

void TestCrypto::verifyFromManyThreadsAtOnce()
{
    const Crypto::Ed25519PrivateKey key = Crypto::Ed25519PrivateKey::generate();
    const Crypto::Ed25519PublicKey verifier = key.publicKey();
    QList<QByteArray> messages;
    QList<QByteArray> signatures;
    for (int i = 0; i < 8; ++i) {
        messages.append(QByteArray("message ") + QByteArray::number(i));
        signatures.append(key.sign(messages.constLast()));
    }
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                const qsizetype m = (i + t) % messages.size();
                if (!verifier.verify(messages.at(m), signatures.at(m)))
                    ++wrong; // a good signature refused
                if (verifier.verify(messages.at(m), signatures.at((m + 1) % messages.size())))
                    ++wrong; // another message's signature accepted
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestCrypto::demoPublicKeyMatchesPrivateKey()
{
    auto pub = Crypto::Ed25519PublicKey::fromPem(
        readSource(QStringLiteral("resources/demo/signing-key.pub.pem")));
    QVERIFY(pub.ok());
    QCOMPARE(pub->raw().size(), 32);
    auto priv = Crypto::Ed25519PrivateKey::fromPem(
        readSource(QStringLiteral("resources/demo/signing-key.pem")));
    QVERIFY(priv.ok());
    QCOMPARE(priv->publicKey().raw(), pub->raw());
    const QByteArray message("demo");
    QVERIFY(pub->verify(message, priv->sign(message)));
    // The built-in profile trusts the same key under the demo signer id.
    const Crypto::Ed25519PublicKey *trusted =
        Test::demoProfile().signingKey(QStringLiteral("demo-2026"));
    QVERIFY(trusted);
    QCOMPARE(trusted->raw(), pub->raw());
}

void TestCrypto::pemRoundTrip()
{
    const Crypto::Ed25519PrivateKey key = Crypto::Ed25519PrivateKey::generate();
    QVERIFY(key.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    auto again = Crypto::Ed25519PrivateKey::fromPem(key.privateKeyPem());
    QVERIFY(again.ok());
    const QByteArray message("round trip");
    QCOMPARE(again->sign(message), key.sign(message));
}

// The canonical PEM form is read without OpenSSL's decoders (start-up speed); other
// wrappings go to OpenSSL. Both must read the same key.
void TestCrypto::readsPublicKeyPemHoweverWrapped_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray canonical = readSource(QStringLiteral("resources/demo/signing-key.pub.pem"));
    QTest::newRow("canonical") << canonical;
    QTest::newRow("CRLF line ends") << QByteArray(canonical).replace("\n", "\r\n");
    QTest::newRow("text before and after")
        << QByteArray("Demo vendor signing key\n") + canonical + QByteArray("(end)\n");
    QByteArray folded = canonical;
    folded.insert(folded.indexOf("\n") + 11, "\n"); // base64 body on two lines
    QTest::newRow("body folded") << folded;
}

void TestCrypto::readsPublicKeyPemHoweverWrapped()
{
    QFETCH(QByteArray, text);
    auto reference = Crypto::Ed25519PrivateKey::fromPem(
        readSource(QStringLiteral("resources/demo/signing-key.pem")));
    QVERIFY(reference.ok());
    auto key = Crypto::Ed25519PublicKey::fromPem(text);
    QVERIFY2(key.ok(), key ? "" : qPrintable(key.error().message));
    QCOMPARE(key->raw(), reference->publicKey().raw());
    const QByteArray message("wrapped");
    QVERIFY(key->verify(message, reference->sign(message)));
}

void TestCrypto::refusesWhatIsNotAnEd25519Key_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("asPrivate");

    QTest::newRow("garbage as public") << QByteArray("not a key") << false;
    QTest::newRow("empty as private") << QByteArray() << true;
    QTest::newRow("private key as public")
        << readSource(QStringLiteral("resources/demo/signing-key.pem")) << false;
    QTest::newRow("public key as private")
        << readSource(QStringLiteral("resources/demo/signing-key.pub.pem")) << true;
    QTest::newRow("ECDSA P-256 private key")
        << readSource(QStringLiteral("resources/demo/tls/server-key.pem")) << true;
    QTest::newRow("certificate as public")
        << readSource(QStringLiteral("resources/demo/tls/ca.pem")) << false;
    QTest::newRow("X25519 public key")
        << pem("PUBLIC KEY", QByteArray::fromHex("302a300506032b656e032100") + QByteArray(32, 'k'))
        << false;
    QTest::newRow("damaged PEM body")
        << readSource(QStringLiteral("resources/demo/signing-key.pub.pem")).replace('A', '*')
        << false;
}

void TestCrypto::refusesWhatIsNotAnEd25519Key()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, asPrivate);
    if (asPrivate) {
        auto key = Crypto::Ed25519PrivateKey::fromPem(text);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().reason, QStringLiteral("bad-private-key"));
        QCOMPARE(key.error().code, ErrorCode::InvalidInput);
    } else {
        auto key = Crypto::Ed25519PublicKey::fromPem(text);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().reason, QStringLiteral("bad-public-key"));
        QCOMPARE(key.error().code, ErrorCode::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
