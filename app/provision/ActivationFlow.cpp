#include "ActivationFlow.h"

#include "ConsentStore.h"
#include "JournaledExchange.h"
#include "ServiceAnswer.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/KeyStore.h"
#include "net/HttpResponseParser.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace LightAgent {

ActivationFlow::ActivationFlow(const VendorProfile &profile,
                               std::shared_ptr<StateDatabase> database,
                               const NetworkSettings &settings, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(database)
    , m_exchange(new JournaledExchange(profile, std::move(database), settings, this))
{
    connect(m_exchange, &JournaledExchange::progress, this, &ActivationFlow::progress);
    connect(m_exchange, &JournaledExchange::answered, this, &ActivationFlow::onAnswered);
    connect(m_exchange, &JournaledExchange::failed, this,
            [this](const Error &error) { complete(error); });
}

ActivationFlow::~ActivationFlow() = default;

bool ActivationFlow::isRunning() const
{
    return m_exchange->isRunning();
}

void ActivationFlow::start(const RequestEnvelope &envelope, const ActivationCode &code,
                           KeySlot slot, bool timeLossConfirmed)
{
    m_envelope = envelope;
    m_code = code;
    m_slot = slot;
    m_timeLossConfirmed = timeLossConfirmed;
    m_result.reset();
    const QDateTime now = Clock::instance().now();
    // The consent and the request's journal entry are one change.
    const auto consent = [&] {
        return ConsentStore(m_database).grant(ConsentKind::CodeActivation, now, envelope.sha256());
    };
    if (Status s = m_exchange->start(envelope, consent); !s)
        complete(s.error());
}

void ActivationFlow::cancel()
{
    m_exchange->cancel();
}

void ActivationFlow::onAnswered(const HttpResponse &response)
{
    // The new key and the journal's "sent" entry are one change.
    std::optional<ActivationResult> applied;
    const Status stored = m_exchange->commit(response.status, [&]() -> Result<QString> {
        auto result = apply(response);
        if (!result)
            return result.error();
        applied = result.value();
        return result.value().receivedSha256;
    });
    if (!stored)
        complete(stored.error());
    else
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
    const QDate today = Clock::instance().today();
    ActivationResult result;
    result.envelope = m_envelope;
    result.journalSeq = m_exchange->journalSeq();
    result.slot = m_slot;
    result.receivedSha256 = answer.value().receivedSha256;
    if (!result.receivedSha256.isEmpty())
        result.digestMatched = result.receivedSha256 == m_envelope.sha256();
    KeyStore keys(m_database, m_profile);
    auto change = keys.add(key, m_slot, today, m_timeLossConfirmed);
    if (change) {
        result.change = change.value();
        return result;
    }
    if (change.error().code != ErrorCode::Refused)
        return change.error();
    // Refused by the rules or awaiting confirmation: the key is kept, the keys stay.
    ReceivedKeyStore receivedKeys(m_database, m_profile);
    auto kept = receivedKeys.keep(key, m_slot, change.error().reason, result.journalSeq);
    if (!kept)
        return kept.error();
    result.applied = false;
    result.notApplied = change.error();
    result.received =
        ReceivedKey {kept.value(), key, m_slot, change.error().reason, result.journalSeq};
    if (auto planned = keys.plan(key, m_slot, today))
        result.pendingChange = planned.value();
    return result;
}

void ActivationFlow::complete(const Result<ActivationResult> &result)
{
    m_result = result;
    emit finished();
}

Result<ActivationResult>
ActivationFlow::runAndWait(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                           const NetworkSettings &settings, const RequestEnvelope &envelope,
                           const ActivationCode &code, KeySlot slot, bool timeLossConfirmed)
{
    ActivationFlow flow(profile, std::move(database), settings);
    QEventLoop loop;
    connect(&flow, &ActivationFlow::finished, &loop, &QEventLoop::quit);
    flow.start(envelope, code, slot, timeLossConfirmed);
    if (!flow.result())
        loop.exec();
    return *flow.result();
}

} // namespace LightAgent
