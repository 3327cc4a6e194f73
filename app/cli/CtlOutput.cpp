#include "CtlOutput.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace LightAgent::Ctl {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

bool readYes()
{
    static QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

void out(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void err(const QString &text)
{
    write(stderr, text.toUtf8() + '\n');
}

void outJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int fail(const Error &error, bool json)
{
    if (json) {
        outJson(QJsonObject {{QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("reason"), error.reason},
                                           {QStringLiteral("message"), error.message},
                                           {QStringLiteral("exitCode"), exitCodeFor(error)}}}});
    }
    err(error.message);
    return exitCodeFor(error);
}

} // namespace LightAgent::Ctl
