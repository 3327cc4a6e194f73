// The only code in the core that opens a socket. It writes an envelope's exact
// bytes over TLS 1.2+ to the vendor's service and reads the answer within limits:
// https only, trust = system CAs + the profile's CAs, optional SPKI pins, connect
// and total timeouts, a size cap, no redirects, and a distinct error for each way
// the exchange can fail.
#pragma once

#include "HttpResponseParser.h"
#include "NetworkSettings.h"
#include "core/Result.h"
#include "provision/RequestEnvelope.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <optional>

#include <QSslSocket>

namespace LightAgent {

class VendorProfile;

class HttpsClient : public QObject
{
    Q_OBJECT

public:
    HttpsClient(const VendorProfile &profile, const NetworkSettings &settings,
                QObject *parent = nullptr);
    ~HttpsClient() override;

    // Starts sending; finished() follows exactly once. One exchange at a time.
    void send(const RequestEnvelope &envelope);
    void cancel();
    bool isRunning() const { return m_socket != nullptr; }

    // The outcome of the last exchange: the answer (any HTTP status) or why there is none.
    const std::optional<Result<HttpResponse>> &result() const { return m_result; }

    // Sends and waits in a local event loop (the CLI).
    static Result<HttpResponse> sendAndWait(const VendorProfile &profile,
                                            const NetworkSettings &settings,
                                            const RequestEnvelope &envelope);

signals:
    void progress(const QString &stage); // "connecting", "sending", "waiting", "receiving"
    void finished();

private:
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void complete(const Result<HttpResponse> &result);
    Error pinMismatch() const;

    const VendorProfile &m_profile;
    NetworkSettings m_settings;
    RequestEnvelope m_envelope;
    QPointer<QSslSocket> m_socket;
    std::optional<HttpResponseParser> m_parser;
    std::optional<Error> m_tlsError;
    std::optional<Result<HttpResponse>> m_result;
    QTimer m_connectTimer;
    QTimer m_totalTimer;
    bool m_encrypted = false;
};

} // namespace LightAgent
