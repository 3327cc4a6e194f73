#include "CtlContext.h"

#include "CtlOutput.h"
#include "core/ExitCodes.h"
#include "help/LanguageLoader.h"

#include <QCoreApplication>

namespace LightAgent::Ctl {

CtlContext::CtlContext(QCommandLineParser &parser)
    : m_parser(parser)
{ }

QStringList CtlContext::arguments() const
{
    return m_parser.positionalArguments().mid(1);
}

bool CtlContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CtlContext::dataDir() const
{
    const QString dir = m_parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? StateDatabase::defaultDataDir() : dir;
}

QString CtlContext::localization() const
{
    // main() loaded the translation --lang asked for (English without it).
    return LanguageLoader::installed();
}

Result<NetworkSettings> CtlContext::networkSettings()
{
    auto db = database();
    if (!db)
        return db.error();
    return NetworkSettings::load(*db.value());
}

Result<const VendorProfile *> CtlContext::profile()
{
    if (!m_profile) {
        auto loaded = VendorProfile::resolve(m_parser.value(QStringLiteral("profile")));
        if (!loaded)
            return loaded.error();
        m_profile = loaded.value();
    }
    return &*m_profile;
}

Result<std::shared_ptr<StateDatabase>> CtlContext::database()
{
    if (!m_database) {
        auto opened = StateDatabase::open(dataDir());
        if (!opened)
            return opened.error();
        m_database = opened.value();
    }
    return m_database;
}

int CtlContext::usage(const QString &message) const
{
    err(message);
    err(QCoreApplication::translate("LightAgent::Ctl", "Run 'lightagent-ctl --help' for usage."));
    return ExitUsage;
}

} // namespace LightAgent::Ctl
