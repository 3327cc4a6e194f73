// Key-file verification throughput for scripts/bench, set against `openssl speed
// ed25519` on the same machine: KeyFile::parse of the demo commercial key (strict
// JSON, signature check, license rules) and the Ed25519 check alone.
// Run with -csv; each QBENCHMARK reports milliseconds per verification.
#include "common/TestKeys.h"
#include "core/Crypto.h"
#include "core/VendorProfile.h"
#include "license/KeyFile.h"

#include <QFile>
#include <QTest>

using namespace LightAgent;

class BenchKeyVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(Test::demoKeyPath(QStringLiteral("commercial.key")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_keyBytes = file.readAll();
        auto parsed = KeyFile::parse(m_keyBytes, Test::demoProfile());
        QVERIFY(parsed.ok());
        m_message = parsed.value().licenseBytes();

        QFile pem(Test::sourcePath(QStringLiteral("resources/demo/signing-key.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        auto key = Crypto::Ed25519PrivateKey::fromPem(pem.readAll());
        QVERIFY(key.ok());
        m_signature = key.value().sign(m_message);
        m_publicKey = key.value().publicKey();
        QVERIFY(m_publicKey.verify(m_message, m_signature));
    }

    void keyFileParse()
    {
        bool allValid = true;
        QBENCHMARK
        {
            allValid &= KeyFile::parse(m_keyBytes, Test::demoProfile()).ok();
        }
        QVERIFY(allValid);
    }

    void ed25519Verify()
    {
        bool allValid = true;
        QBENCHMARK
        {
            allValid &= m_publicKey.verify(m_message, m_signature);
        }
        QVERIFY(allValid);
    }

private:
    QByteArray m_keyBytes;
    QByteArray m_message;
    QByteArray m_signature;
    Crypto::Ed25519PublicKey m_publicKey;
};

QTEST_GUILESS_MAIN(BenchKeyVerify)
#include "key_verify.moc"
