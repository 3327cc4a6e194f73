#include "LanguageManager.h"

#include "core/StateDatabase.h"
#include "help/Language.h"
#include "help/LanguageLoader.h"

#include <QGuiApplication>

namespace LightAgent {

LanguageManager::LanguageManager(std::shared_ptr<StateDatabase> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{ }

QString LanguageManager::applySaved()
{
    const Result<QString> saved = m_database->setting(QString::fromLatin1(Setting));
    const std::optional<QString> chosen =
        saved ? Language::match(saved.value()) : std::optional<QString>();
    return load(chosen.value_or(Language::fromSystem()));
}

QString LanguageManager::applyForThisRun(const QString &tag)
{
    return load(tag);
}

Status LanguageManager::setLanguage(const QString &tag)
{
    const QString loaded = load(tag);
    return m_database->setSetting(QString::fromLatin1(Setting), loaded);
}

QString LanguageManager::current() const
{
    return LanguageLoader::installed();
}

QString LanguageManager::load(const QString &tag)
{
    const QString loaded = LanguageLoader::install(tag);
    // Qt adds the display name to every window title; it must follow the language too.
    QGuiApplication::setApplicationDisplayName(tr("Light Agent Console"));
    Q_EMIT languageChanged(loaded);
    return loaded;
}

} // namespace LightAgent
