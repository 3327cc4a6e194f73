// One line to the system log, as syslog(3) writes it: a datagram to the local syslog
// socket (/dev/log, where journald listens too). The journal uses it to leave a
// witness of its head outside the data directory. Sending never fails the caller and
// never waits: without a listener the line is dropped.
#pragma once

#include <QByteArray>
#include <QString>

namespace LightAgent::SystemLog {

// The socket path: LIGHTAGENT_SYSLOG_SOCKET when set (empty: no system log), else /dev/log.
constexpr auto SocketVariable = "LIGHTAGENT_SYSLOG_SOCKET";
QString socketPath();

// "<13>Dec  8 01:02:03 lightagent[PID]: message": facility user, severity notice.
QByteArray format(const QString &message);

// Sends the line; true when the socket took it.
bool send(const QString &message);

} // namespace LightAgent::SystemLog
