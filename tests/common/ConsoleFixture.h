// What a console GUI test starts from: the English interface, a new temporary data
// directory, its state database, and a console session on the demo profile.
#pragma once

#include "ConsoleSession.h"
#include "common/TestKeys.h"
#include "core/StateDatabase.h"
#include "help/LanguageLoader.h"

#include <QTemporaryDir>

#include <memory>

namespace LightAgent::Test {

struct ConsoleFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<StateDatabase> database;
    std::unique_ptr<ConsoleSession> session;

    // Empty when the session is open, else why it is not.
    QString open()
    {
        LanguageLoader::install(QStringLiteral("en-US"));
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return QStringLiteral("no temporary directory");
        auto opened = StateDatabase::open(dir->path());
        if (!opened)
            return opened.error().message;
        database = opened.value();
        session = std::make_unique<ConsoleSession>(demoProfile(), database);
        return {};
    }

    // The session, its database and its directory gone; English again.
    void close()
    {
        session.reset();
        database.reset();
        dir.reset();
        LanguageLoader::install(QStringLiteral("en-US"));
    }
};

} // namespace LightAgent::Test
