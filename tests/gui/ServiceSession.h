// The console session the GUI tests that talk to the reference licensing service work
// on: a vendor profile written into DIR that sends to the service, and the state in
// DIR/data.
#pragma once

#include "ConsoleSession.h"
#include "common/ServiceProcess.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QtGlobal>

#include <memory>

namespace LightAgent::Test {

// nullptr, with the reason in the test log, when the profile or the store cannot be
// opened: the caller QVERIFYs it.
inline std::unique_ptr<ConsoleSession> serviceSession(const QTemporaryDir &dir,
                                                      const QUrl &serviceUrl)
{
    auto profile = VendorProfile::load(writeProfile(dir.path(), serviceUrl));
    if (!profile) {
        qWarning("%s", qPrintable(profile.error().message));
        return nullptr;
    }
    auto database = StateDatabase::open(dir.filePath(QStringLiteral("data")));
    if (!database) {
        qWarning("%s", qPrintable(database.error().message));
        return nullptr;
    }
    return std::make_unique<ConsoleSession>(profile.value(), database.value());
}

} // namespace LightAgent::Test
