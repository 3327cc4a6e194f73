// The console's interface language: the administrator's choice (remembered in the
// state database as "ui.language"; by default the system language, else English),
// switched live. Every window retranslates itself on QEvent::LanguageChange; this
// only loads the translations and says which one is loaded.
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace LightAgent {

class StateDatabase;

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Setting = "ui.language";

    explicit LanguageManager(std::shared_ptr<StateDatabase> database, QObject *parent = nullptr);

    // Loads the remembered choice, or the system language when there is none; returns
    // the BCP 47 tag of the translation loaded.
    QString applySaved();
    // Loads `tag` for this run only (lightagent-console --lang): the remembered choice
    // stays as it is. Returns the BCP 47 tag of the translation loaded.
    QString applyForThisRun(const QString &tag);
    // Loads `tag` now (every window retranslates) and remembers it. The language is
    // switched even when it cannot be remembered; the error says so.
    Status setLanguage(const QString &tag);
    // The BCP 47 tag of the translation loaded now, e.g. "ru-RU".
    QString current() const;

Q_SIGNALS:
    void languageChanged(const QString &tag);

private:
    QString load(const QString &tag);

    std::shared_ptr<StateDatabase> m_database;
};

} // namespace LightAgent
