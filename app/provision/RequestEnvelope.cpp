#include "RequestEnvelope.h"

#include "core/Crypto.h"
#include "core/StrictJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace LightAgent {

struct RequestEnvelope::Data : QSharedData
{
    TransmissionKind kind = TransmissionKind::Activation;
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QJsonObject bodyObject;
    QString sha256;
    QByteArray maskedBody;
    QDateTime createdAt;
};

QString toWireName(TransmissionKind kind)
{
    switch (kind) {
    case TransmissionKind::Activation:
        return QStringLiteral("activation");
    case TransmissionKind::LicenseCheck:
        return QStringLiteral("license-check");
    case TransmissionKind::DatabaseUpdate:
        return QStringLiteral("database-update");
    case TransmissionKind::HelpLink:
        return QStringLiteral("help-link");
    }
    return {};
}

QString displayName(TransmissionKind kind)
{
    switch (kind) {
    case TransmissionKind::Activation:
        return QCoreApplication::translate("LightAgent::RequestEnvelope", "Activation with a code");
    case TransmissionKind::LicenseCheck:
        return QCoreApplication::translate("LightAgent::RequestEnvelope", "Periodic license check");
    case TransmissionKind::DatabaseUpdate:
        return QCoreApplication::translate("LightAgent::RequestEnvelope", "Database update");
    case TransmissionKind::HelpLink:
        return QCoreApplication::translate("LightAgent::RequestEnvelope", "Followed help link");
    }
    return {};
}

RequestEnvelope::RequestEnvelope() = default;
RequestEnvelope::~RequestEnvelope() = default;
RequestEnvelope::RequestEnvelope(const RequestEnvelope &other) = default;
RequestEnvelope &RequestEnvelope::operator=(const RequestEnvelope &other) = default;

QString RequestEnvelope::maskSecret(const QString &value)
{
    // Keep the last group (after the last dash) so the administrator can tell
    // codes apart; everything else becomes '*'.
    const qsizetype lastDash = value.lastIndexOf(QLatin1Char('-'));
    const qsizetype keep = lastDash >= 0 ? lastDash : qMax<qsizetype>(0, value.size() - 5);
    QString masked = value;
    for (qsizetype i = 0; i < keep; ++i) {
        if (masked.at(i) != QLatin1Char('-'))
            masked[i] = QLatin1Char('*');
    }
    return masked;
}

RequestEnvelope RequestEnvelope::postJson(TransmissionKind kind, const QUrl &url,
                                          const QJsonObject &body, const QStringList &secretFields)
{
    auto *data = new Data;
    data->kind = kind;
    data->method = QByteArrayLiteral("POST");
    data->url = url;
    data->headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                     {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                     {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("LightAgentConsole")}};
    data->body = StrictJson::canonical(body);
    data->bodyObject = body;
    data->sha256 = Crypto::sha256Hex(data->body);
    QJsonObject masked = body;
    for (const QString &field : secretFields) {
        if (masked.contains(field))
            masked.insert(field, maskSecret(masked.value(field).toString()));
    }
    data->maskedBody = secretFields.isEmpty() ? data->body : StrictJson::canonical(masked);
    data->createdAt = QDateTime::currentDateTimeUtc();
    RequestEnvelope envelope;
    envelope.d = data;
    return envelope;
}

RequestEnvelope RequestEnvelope::openLink(TransmissionKind kind, const QUrl &url)
{
    auto *data = new Data;
    data->kind = kind;
    data->method = QByteArrayLiteral("GET");
    data->url = url;
    data->sha256 = Crypto::sha256Hex(QByteArray());
    data->createdAt = QDateTime::currentDateTimeUtc();
    RequestEnvelope envelope;
    envelope.d = data;
    return envelope;
}

bool RequestEnvelope::isNull() const
{
    return !d;
}
TransmissionKind RequestEnvelope::kind() const
{
    return d->kind;
}
QByteArray RequestEnvelope::method() const
{
    return d->method;
}
QUrl RequestEnvelope::url() const
{
    return d->url;
}
HeaderList RequestEnvelope::headers() const
{
    return d->headers;
}
QByteArray RequestEnvelope::body() const
{
    return d->body;
}
QJsonObject RequestEnvelope::bodyObject() const
{
    return d->bodyObject;
}
QString RequestEnvelope::sha256() const
{
    return d->sha256;
}
QByteArray RequestEnvelope::maskedBody() const
{
    return d->maskedBody;
}
QDateTime RequestEnvelope::createdAt() const
{
    return d->createdAt;
}

QByteArray RequestEnvelope::wireBytes() const
{
    QByteArray path = d->url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = QByteArrayLiteral("/");
    if (d->url.hasQuery())
        path += '?' + d->url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = d->url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (d->url.port() != -1 && d->url.port() != 443)
        host += ':' + QByteArray::number(d->url.port());

    QByteArray out = d->method + ' ' + path + " HTTP/1.1\r\n";
    out += "Host: " + host + "\r\n";
    for (const auto &[name, value] : d->headers)
        out += name + ": " + value + "\r\n";
    if (d->method != "GET")
        out += "Content-Length: " + QByteArray::number(d->body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += d->body;
    return out;
}

} // namespace LightAgent
