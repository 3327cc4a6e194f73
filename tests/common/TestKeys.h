// Test material: key files signed on the fly with the demo vendor's private key,
// so tests can make any license document, good or hostile.
#pragma once

#include "core/VendorProfile.h"
#include "license/StoredKey.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace LightAgent::Test {

QString sourcePath(const QString &relative); // a path in the source tree
QString binaryPath(const QString &relative); // a path in the build tree
QString demoKeyPath(const QString &name); // resources/demo/keys/NAME

const VendorProfile &demoProfile();

// The demo material for the day a test runs on. The key files in resources/demo/keys
// carry fixed dates; on demoKeysDay() the commercial, reserve, server, subscription and
// trial keys are in force and expired.key has expired. demoKeyForToday(NAME) is the key
// NAME with its dates (validFrom, expires, issued) moved by whole days so that today
// stands to them as demoKeysDay() stands to the file's, re-signed with the demo signing
// key: the same serial and terms whatever the date. demoDateForToday() moves a date the
// same way, for what a test expects. The reference service's codes get the same move
// (demoCodesForToday(): a code's fixed last day).
QDate demoKeysDay();
QDate utcToday();
QDate demoDateForToday(const QDate &date);
QByteArray demoKeyFileForToday(const QString &name);
QString demoKeyForToday(const QString &name); // a file that lives as long as the test program
QJsonObject demoCodesForToday();

// A valid commercial license document for the demo product; override fields freely.
QJsonObject licenseDocument(const QJsonObject &overrides = {});
QByteArray canonical(const QJsonObject &object);

// Signs exactly `licenseBytes` with the demo signing key and wraps it as a key file.
QByteArray keyFileFromBytes(const QByteArray &licenseBytes,
                            const QString &signer = QStringLiteral("demo-2026"));
QByteArray keyFile(const QJsonObject &overrides = {});
// A QJsonObject cannot hold an "undefined" override, so leaving fields out has its own call.
QByteArray keyFileWithout(const QStringList &fields, const QJsonObject &overrides = {});

// A verified key as the key store holds it (added from a file at a fixed moment);
// aborts the test run when the material does not verify, which is a test bug.
StoredKey storedKey(const QJsonObject &overrides = {});
StoredKey storedKeyFromFile(const QString &path);

} // namespace LightAgent::Test
