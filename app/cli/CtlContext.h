// What every lightagent-ctl command needs: the parsed command line, the vendor
// profile and the state database, opened only when a command asks for them.
#pragma once

#include "core/Result.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "net/NetworkSettings.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace LightAgent::Ctl {

class CtlContext
{
public:
    explicit CtlContext(QCommandLineParser &parser);

    QCommandLineParser &parser() { return m_parser; }
    QStringList arguments() const; // positional arguments after the command name
    bool json() const;
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    Result<const VendorProfile *> profile();
    Result<std::shared_ptr<StateDatabase>> database();
    QString dataDir() const;
    // The BCP 47 tag of the language this tool speaks (the "localization" it reports).
    QString localization() const;
    Result<NetworkSettings> networkSettings();

    // A usage error: prints the message and returns the usage exit code.
    int usage(const QString &message) const;

private:
    QCommandLineParser &m_parser;
    std::optional<VendorProfile> m_profile;
    std::shared_ptr<StateDatabase> m_database;
};

} // namespace LightAgent::Ctl
