#include "LicenseCheckFlow.h"

#include "LicenseCheckStatus.h"
#include "TransmissionJournal.h"
#include "WireNames.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/ActivationCode.h"
#include "license/CheckScheduleStore.h"
#include "license/KeyStore.h"
#include "net/HttpsClient.h"

#include <QEventLoop>

namespace LightAgent {

namespace {

CheckVerdict verdictOf(CheckAnswer::Status status)
{
    switch (status) {
    case CheckAnswer::Status::Active:
        return CheckVerdict::Active;
    case CheckAnswer::Status::Blocked:
        return CheckVerdict::Blocked;
    case CheckAnswer::Status::Expired:
        return CheckVerdict::Expired;
    }
    return CheckVerdict::Active;
}

QString wireName(CheckAnswer::Status status)
{
    switch (status) {
    case CheckAnswer::Status::Active:
        return QString(Wire::CheckStatus::Active);
    case CheckAnswer::Status::Blocked:
        return QString(Wire::CheckStatus::Blocked);
    case CheckAnswer::Status::Expired:
        return QString(Wire::CheckStatus::Expired);
    }
    return {};
}

// The store's view of the check, when the key may be checked at all.
Result<LicenseCheckStatus> eligibleStatus(const RequestSources &sources)
{
    auto status =
        LicenseCheckStatus::load(sources.profile, sources.database, sources.clock.today());
    if (!status)
        return status.error();
    const CheckPlan &plan = status.value().plan;
    if (!plan.eligible())
        return Error::make(ErrorCode::Refused, plan.reason(), plan.explanation());
    return status;
}

Result<RequestEnvelope> envelopeFor(const RequestSources &sources, const LicenseCheckStatus &status)
{
    auto code = ActivationCode::parse(status.active->activationCode);
    if (!code)
        return code.error();
    return RequestBuilder::licenseCheck(sources, code.value());
}

} // namespace

LicenseCheckFlow::LicenseCheckFlow(const VendorProfile &profile,
                                   std::shared_ptr<StateDatabase> database,
                                   const NetworkSettings &settings, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(std::move(database))
    , m_client(new HttpsClient(profile, settings, this))
{
    connect(m_client, &HttpsClient::progress, this, &LicenseCheckFlow::progress);
    connect(m_client, &HttpsClient::finished, this, &LicenseCheckFlow::onSent);
}

LicenseCheckFlow::~LicenseCheckFlow() = default;

Result<RequestEnvelope> LicenseCheckFlow::prepare(const RequestSources &sources)
{
    auto status = eligibleStatus(sources);
    if (!status)
        return status.error();
    return envelopeFor(sources, status.value());
}

bool LicenseCheckFlow::isRunning() const
{
    return m_client->isRunning();
}

void LicenseCheckFlow::start(const QString &localization)
{
    m_result.reset();
    m_journalSeq = 0;
    const RequestSources sources {m_profile, m_database, localization, Clock::instance()};
    auto status = eligibleStatus(sources);
    if (!status) {
        complete(status.error()); // nothing was sent; the schedule stays as it is
        return;
    }
    m_keySha256 = status.value().plan.keySha256;
    // From here a failure counts as a failed attempt, so the back-off spaces out
    // whatever keeps it from working.
    auto envelope = envelopeFor(sources, status.value());
    if (!envelope) {
        fail(envelope.error());
        return;
    }
    m_envelope = envelope.value();
    // Journaled before a byte leaves: if the journal cannot record, nothing is sent.
    auto seq = TransmissionJournal(m_database).recordRequest(m_envelope);
    if (!seq) {
        fail(Error::make(seq.error().code, seq.error().reason,
                         tr("Nothing was sent, because the transmission journal could not "
                            "record it: %1")
                             .arg(seq.error().message)));
        return;
    }
    m_journalSeq = seq.value();
    m_client->send(m_envelope);
}

void LicenseCheckFlow::cancel()
{
    m_client->cancel();
}

void LicenseCheckFlow::onSent()
{
    TransmissionJournal journal(m_database);
    const Result<HttpResponse> &sent = *m_client->result();
    if (!sent) {
        const Error &error = sent.error();
        const bool cancelled = error.code == ErrorCode::Cancelled;
        (void)journal.recordResult(m_journalSeq,
                                   cancelled ? TransmissionOutcome::cancelled()
                                             : TransmissionOutcome::failed(error));
        // Cancelling is the administrator's choice, not the service's failure.
        if (cancelled)
            complete(error);
        else
            fail(error);
        return;
    }
    // The verdict, the next check's schedule and the journal's "sent" entry are one
    // change, all-or-nothing even when the process is killed half-way.
    std::optional<Result<LicenseCheckResult>> accepted;
    const Status stored = m_database->write([&]() -> Status {
        accepted = accept(sent.value(), m_keySha256);
        if (!*accepted)
            return accepted->error();
        return journal.recordResult(
            m_journalSeq,
            TransmissionOutcome::sent(sent.value().status,
                                      accepted->value().answer.receivedSha256));
    });
    if (!stored) {
        (void)journal.recordResult(
            m_journalSeq, TransmissionOutcome::failed(stored.error(), sent.value().status));
        fail(stored.error());
        return;
    }
    complete(*accepted);
}

Result<LicenseCheckResult> LicenseCheckFlow::accept(const HttpResponse &response,
                                                    const QString &keySha256)
{
    auto answer = ServiceAnswer::check(response);
    if (!answer)
        return answer.error();
    const QDateTime now = Clock::instance().now();
    const CheckAnswer &a = answer.value();
    auto recorded = KeyStore(m_database, m_profile)
                        .recordVerdict(keySha256, verdictOf(a.status), a.recheckAfterSeconds, now);
    if (!recorded)
        return recorded.error();
    if (Status s =
            CheckScheduleStore(m_database)
                .save(LicenseCheckScheduler::afterSuccess(keySha256, now, wireName(a.status)));
        !s)
        return s.error();
    LicenseCheckResult result;
    result.envelope = m_envelope;
    result.journalSeq = m_journalSeq;
    result.answer = a;
    if (!a.receivedSha256.isEmpty() && !m_envelope.isNull())
        result.digestMatched = a.receivedSha256 == m_envelope.sha256();
    auto status = LicenseCheckStatus::load(m_profile, m_database, now.date());
    if (status)
        result.next = status.value().plan;
    return result;
}

void LicenseCheckFlow::fail(const Error &error)
{
    CheckScheduleStore store(m_database);
    auto before = store.load();
    const CheckSchedule after =
        LicenseCheckScheduler::afterFailure(before ? before.value() : CheckSchedule(), m_keySha256,
                                            Clock::instance().now(), error.reason, error.message);
    if (Status s = store.save(after); !s)
        qWarning("The license check schedule could not be saved: %s",
                 qPrintable(s.error().message));
    complete(error);
}

void LicenseCheckFlow::complete(const Result<LicenseCheckResult> &result)
{
    m_result = result;
    emit finished();
}

Result<LicenseCheckResult> LicenseCheckFlow::runAndWait(const VendorProfile &profile,
                                                        std::shared_ptr<StateDatabase> database,
                                                        const NetworkSettings &settings,
                                                        const QString &localization)
{
    LicenseCheckFlow flow(profile, std::move(database), settings);
    QEventLoop loop;
    connect(&flow, &LicenseCheckFlow::finished, &loop, &QEventLoop::quit);
    flow.start(localization);
    if (!flow.result())
        loop.exec();
    return *flow.result();
}

} // namespace LightAgent
