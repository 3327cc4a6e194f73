// What the transmission-journal tests share: a journal in a temporary data directory
// on a fixed clock, a standard set of transmissions, a second SQLite connection to
// tamper with the file behind the journal's back, and the published hash rule.
#pragma once

#include "core/Clock.h"
#include "core/Crypto.h"
#include "core/StateDatabase.h"
#include "provision/TransmissionJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace LightAgent::Test {

inline const QString JournalCode = QStringLiteral("A11A1-11111-1A1AA-1A11P");
inline const QString ZeroHash = QString(64, QLatin1Char('0'));

inline RequestEnvelope activationEnvelope()
{
    const QJsonObject body {{QStringLiteral("activationCode"), JournalCode},
                            {QStringLiteral("svmId"), QStringLiteral("3b9d6c1e-0000-4000-8000-1")},
                            {QStringLiteral("localization"), QStringLiteral("ru-RU")}};
    return RequestEnvelope::postJson(TransmissionKind::Activation,
                                     QUrl(QStringLiteral("https://127.0.0.1:8443/v1/activations")),
                                     body, {QStringLiteral("activationCode")});
}

inline RequestEnvelope updateEnvelope()
{
    return RequestEnvelope::postJson(TransmissionKind::DatabaseUpdate,
                                     QUrl(QStringLiteral("https://127.0.0.1:8443/v1/updates")),
                                     {{QStringLiteral("licenseId"), QStringLiteral("0C0-1")}});
}

inline RequestEnvelope helpLinkEnvelope()
{
    return RequestEnvelope::openLink(
        TransmissionKind::HelpLink,
        QUrl(QStringLiteral("https://click.kaspersky.com/?hl=ru-RU&link=license_page&pid=KSVLA")));
}

// The hash rule of TransmissionJournal.h, recomputed independently of the journal.
inline QString chainHash(const QString &prevHash, const QJsonObject &content)
{
    return Crypto::sha256Hex(prevHash.toLatin1() + '\n' +
                             QJsonDocument(content).toJson(QJsonDocument::Compact));
}

inline QJsonObject withoutHashes(QJsonObject line)
{
    line.remove(QStringLiteral("prevHash"));
    line.remove(QStringLiteral("hash"));
    return line;
}

class JournalFixture
{
public:
    const QDateTime start = QDateTime(QDate(2026, 11, 29), QTime(6, 0, 0, 250), Qt::UTC);
    FixedClock clock = FixedClock(start);
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<StateDatabase> db;
    std::unique_ptr<TransmissionJournal> journal;

    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        clock.set(start);
        Clock::setInstance(&clock);
        auto opened = StateDatabase::open(dir->path());
        if (!dir->isValid() || !opened)
            return false;
        db = opened.value();
        journal = std::make_unique<TransmissionJournal>(db);
        return true;
    }

    void close()
    {
        journal.reset();
        db.reset();
        dir.reset();
        Clock::setInstance(nullptr);
    }

    // Five transmissions, one of each outcome: entries 1..10, requests odd, results even.
    bool fill()
    {
        const Error offline = Error::make(ErrorCode::Network, QStringLiteral("connection-refused"),
                                          QStringLiteral("The licensing service refused."));
        const RequestEnvelope sent = activationEnvelope();
        const QList<std::pair<RequestEnvelope, TransmissionOutcome>> transmissions = {
            {sent, TransmissionOutcome::sent(200, sent.sha256())},
            {updateEnvelope(), TransmissionOutcome::failed(offline)},
            {helpLinkEnvelope(), TransmissionOutcome::sent(0)},
            {updateEnvelope(), TransmissionOutcome::declined()},
            {activationEnvelope(), TransmissionOutcome::cancelled()},
        };
        for (const auto &[envelope, outcome] : transmissions) {
            clock.advanceSeconds(60);
            auto seq = journal->recordRequest(envelope);
            if (!seq || !journal->recordResult(seq.value(), outcome))
                return false;
        }
        return true;
    }

    // Runs SQL on the state file through a connection of its own; empty when it worked.
    QString tamper(const QStringList &statements) const
    {
        const QString name = QStringLiteral("tamper");
        QString failure;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(dir->filePath(QString::fromLatin1(StateDatabase::FileName)));
            if (!other.open())
                failure = other.lastError().text();
            for (const QString &statement : statements) {
                QSqlQuery q(other);
                if (failure.isEmpty() && !q.exec(statement))
                    failure = statement + QStringLiteral(": ") + q.lastError().text();
            }
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        return failure;
    }

    QList<QJsonObject> exported() const
    {
        const QString path = dir->filePath(QStringLiteral("journal.jsonl"));
        QFile file(path);
        if (!journal->exportJsonLines(path) || !file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
};

} // namespace LightAgent::Test
