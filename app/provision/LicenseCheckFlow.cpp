#include "LicenseCheckFlow.h"

#include "JournaledExchange.h"
#include "LicenseCheckStatus.h"
#include "TransmissionJournal.h"
#include "WireNames.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/ActivationCode.h"
#include "license/CheckScheduleStore.h"
#include "license/KeyStore.h"
#include "net/HttpResponseParser.h"

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
    , m_exchange(new JournaledExchange(profile, m_database, settings, this))
{
    connect(m_exchange, &JournaledExchange::progress, this, &LicenseCheckFlow::progress);
    connect(m_exchange, &JournaledExchange::answered, this, &LicenseCheckFlow::onAnswered);
    connect(m_exchange, &JournaledExchange::failed, this, &LicenseCheckFlow::onFailed);
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
    return m_exchange->isRunning();
}

void LicenseCheckFlow::start(const QString &localization)
{
    m_result.reset();
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
    if (Status s = m_exchange->start(m_envelope); !s)
        fail(s.error());
}

void LicenseCheckFlow::cancel()
{
    m_exchange->cancel();
}

void LicenseCheckFlow::onFailed(const Error &error)
{
    // Cancelling is the administrator's choice, not the service's failure.
    if (error.code == ErrorCode::Cancelled)
        complete(error);
    else
        fail(error);
}

void LicenseCheckFlow::onAnswered(const HttpResponse &response)
{
    // The verdict, the next check's schedule and the journal's "sent" entry are one
    // change, all-or-nothing even when the process is killed half-way.
    std::optional<LicenseCheckResult> accepted;
    const Status stored = m_exchange->commit(response.status, [&]() -> Result<QString> {
        auto result = accept(response, m_keySha256);
        if (!result)
            return result.error();
        accepted = result.value();
        return result.value().answer.receivedSha256;
    });
    if (!stored)
        fail(stored.error());
    else
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
    result.journalSeq = m_exchange->journalSeq();
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
