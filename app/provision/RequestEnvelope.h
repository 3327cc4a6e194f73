// A transmission, frozen: method, full URL, the headers the product sets, and the
// exact body bytes. The preview shows these bytes, the sender writes these bytes,
// the journal records these bytes; nothing re-collects or re-serializes them.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSharedData>
#include <QStringList>
#include <QUrl>

namespace LightAgent {

enum class TransmissionKind { Activation, LicenseCheck, DatabaseUpdate, HelpLink };

QString toWireName(TransmissionKind kind);
QString displayName(TransmissionKind kind);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class RequestEnvelope
{
public:
    RequestEnvelope();
    ~RequestEnvelope();
    RequestEnvelope(const RequestEnvelope &other);
    RequestEnvelope &operator=(const RequestEnvelope &other);

    // A POST of a JSON object: the body is its canonical bytes (DESIGN §3.0).
    // `secretFields` are masked (all but the last group) wherever the body is stored.
    static RequestEnvelope postJson(TransmissionKind kind, const QUrl &url, const QJsonObject &body,
                                    const QStringList &secretFields = {});
    // A link opened in the browser: the data travels in the URL's query.
    static RequestEnvelope openLink(TransmissionKind kind, const QUrl &url);

    bool isNull() const;
    TransmissionKind kind() const;
    QByteArray method() const;
    QUrl url() const;
    HeaderList headers() const; // set by the product; the transport adds only Host,
                                // Content-Length and Connection
    QByteArray body() const;
    QJsonObject bodyObject() const; // the parsed body, for tables
    QString sha256() const; // of body(), lower-case hex
    QByteArray maskedBody() const; // body() with the secret fields masked
    QDateTime createdAt() const;

    // The complete HTTP/1.1 request exactly as the transport writes it.
    QByteArray wireBytes() const;

    static QString maskSecret(const QString &value);

private:
    struct Data;
    QExplicitlySharedDataPointer<const Data> d;
};

} // namespace LightAgent
