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
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <future>
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

    // Starts working out, on another thread, the TLS configuration for `url` (the TLS
    // library, the profile's trust anchors). The next send() to `url` takes it instead
    // of working it out itself, and the caller goes on meanwhile (journaling the
    // request, say). Purely local: no connection is opened and the proxy is not asked
    // (that may touch the network, so send() does it, after the journal entry).
    void prepare(const QUrl &url);
    // Starts sending; finished() follows exactly once. One exchange at a time.
    void send(const RequestEnvelope &envelope);
    void cancel();
    bool isRunning() const { return m_socket != nullptr; }

    // The outcome of the last exchange: the answer (any HTTP status) or why there is none.
    const std::optional<Result<HttpResponse>> &result() const { return m_result; }

    // Loads the TLS library (Qt's TLS plugin, OpenSSL, its ciphers) once per process,
    // which the first send() does too: a thread may call it ahead, so that a send()
    // on another thread need not wait for it then. Local work: nothing is sent.
    static void loadTlsLibrary();

    // Sends and waits in a local event loop (the CLI).
    static Result<HttpResponse> sendAndWait(const VendorProfile &profile,
                                            const NetworkSettings &settings,
                                            const RequestEnvelope &envelope);

signals:
    void progress(const QString &stage); // "connecting", "sending", "waiting", "receiving"
    void finished();

private:
    struct Route // what connecting to `url` takes, worked out ahead
    {
        QUrl url;
        QSslConfiguration tls;
    };
    Route route(const QUrl &url) const;
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void complete(const Result<HttpResponse> &result);
    bool matchesPin() const;
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
    std::future<Route> m_prepared; // waited for by its destructor too
    bool m_encrypted = false;
};

} // namespace LightAgent
