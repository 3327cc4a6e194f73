// Test material: key files signed on the fly with the demo vendor's private key,
// so tests can make any license document, good or hostile.
#pragma once

#include "core/VendorProfile.h"
#include "license/StoredKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace LightAgent::Test {

QString sourcePath(const QString &relative); // a path in the source tree
QString binaryPath(const QString &relative); // a path in the build tree
QString demoKeyPath(const QString &name); // resources/demo/keys/NAME

const VendorProfile &demoProfile();

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
