// The command line of lightagent-licensing-service. File defaults point at the demo
// vendor's material in the source tree; every one can be overridden.
#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QString>

class QCommandLineParser;

namespace LightAgent::Service {

struct ServiceOptions
{
    static constexpr quint16 DefaultPort = 47443;

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort; // 0: any free port
    QString tlsCert;
    QString tlsKey;
    QString signingKey;
    QString signer;
    QString codesFile;
    QString dbFile;
    QString product;
    QString released; // admin publish-bundle: the release time; empty for now

    static void addTo(QCommandLineParser &parser);
    // Reason "usage" for a malformed value.
    static Result<ServiceOptions> from(const QCommandLineParser &parser);

    static QString defaultDemoDir();
    static QString defaultDbFile();
};

} // namespace LightAgent::Service
