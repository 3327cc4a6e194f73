// A key as the key store holds it: the verified key file and where it came from.
#pragma once

#include "KeyFile.h"

#include <QDateTime>

#include <optional>

namespace LightAgent {

enum class KeySlot { Active, Reserve };
enum class KeySource { File, Code };

QString toWireName(KeySlot slot);
QString toWireName(KeySource source);

struct StoredKey
{
    KeyFile keyFile;
    KeySource source = KeySource::File;
    QDateTime addedAt;
    QString codeMasked; // the activation code it came from, all but the last group masked
    QString activationCode; // the whole code, kept only for the periodic check (§3.2)
    QDateTime blockedSince; // set when the periodic check said "blocked"
    QDateTime expiredSince; // set when the periodic check said "expired"
    qint64 recheckAfterSeconds = 0;

    const License &license() const { return keyFile.license(); }

    // A key imported from a key file now.
    static StoredKey fromFile(const KeyFile &file, const QDateTime &now)
    {
        StoredKey key;
        key.keyFile = file;
        key.source = KeySource::File;
        key.addedAt = now;
        return key;
    }
};

struct StoredKeys
{
    std::optional<StoredKey> active;
    std::optional<StoredKey> reserve;
};

} // namespace LightAgent
