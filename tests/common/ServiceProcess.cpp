#include "ServiceProcess.h"

#include "TestCertificates.h"
#include "TestKeys.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace LightAgent::Test {

QString ctlPath()
{
    return binaryPath(QStringLiteral("app/cli/lightagent-ctl"));
}

QString servicePath()
{
    return binaryPath(QStringLiteral("app/service/lightagent-licensing-service"));
}

QString writeProfile(const QString &dir, const QUrl &base, const QJsonObject &tls)
{
    QFile builtIn(QString::fromLatin1(VendorProfile::BuiltInPath));
    builtIn.open(QIODevice::ReadOnly);
    QJsonObject profile = QJsonDocument::fromJson(builtIn.readAll()).object();
    const QString url = base.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    profile.insert(
        QStringLiteral("services"),
        QJsonObject {{QStringLiteral("activation"), url}, {QStringLiteral("update"), url}});
    profile.insert(QStringLiteral("signingKeys"),
                   QJsonArray {QJsonObject {
                       {QStringLiteral("id"), QStringLiteral("demo-2026")},
                       {QStringLiteral("publicKeyFile"),
                        sourcePath(QStringLiteral("resources/demo/signing-key.pub.pem"))}}});
    profile.insert(QStringLiteral("tls"),
                   tls.isEmpty()
                       ? QJsonObject {{QStringLiteral("caFiles"), QJsonArray {testTls().ca}},
                                      {QStringLiteral("useSystemCAs"), false}}
                       : tls);
    const QString path = dir + QStringLiteral("/profile.json");
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(profile).toJson());
    return path;
}

ServiceProcess::ServiceProcess()
{
    m_process.setProgram(servicePath());
}

ServiceProcess::~ServiceProcess()
{
    stop();
}

QString ServiceProcess::databasePath() const
{
    return m_dir.filePath(QStringLiteral("service.sqlite"));
}

QString ServiceProcess::codesPath() const
{
    return m_dir.filePath(QStringLiteral("codes.json"));
}

bool ServiceProcess::start(const QString &host, const QStringList &extra)
{
    QStringList arguments {QStringLiteral("--listen"), host + QStringLiteral(":0"),
                           QStringLiteral("--db"), databasePath()};
    if (!extra.contains(QStringLiteral("--tls-cert")))
        arguments << QStringLiteral("--tls-cert") << testTls().cert << QStringLiteral("--tls-key")
                  << testTls().key;
    if (!extra.contains(QStringLiteral("--codes"))) {
        QFile codes(codesPath());
        const QByteArray bytes = QJsonDocument(demoCodesForToday()).toJson();
        if (!codes.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            codes.write(bytes) != bytes.size())
            return false;
        arguments << QStringLiteral("--codes") << codesPath();
    }
    m_process.setArguments(arguments + extra);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(20000);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening ")) {
                m_baseUrl = QUrl(QString::fromLatin1(line.mid(10)));
                return m_baseUrl.isValid();
            }
        }
    }
    return false;
}

void ServiceProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServiceProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_log += m_process.readAllStandardError();
}

QByteArray ServiceProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

int ServiceProcess::requestCount()
{
    return int(log().count("POST /"));
}

} // namespace LightAgent::Test
