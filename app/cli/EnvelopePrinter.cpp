#include "EnvelopePrinter.h"

#include "CtlContext.h"
#include "CtlOutput.h"
#include "net/ProxyRoute.h"
#include "provision/PayloadCatalog.h"
#include "provision/Recipients.h"
#include "provision/RequestEnvelope.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LightAgent::Ctl {

namespace {

// lupdate files the tr() calls of these free functions under the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::Ctl", text);
}

} // namespace

void printEnvelope(const RequestEnvelope &envelope, CtlContext &context)
{
    out(tr("%1 — this exact request will be sent:").arg(displayName(envelope.kind())));
    if (auto profile = context.profile())
        //: %1 is the host that receives the request, with what it is
        out(tr("Received by: %1")
                .arg(Recipients::describe(*profile.value(), envelope.url(), envelope.kind())));
    out(QStringLiteral("----8<----"));
    out(QString::fromUtf8(envelope.wireBytes()));
    out(QStringLiteral("----8<----"));
    out(tr("SHA-256 of the body: %1").arg(envelope.sha256()));
    if (auto settings = context.networkSettings()) {
        const ProxyRoute::Preview route = ProxyRoute::preview(settings.value(), envelope);
        out(route.explanation());
        if (!route.connectRequest.isEmpty()) {
            out(QStringLiteral("----8<----"));
            out(QString::fromLatin1(route.connectRequest));
            out(QStringLiteral("----8<----"));
        }
    }
    out(QString());
    out(tr("What each field is:"));
    const auto rows = PayloadCatalog::rows(envelope.kind(), envelope.bodyObject());
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    for (const auto &[key, value] : rows) {
        out(QStringLiteral("  %1  %2").arg(key.leftJustified(width), value));
        out(QStringLiteral("  %1  (%2)")
                .arg(QString(width, QLatin1Char(' ')),
                     PayloadCatalog::vendorWording(envelope.kind(), key)));
    }
}

QJsonObject envelopeToJson(const RequestEnvelope &envelope)
{
    QJsonArray headers;
    for (const auto &[name, value] : envelope.headers())
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QJsonObject {{QStringLiteral("kind"), toWireName(envelope.kind())},
                        {QStringLiteral("method"), QString::fromLatin1(envelope.method())},
                        {QStringLiteral("url"), envelope.url().toString(QUrl::FullyEncoded)},
                        {QStringLiteral("headers"), headers},
                        {QStringLiteral("body"), QString::fromUtf8(envelope.body())},
                        {QStringLiteral("sha256"), envelope.sha256()}};
}

} // namespace LightAgent::Ctl
