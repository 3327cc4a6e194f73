// JSON as it arrives from outside: checked to be UTF-8, a single object, and free of
// duplicate keys (which QJsonDocument would silently collapse) before anyone reads it.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace LightAgent::StrictJson {

// reason tags: "empty", "not-utf8", "not-json", "not-object", "duplicate-key", "too-deep"
Result<QJsonObject> parseObject(const QByteArray &bytes);

bool isValidUtf8(const QByteArray &bytes);

// The canonical bytes of DESIGN §3.0: compact UTF-8 with sorted keys.
QByteArray canonical(const QJsonObject &object);

} // namespace LightAgent::StrictJson
