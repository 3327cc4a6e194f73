// TLS certificates that are wrong in one way each, made at test time with the
// `openssl` command in a temporary directory: expired (signed by the demo CA, valid
// only in 2020), issued for another host (signed by the demo CA), and self-signed.
// Every one carries an ECDSA P-256 key, which Qt 6.4's QSslKey reads.
#pragma once

#include "common/TestKeys.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace LightAgent::Test {

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
        files.error =
            openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                     QStringLiteral("-config"), path("ca.cnf"), QStringLiteral("-cert"), demoCa(),
                     QStringLiteral("-keyfile"), demoCaKey(), QStringLiteral("-in"),
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
             path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), demoCa(),
             QStringLiteral("-CAkey"), demoCaKey(), QStringLiteral("-CAcreateserial"),
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

    static QString demoCa() { return sourcePath(QStringLiteral("resources/demo/tls/ca.pem")); }
    static QString demoCaKey()
    {
        return sourcePath(QStringLiteral("resources/demo/tls/ca-key.pem"));
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

} // namespace LightAgent::Test
