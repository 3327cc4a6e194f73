// Runs the slow journal operations (checking the chain, exporting it) on a thread
// of their own, so that a journal of 100 000 entries never freezes the window.
// The thread opens its own connection to the state database: a Qt Sql connection
// belongs to the thread that opened it. Results arrive as signals on the thread
// that owns the worker.
#pragma once

#include "core/Result.h"
#include "provision/JournalEntry.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;

namespace LightAgent {

class TransmissionJournal;

class JournalWorker : public QObject
{
    Q_OBJECT

public:
    explicit JournalWorker(QString dataDir, QObject *parent = nullptr);
    ~JournalWorker() override; // waits for a running operation

    bool isRunning() const;
    // Each starts one operation; false when one is already running.
    bool verify();
    bool exportTo(const QString &path);

Q_SIGNALS:
    void verified(const LightAgent::Result<LightAgent::JournalVerification> &result);
    // The number of entries in the journal when it was written, or why it was not.
    void exported(const QString &path, const LightAgent::Result<qint64> &entries);

private:
    using Work = std::function<void(const Result<TransmissionJournal *> &journal)>;
    bool start(Work work, std::function<void()> done);

    QString m_dataDir;
    QPointer<QThread> m_thread;
};

} // namespace LightAgent
