// The real reference licensing service, started for a test on a free loopback
// port with a temporary database, the test TLS material (testTls()) and the demo codes
// with their fixed dates moved to the day the test runs (demoCodesForToday()), unless
// `extra` names other files.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace LightAgent::Test {

QString ctlPath(); // the built lightagent-ctl
QString servicePath(); // the built lightagent-licensing-service

// Writes a copy of the demo profile whose service URLs point at `base`, trusting the test
// CA (and whose file references are absolute); `tls` replaces the "tls" section when given.
QString writeProfile(const QString &dir, const QUrl &base, const QJsonObject &tls = {});

class ServiceProcess
{
public:
    ServiceProcess();
    ~ServiceProcess();

    // Starts on HOST:0 and waits for the "listening" line; false if it did not come.
    bool start(const QString &host = QStringLiteral("127.0.0.1"), const QStringList &extra = {});
    void stop();
    void kill(); // SIGKILL, as a crash would end it; start() again reopens the same database
    qint64 processId() const { return m_process.processId(); }

    QUrl baseUrl() const { return m_baseUrl; }
    QString databasePath() const;
    QString codesPath() const; // the codes file start() writes when not given one
    QByteArray log(); // what the service has written to stderr so far
    int requestCount(); // request lines in the log

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_log;
};

} // namespace LightAgent::Test
