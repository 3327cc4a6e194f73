#include "UpdateFlow.h"

#include "BundleStore.h"
#include "DataProvisionAgreement.h"
#include "JournaledExchange.h"
#include "ServiceAnswer.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/KeyStore.h"
#include "license/LicenseState.h"
#include "net/HttpResponseParser.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::UpdateFlow", text);
}

// Why the license level does not allow updates, in the administrator's terms.
Error levelError(const LicenseState &state)
{
    QString why;
    switch (state.status()) {
    case LicenseStatus::Expired:
        why = tr("Database updates need a valid license; the license has expired.");
        break;
    case LicenseStatus::Blocked:
        why = tr("Database updates need a valid license; the license key was blocked by the "
                 "vendor more than %1 days ago.")
                  .arg(LicenseState::BlockedFullFunctionDays);
        break;
    default:
        why = tr("Database updates need a valid license; the solution is not activated.");
        break;
    }
    return Error::make(ErrorCode::Refused, QStringLiteral("license-level"),
                       why + QLatin1Char(' ') + tr("Nothing was sent."));
}

} // namespace

UpdateFlow::UpdateFlow(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                       const NetworkSettings &settings, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(std::move(database))
    , m_exchange(new JournaledExchange(profile, m_database, settings, this))
{
    connect(m_exchange, &JournaledExchange::progress, this, &UpdateFlow::progress);
    connect(m_exchange, &JournaledExchange::answered, this, &UpdateFlow::onAnswered);
    connect(m_exchange, &JournaledExchange::failed, this,
            [this](const Error &error) { fail(error, true); });
}

UpdateFlow::~UpdateFlow() = default;

Result<RequestEnvelope> UpdateFlow::prepare(const RequestSources &sources)
{
    auto keys = KeyStore(sources.database, sources.profile).effective(sources.clock.today());
    if (!keys)
        return keys.error();
    const auto &active = keys.value().active;
    return RequestBuilder::databaseUpdate(sources, active ? active->license().serial : QString());
}

Status UpdateFlow::permitted(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                             QDate today)
{
    if (Status s = DataProvisionAgreement(database).require(TransmissionKind::DatabaseUpdate); !s)
        return s;
    auto keys = KeyStore(database, profile).load();
    if (!keys)
        return keys.error();
    const LicenseState state = LicenseState::evaluate(keys.value(), today);
    if (state.functionality() == Functionality::Full)
        return {};
    return levelError(state);
}

bool UpdateFlow::isRunning() const
{
    return m_exchange->isRunning();
}

void UpdateFlow::start(const RequestEnvelope &envelope)
{
    m_envelope = envelope;
    m_result.reset();
    if (Status s = permitted(m_profile, m_database, Clock::instance().today()); !s) {
        fail(s.error(), false);
        return;
    }
    if (Status s = m_exchange->start(envelope); !s)
        fail(s.error(), false);
}

void UpdateFlow::cancel()
{
    m_exchange->cancel();
}

void UpdateFlow::onAnswered(const HttpResponse &response)
{
    // The bundle and the journal's "sent" entry are one change: a crash between the two
    // must not leave databases that the journal does not show as received.
    std::optional<UpdateResult> accepted;
    const Status stored = m_exchange->commit(response.status, [&]() -> Result<QString> {
        auto result = accept(response);
        if (!result)
            return result.error();
        accepted = result.value();
        return result.value().receivedSha256;
    });
    if (!stored)
        fail(stored.error(), true);
    else
        complete(*accepted);
}

Result<UpdateResult> UpdateFlow::accept(const HttpResponse &response)
{
    auto answer = ServiceAnswer::update(response, m_profile);
    if (!answer)
        return answer.error();
    BundleStore store(m_database, m_profile);
    auto before = store.current();
    auto installed = store.install(answer.value().bundle, run());
    if (!installed)
        return installed.error();
    UpdateResult result;
    result.envelope = m_envelope;
    result.journalSeq = m_exchange->journalSeq();
    result.bundle = answer.value().bundle;
    result.installed = installed.value();
    if (before && before.value())
        result.previousVersion = before.value()->bundle.version();
    result.receivedSha256 = answer.value().receivedSha256;
    if (!result.receivedSha256.isEmpty() && !m_envelope.isNull())
        result.digestMatched = result.receivedSha256 == m_envelope.sha256();
    return result;
}

UpdateRun UpdateFlow::run() const
{
    UpdateRun run;
    run.at = Clock::instance().now();
    run.journalSeq = m_exchange->journalSeq();
    return run;
}

void UpdateFlow::fail(const Error &error, bool sent)
{
    UpdateRun failed = run();
    failed.result = !sent && error.code == ErrorCode::Refused ? UpdateRunResult::Refused
                                                              : UpdateRunResult::Failed;
    failed.reason = error.reason;
    failed.message = error.message;
    if (Status s = BundleStore(m_database, m_profile).recordRun(failed); !s)
        qWarning("The update run could not be recorded: %s", qPrintable(s.error().message));
    complete(error);
}

void UpdateFlow::complete(const Result<UpdateResult> &result)
{
    m_result = result;
    emit finished();
}

Result<UpdateResult> UpdateFlow::runAndWait(const VendorProfile &profile,
                                            std::shared_ptr<StateDatabase> database,
                                            const NetworkSettings &settings,
                                            const RequestEnvelope &envelope)
{
    UpdateFlow flow(profile, std::move(database), settings);
    QEventLoop loop;
    connect(&flow, &UpdateFlow::finished, &loop, &QEventLoop::quit);
    flow.start(envelope);
    if (!flow.result())
        loop.exec();
    return *flow.result();
}

} // namespace LightAgent
