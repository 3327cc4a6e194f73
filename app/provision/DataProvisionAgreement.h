// The vendor's data-provision statement (vendor-statement-data-provision) and the
// administrator's agreement to it, with its time. The agreement covers database
// updates (DESIGN §3.3) and followed links (§3.4). Activation with a code is not
// covered: it is asked for each time, with the exact request shown. Without the
// agreement, neither an update nor a help link sends anything.
#pragma once

#include "ConsentStore.h"
#include "PayloadCatalog.h"
#include "RequestEnvelope.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace LightAgent {

class StateDatabase;
class VendorProfile;

// One part of the statement: a kind of transmission, when it happens, what it sends.
struct StatementSection
{
    TransmissionKind kind = TransmissionKind::DatabaseUpdate;
    QString title;
    QList<PayloadField> fields;
    bool coveredByAgreement = true;
    QString note; // what else to know about it; may be empty
};

class DataProvisionAgreement
{
public:
    static constexpr auto PresentedSetting = "dataProvision.presentedAt";

    explicit DataProvisionAgreement(std::shared_ptr<StateDatabase> database);

    // The statement in parts, for a dialog or the command line to lay out.
    static QString title();
    static QString introduction(const VendorProfile &profile);
    static QList<StatementSection> sections();
    // "Sent to: HOST (what it is); …": every host that receives this kind of data.
    static QString sentTo(const VendorProfile &profile, TransmissionKind kind);
    static QString closing(const VendorProfile &profile);
    static QString plainText(const VendorProfile &profile); // all of it, as text
    // Recorded with an acceptance, so it shows which wording was agreed to.
    static QString statementSha256(const VendorProfile &profile);

    Result<std::optional<ConsentRecord>> record() const;
    Result<bool> stands() const;
    Status accept(const VendorProfile &profile, const QDateTime &now);
    Status withdraw(const QDateTime &now);

    // Whether the statement was put before the administrator at first start, whatever
    // the answer: the console asks once and then leaves it to the settings.
    Result<bool> wasPresented() const;
    Status markPresented(const QDateTime &now);

    // OK while the agreement stands; otherwise a Refused error with reason
    // "no-agreement" that says nothing was sent and how to agree.
    Status require(TransmissionKind kind) const;
    static Error notAccepted(TransmissionKind kind);

    // {"accepted", "acceptedAt", "withdrawnAt", "statementSha256", "presented"}
    Result<QJsonObject> toJson() const;

private:
    std::shared_ptr<StateDatabase> m_database;
};

} // namespace LightAgent
