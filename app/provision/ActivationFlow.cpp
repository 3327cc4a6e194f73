#include "ActivationFlow.h"

#include "ConsentStore.h"
#include "ServiceAnswer.h"
#include "TransmissionJournal.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/KeyStore.h"
#include "net/HttpsClient.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace LightAgent {

ActivationFlow::ActivationFlow(const VendorProfile &profile,
                               std::shared_ptr<StateDatabase> database,
                               const NetworkSettings &settings, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(std::move(database))
    , m_client(new HttpsClient(profile, settings, this))
{
    connect(m_client, &HttpsClient::progress, this, &ActivationFlow::progress);
    connect(m_client, &HttpsClient::finished, this, &ActivationFlow::onSent);
}

ActivationFlow::~ActivationFlow() = default;

bool ActivationFlow::isRunning() const
{
    return m_client->isRunning();
}

void ActivationFlow::start(const RequestEnvelope &envelope, const ActivationCode &code)
{
    m_envelope = envelope;
    m_code = code;
    m_result.reset();
    const QDateTime now = Clock::instance().now();
    if (Status s =
            ConsentStore(m_database).grant(ConsentKind::CodeActivation, now, envelope.sha256());
        !s) {
        complete(s.error());
        return;
    }
    // Journaled before a byte leaves: if the journal cannot record, nothing is sent.
    auto seq = TransmissionJournal(m_database).recordRequest(envelope);
    if (!seq) {
        complete(Error::make(seq.error().code, seq.error().reason,
                             tr("Nothing was sent, because the transmission journal could not "
                                "record it: %1")
                                 .arg(seq.error().message)));
        return;
    }
    m_journalSeq = seq.value();
    m_client->send(envelope);
}

void ActivationFlow::cancel()
{
    m_client->cancel();
}

void ActivationFlow::onSent()
{
    TransmissionJournal journal(m_database);
    const Result<HttpResponse> &sent = *m_client->result();
    if (!sent) {
        const Error &error = sent.error();
        (void)journal.recordResult(m_journalSeq,
                                   error.code == ErrorCode::Cancelled
                                       ? TransmissionOutcome::cancelled()
                                       : TransmissionOutcome::failed(error));
        complete(error);
        return;
    }
    const HttpResponse &response = sent.value();
    // The key and the journal's "sent" entry are one change: a crash between the two
    // must not leave a key that the journal does not show as received.
    std::optional<Result<ActivationResult>> applied;
    const Status stored = m_database->write([&]() -> Status {
        applied = apply(response);
        if (!*applied)
            return applied->error();
        return journal.recordResult(
            m_journalSeq,
            TransmissionOutcome::sent(response.status, applied->value().receivedSha256));
    });
    if (!stored) {
        // The answer arrived; what was wrong with it is journaled with it.
        (void)journal.recordResult(m_journalSeq,
                                   TransmissionOutcome::failed(stored.error(), response.status));
        complete(stored.error());
        return;
    }
    complete(*applied);
}

Result<ActivationResult> ActivationFlow::apply(const HttpResponse &response)
{
    auto answer = ServiceAnswer::activation(response, m_profile);
    if (!answer)
        return answer.error();
    StoredKey key = StoredKey::fromFile(answer.value().key, Clock::instance().now());
    key.source = KeySource::Code;
    key.codeMasked = m_code->masked();
    key.activationCode = m_code->text();
    key.recheckAfterSeconds = answer.value().recheckAfterSeconds;
    auto change =
        KeyStore(m_database, m_profile).add(key, KeySlot::Active, Clock::instance().today());
    if (!change)
        return change.error();
    ActivationResult result;
    result.envelope = m_envelope;
    result.journalSeq = m_journalSeq;
    result.change = change.value();
    result.receivedSha256 = answer.value().receivedSha256;
    if (!result.receivedSha256.isEmpty())
        result.digestMatched = result.receivedSha256 == m_envelope.sha256();
    return result;
}

void ActivationFlow::complete(const Result<ActivationResult> &result)
{
    m_result = result;
    emit finished();
}

Result<ActivationResult> ActivationFlow::runAndWait(const VendorProfile &profile,
                                                    std::shared_ptr<StateDatabase> database,
                                                    const NetworkSettings &settings,
                                                    const RequestEnvelope &envelope,
                                                    const ActivationCode &code)
{
    ActivationFlow flow(profile, std::move(database), settings);
    QEventLoop loop;
    connect(&flow, &ActivationFlow::finished, &loop, &QEventLoop::quit);
    flow.start(envelope, code);
    if (!flow.result())
        loop.exec();
    return *flow.result();
}

Status ActivationFlow::recordDeclined(std::shared_ptr<StateDatabase> database,
                                      const RequestEnvelope &envelope)
{
    TransmissionJournal journal(std::move(database));
    auto seq = journal.recordRequest(envelope);
    if (!seq)
        return seq.error();
    return journal.recordResult(seq.value(), TransmissionOutcome::declined());
}

} // namespace LightAgent
