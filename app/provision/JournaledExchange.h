// One transmission as every flow makes it: journaled before a byte leaves, sent as
// the envelope's exact bytes, and its outcome journaled — in the same transaction as
// whatever the answer changes, so a crash never leaves a change the journal hides.
#pragma once

#include "RequestEnvelope.h"
#include "core/Result.h"
#include "net/NetworkSettings.h"

#include <QObject>

#include <functional>
#include <memory>

namespace LightAgent {

class HttpsClient;
class StateDatabase;
class VendorProfile;
struct HttpResponse;

class JournaledExchange : public QObject
{
    Q_OBJECT

public:
    JournaledExchange(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                      const NetworkSettings &settings, QObject *parent = nullptr);
    ~JournaledExchange() override;

    // Journals the envelope, then starts sending it. On an error nothing was sent.
    // `alongside` (the consent the request goes under, say) is written in the same
    // transaction as the journal entry: both are kept, or neither and nothing is sent.
    Status start(const RequestEnvelope &envelope,
                 const std::function<Status()> &alongside = nullptr);
    void cancel();
    bool isRunning() const;
    qint64 journalSeq() const { return m_journalSeq; }
    const RequestEnvelope &envelope() const { return m_envelope; }

    // After answered(): runs `apply` (which returns the digest the service says it
    // received) and journals the transmission as sent, all in one transaction; if
    // `apply` fails, journals the failure and returns it.
    Status commit(int httpStatus, const std::function<Result<QString>()> &apply);

signals:
    void progress(const QString &stage);
    void answered(const LightAgent::HttpResponse &response);
    // The exchange failed or was cancelled before an answer; already journaled.
    void failed(const LightAgent::Error &error);

private:
    void onSent();

    std::shared_ptr<StateDatabase> m_database;
    HttpsClient *m_client = nullptr;
    RequestEnvelope m_envelope;
    qint64 m_journalSeq = 0;
};

} // namespace LightAgent
