// A database update run (DESIGN §3.3), asynchronous like ActivationFlow: the
// data-provision agreement and the license level are checked → the request is
// journaled → the envelope's bytes are sent → the bundle's signature is verified →
// the bundle is installed in one transaction → the result is journaled. Any failure
// keeps the installed databases as they were, and sends nothing when it comes
// before the sending.
#pragma once

#include "DatabaseBundle.h"
#include "RequestBuilder.h"
#include "RequestEnvelope.h"
#include "core/Result.h"
#include "net/NetworkSettings.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

namespace LightAgent {

class JournaledExchange;
class StateDatabase;
class VendorProfile;
struct HttpResponse;
struct UpdateRun;

struct UpdateResult
{
    RequestEnvelope envelope;
    qint64 journalSeq = 0;
    DatabaseBundle bundle; // the bundle now installed
    bool installed = false; // false: this version was installed already
    QString previousVersion; // empty when there was none
    QString receivedSha256;
    std::optional<bool> digestMatched; // unset when the service did not confirm a digest
};

class UpdateFlow : public QObject
{
    Q_OBJECT

public:
    UpdateFlow(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
               const NetworkSettings &settings, QObject *parent = nullptr);
    ~UpdateFlow() override;

    // The request an update would send now, with a new updateTaskId: always available
    // for a preview, whatever the agreement or the license say (it sends nothing).
    static Result<RequestEnvelope> prepare(const RequestSources &sources);
    // Whether an update may be sent now: reason "no-agreement" without the
    // data-provision agreement, "license-level" when the license does not allow it.
    static Status permitted(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                            QDate today);

    // Sends `envelope` (from prepare()) if permitted(); finished() follows exactly once.
    void start(const RequestEnvelope &envelope);
    void cancel();
    bool isRunning() const;
    const std::optional<Result<UpdateResult>> &result() const { return m_result; }

    // What the service's answer does to the store; public so that answers can be
    // tested without a network. A bundle that fails verification changes nothing.
    Result<UpdateResult> accept(const HttpResponse &response);

    // The CLI: start and wait in a local event loop.
    static Result<UpdateResult> runAndWait(const VendorProfile &profile,
                                           std::shared_ptr<StateDatabase> database,
                                           const NetworkSettings &settings,
                                           const RequestEnvelope &envelope);

signals:
    void progress(const QString &stage);
    void finished();

private:
    void onAnswered(const HttpResponse &response);
    void fail(const Error &error, bool sent);
    void complete(const Result<UpdateResult> &result);
    UpdateRun run() const;

    const VendorProfile &m_profile;
    std::shared_ptr<StateDatabase> m_database;
    JournaledExchange *m_exchange = nullptr;
    RequestEnvelope m_envelope;
    std::optional<Result<UpdateResult>> m_result;
};

} // namespace LightAgent
