// TLS certificates made at test time with the `openssl` command in a temporary
// directory. testTls() is the CA and the 127.0.0.1/localhost server certificate every
// test's service, vendor profile and hostile server use: issued when a test process first
// asks, so that they are valid whatever the date the tests run on (the demo material in
// resources/demo/tls has a fixed validity window). TestCertificates makes the ones that
// are wrong in one way each: expired (signed by the test CA, valid only in 2020), issued
// for another host (signed by the test CA), and self-signed; and, for the pinning
// tests, authorities of their own with the intermediates and 127.0.0.1 certificates
// they issue. Every one carries an ECDSA P-256 key, which Qt 6.4's QSslKey reads.
#pragma once

#include "common/TestKeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace LightAgent::Test {

struct TestTls
{
    QString ca;
    QString caKey;
    QString cert; // for IP 127.0.0.1 and DNS localhost, signed by `ca`
    QString key;
};

const TestTls &testTls();

struct CertificateFiles
{
    QString cert;
    QString key;
    QString error; // empty when the files were made
};

class TestCertificates
{
public:
    explicit TestCertificates(const QString &dir)
        : m_dir(dir)
    { }

    CertificateFiles expired() const
    {
        const QString name = QStringLiteral("expired");
        CertificateFiles files = request(name, QStringLiteral("/CN=127.0.0.1"));
        if (!files.error.isEmpty())
            return files;
        // `openssl ca` is the one that takes explicit dates in OpenSSL 3.0.
        write(QStringLiteral("index.txt"), {});
        write(QStringLiteral("serial"), "1000\n");
        write(QStringLiteral("ca.cnf"),
              "[ca]\ndefault_ca = demo\n[demo]\ndatabase = " + path("index.txt").toUtf8() +
                  "\nserial = " + path("serial").toUtf8() + "\nnew_certs_dir = " + m_dir.toUtf8() +
                  "\ndefault_md = sha256\npolicy = any\nunique_subject = no\n"
                  "[any]\ncommonName = supplied\n");
        files.error = openssl(
            {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
             QStringLiteral("-config"), path("ca.cnf"), QStringLiteral("-cert"), testTls().ca,
             QStringLiteral("-keyfile"), testTls().caKey, QStringLiteral("-in"),
             path(name + QStringLiteral(".csr")), QStringLiteral("-out"), files.cert,
             QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
             QStringLiteral("-enddate"), QStringLiteral("20201231000000Z"),
             QStringLiteral("-extfile"), extensions(name, "IP:127.0.0.1,DNS:localhost")});
        return files;
    }

    CertificateFiles forOtherHost() const
    {
        const QString name = QStringLiteral("other-host");
        CertificateFiles files = request(name, QStringLiteral("/CN=licensing.other.example"));
        if (!files.error.isEmpty())
            return files;
        files.error = openssl(
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), testTls().ca,
             QStringLiteral("-CAkey"), testTls().caKey, QStringLiteral("-CAcreateserial"),
             QStringLiteral("-CAserial"), path("other.srl"), QStringLiteral("-days"),
             QStringLiteral("30"), QStringLiteral("-out"), files.cert, QStringLiteral("-extfile"),
             extensions(name, "DNS:licensing.other.example,IP:10.9.9.9")});
        return files;
    }

    CertificateFiles selfSigned() const
    {
        const QString name = QStringLiteral("self-signed");
        CertificateFiles files {
            path(name + QStringLiteral(".pem")), path(name + QStringLiteral("-key.pem")), {}};
        files.error = openssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), files.key, QStringLiteral("-out"), files.cert,
             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-days"),
             QStringLiteral("30")});
        return files;
    }

    // A self-signed root authority.
    CertificateFiles authority(const QString &name, const QString &subject) const
    {
        CertificateFiles files {
            path(name + QStringLiteral(".pem")), path(name + QStringLiteral("-key.pem")), {}};
        files.error =
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), files.key, QStringLiteral("-out"), files.cert,
                     QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                     QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                     QStringLiteral("-days"), QStringLiteral("30")});
        return files;
    }

    // An intermediate authority issued by `issuer`.
    CertificateFiles intermediate(const QString &name, const QString &subject,
                                  const CertificateFiles &issuer) const
    {
        CertificateFiles files = request(name, subject);
        if (files.error.isEmpty())
            files.error = sign(name, issuer, files.cert,
                               "basicConstraints = critical, CA:TRUE\n"
                               "keyUsage = critical, keyCertSign, cRLSign\n");
        return files;
    }

    // A server certificate for 127.0.0.1 issued by `issuer`.
    CertificateFiles serverIssuedBy(const QString &name, const CertificateFiles &issuer) const
    {
        CertificateFiles files = request(name, QStringLiteral("/CN=127.0.0.1"));
        if (files.error.isEmpty())
            files.error = sign(name, issuer, files.cert,
                               "basicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
                               "extendedKeyUsage = serverAuth\n"
                               "subjectAltName = IP:127.0.0.1,DNS:localhost\n");
        return files;
    }

    // One PEM file of `certFiles` in order, as a server sends its chain.
    QString chain(const QString &name, const QStringList &certFiles) const
    {
        QByteArray pem;
        for (const QString &file : certFiles) {
            QFile in(file);
            if (in.open(QIODevice::ReadOnly))
                pem += in.readAll();
        }
        write(name, pem);
        return path(name);
    }

    // The base64 SHA-256 of a certificate's SubjectPublicKeyInfo, the form of a
    // profile's TLS pin, as openssl computes it; empty on failure.
    QString spkiPin(const QString &certFile) const
    {
        const QString name = QFileInfo(certFile).completeBaseName();
        const QString pub = path(name + QStringLiteral(".pub.pem"));
        const QString der = path(name + QStringLiteral(".spki.der"));
        if (!openssl({QStringLiteral("x509"), QStringLiteral("-in"), certFile,
                      QStringLiteral("-noout"), QStringLiteral("-pubkey"), QStringLiteral("-out"),
                      pub})
                 .isEmpty() ||
            !openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), pub,
                      QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                      der})
                 .isEmpty())
            return {};
        QFile file(der);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toBase64());
    }

    // Runs openssl; the empty string on success, else what it said.
    static QString openssl(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), args);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("openssl did not run");
        if (process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        return {};
    }

private:
    QString path(const QString &name) const { return QDir(m_dir).filePath(name); }
    QString path(const char *name) const { return path(QString::fromLatin1(name)); }

    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
    }

    // A new P-256 key and a certificate request for `subject`.
    CertificateFiles request(const QString &name, const QString &subject) const
    {
        CertificateFiles files {
            path(name + QStringLiteral(".pem")), path(name + QStringLiteral("-key.pem")), {}};
        files.error =
            openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), files.key, QStringLiteral("-out"),
                     path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), subject});
        return files;
    }

    // Signs the request `name`.csr with `issuer` into `cert`, with these extensions.
    QString sign(const QString &name, const CertificateFiles &issuer, const QString &cert,
                 const QByteArray &extensions) const
    {
        const QString ext = name + QStringLiteral(".ext");
        write(ext, extensions);
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), issuer.cert,
                        QStringLiteral("-CAkey"), issuer.key, QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-CAserial"), path(name + QStringLiteral(".srl")),
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-out"), cert,
                        QStringLiteral("-extfile"), path(ext)});
    }

    QString extensions(const QString &name, const char *subjectAltName) const
    {
        const QString file = name + QStringLiteral(".ext");
        write(file,
              QByteArray("basicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
                         "extendedKeyUsage = serverAuth\nsubjectAltName = ") +
                  subjectAltName + '\n');
        return path(file);
    }

    QString m_dir;
};

// Aborts the test program when openssl cannot make the material: every test that talks
// TLS needs it, and a test that cannot run has failed.
inline const TestTls &testTls()
{
    static const QTemporaryDir dir;
    static const TestTls tls = [] {
        const auto file = [](const char *name) {
            return dir.filePath(QLatin1String(name));
        };
        const auto check = [](const QString &error) {
            if (!error.isEmpty())
                qFatal("Cannot make the test TLS material: %s", qPrintable(error));
        };
        if (!dir.isValid())
            qFatal("Cannot make a directory for the test TLS material");
        TestTls made {file("ca.pem"), file("ca-key.pem"), file("server.pem"),
                      file("server-key.pem")};
        const QStringList newKey {
            QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        check(TestCertificates::openssl(
            QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
            QStringList {QStringLiteral("-keyout"), made.caKey, QStringLiteral("-out"), made.ca,
                         QStringLiteral("-subj"), QStringLiteral("/CN=Light Agent Test CA"),
                         QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-addext"),
                         QStringLiteral("basicConstraints=critical,CA:TRUE"),
                         QStringLiteral("-addext"),
                         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
        check(TestCertificates::openssl(
            QStringList {QStringLiteral("req"), QStringLiteral("-new")} + newKey +
            QStringList {QStringLiteral("-keyout"), made.key, QStringLiteral("-out"),
                         file("server.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=localhost")}));
        QFile extensions(file("server.ext"));
        if (!extensions.open(QIODevice::WriteOnly) ||
            extensions.write("basicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
                             "extendedKeyUsage = serverAuth\n"
                             "subjectAltName = IP:127.0.0.1,DNS:localhost\n") < 0)
            qFatal("Cannot write the test server certificate's extensions");
        extensions.close();
        check(TestCertificates::openssl(
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             file("server.csr"), QStringLiteral("-CA"), made.ca, QStringLiteral("-CAkey"),
             made.caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-CAserial"),
             file("ca.srl"), QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-out"),
             made.cert, QStringLiteral("-extfile"), file("server.ext")}));
        return made;
    }();
    return tls;
}

} // namespace LightAgent::Test
