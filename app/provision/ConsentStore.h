// The administrator's agreements, with their times: consent to send activation data
// (and to its periodic re-sending), and the data-provision agreement for updates
// and followed links. A withdrawn consent stops what it covered.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace LightAgent {

class StateDatabase;

enum class ConsentKind {
    CodeActivation, // sending §3.1 and re-sending it periodically (§3.2)
    DataProvision, // updates (§3.3) and followed links (§3.4)
};

QString toWireName(ConsentKind kind);

struct ConsentRecord
{
    ConsentKind kind = ConsentKind::CodeActivation;
    QDateTime grantedAt;
    QString envelopeSha256; // the request agreed to, where there was one
    QDateTime withdrawnAt; // invalid while the consent stands
    bool stands() const { return !withdrawnAt.isValid(); }
};

class ConsentStore
{
public:
    explicit ConsentStore(std::shared_ptr<StateDatabase> database);

    Status grant(ConsentKind kind, const QDateTime &now, const QString &envelopeSha256 = {});
    Status withdraw(ConsentKind kind, const QDateTime &now);
    // The most recent record of that kind, if any.
    Result<std::optional<ConsentRecord>> latest(ConsentKind kind) const;
    Result<bool> stands(ConsentKind kind) const;

private:
    std::shared_ptr<StateDatabase> m_database;
};

} // namespace LightAgent
