#include "SystemLog.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace LightAgent::SystemLog {

namespace {

constexpr int FacilityUser = 1;
constexpr int SeverityNotice = 5;

} // namespace

QString socketPath()
{
    if (qEnvironmentVariableIsSet(SocketVariable))
        return qEnvironmentVariable(SocketVariable);
    return QStringLiteral("/dev/log");
}

QByteArray format(const QString &message)
{
    // RFC 3164's header, as glibc's syslog(3) writes it: local time, English month,
    // the day padded with a space.
    const QDateTime now = QDateTime::currentDateTime();
    const QString stamp = QLocale::c().toString(now, QStringLiteral("MMM")) + QLatin1Char(' ') +
        QString::number(now.date().day()).rightJustified(2, QLatin1Char(' ')) + QLatin1Char(' ') +
        now.toString(QStringLiteral("HH:mm:ss"));
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QByteArray("<") + QByteArray::number(FacilityUser * 8 + SeverityNotice) + '>' +
        stamp.toLatin1() + " lightagent[" + QByteArray::number(qint64(::getpid())) +
        "]: " + line.toUtf8();
}

bool send(const QString &message)
{
    const QByteArray path = QFile::encodeName(socketPath());
    sockaddr_un address {};
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const QByteArray datagram = format(message);
    ssize_t sent = -1;
    do {
        sent = ::sendto(fd, datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL,
                        reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    } while (sent < 0 && errno == EINTR);
    ::close(fd);
    return sent == datagram.size();
}

} // namespace LightAgent::SystemLog
