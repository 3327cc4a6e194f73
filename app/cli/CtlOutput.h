// How lightagent-ctl speaks: human text on stdout, errors on stderr, JSON when asked.
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace LightAgent::Ctl {

void out(const QString &text); // a line on stdout
void err(const QString &text); // a line on stderr
void outJson(const QJsonObject &object);
// Reports the error (as JSON on stdout when json is set) and returns its exit code.
int fail(const Error &error, bool json);
// Reads one answer line from stdin: whether it is "y" or "yes". Every question reads
// through one stream, so that answers piped in together each reach their own question.
bool readYes();

} // namespace LightAgent::Ctl
