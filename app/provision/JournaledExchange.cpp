#include "JournaledExchange.h"

#include "TransmissionJournal.h"
#include "core/StateDatabase.h"
#include "net/HttpsClient.h"

namespace LightAgent {

JournaledExchange::JournaledExchange(const VendorProfile &profile,
                                     std::shared_ptr<StateDatabase> database,
                                     const NetworkSettings &settings, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_client(new HttpsClient(profile, settings, this))
{
    connect(m_client, &HttpsClient::progress, this, &JournaledExchange::progress);
    connect(m_client, &HttpsClient::finished, this, &JournaledExchange::onSent);
}

JournaledExchange::~JournaledExchange() = default;

Status JournaledExchange::start(const RequestEnvelope &envelope,
                                const std::function<Status()> &alongside)
{
    m_envelope = envelope;
    m_journalSeq = 0;
    // The TLS configuration is worked out on another thread meanwhile; that connects
    // to nothing (the proxy is asked in send(), after the commit).
    m_client->prepare(envelope.url());
    // Journaled and committed before a byte leaves: if the journal cannot record,
    // nothing is sent. One transaction with `alongside`, so one sync of the log.
    bool alongsideFailed = false;
    qint64 seq = 0;
    const Status journaled = m_database->write([&]() -> Status {
        if (alongside) {
            if (Status s = alongside(); !s) {
                alongsideFailed = true;
                return s;
            }
        }
        auto recorded = TransmissionJournal(m_database).recordRequest(envelope);
        if (!recorded)
            return recorded.error();
        seq = recorded.value();
        return {};
    });
    if (!journaled && alongsideFailed)
        return journaled;
    if (!journaled)
        return Error::make(journaled.error().code, journaled.error().reason,
                           tr("Nothing was sent, because the transmission journal could not "
                              "record it: %1")
                               .arg(journaled.error().message));
    m_journalSeq = seq;
    m_client->send(envelope);
    return {};
}

void JournaledExchange::cancel()
{
    m_client->cancel();
}

bool JournaledExchange::isRunning() const
{
    return m_client->isRunning();
}

void JournaledExchange::onSent()
{
    const Result<HttpResponse> &sent = *m_client->result();
    if (sent) {
        emit answered(sent.value());
        return;
    }
    const Error &error = sent.error();
    (void)TransmissionJournal(m_database)
        .recordResult(m_journalSeq,
                      error.code == ErrorCode::Cancelled ? TransmissionOutcome::cancelled()
                                                         : TransmissionOutcome::failed(error));
    emit failed(error);
}

Status JournaledExchange::commit(int httpStatus, const std::function<Result<QString>()> &apply)
{
    TransmissionJournal journal(m_database);
    const Status stored = m_database->write([&]() -> Status {
        auto received = apply();
        if (!received)
            return received.error();
        return journal.recordResult(m_journalSeq,
                                    TransmissionOutcome::sent(httpStatus, received.value()));
    });
    if (!stored)
        (void)journal.recordResult(m_journalSeq,
                                   TransmissionOutcome::failed(stored.error(), httpStatus));
    return stored;
}

} // namespace LightAgent
