#include "JournalWorker.h"

#include "core/StateDatabase.h"
#include "provision/TransmissionJournal.h"

#include <QThread>

#include <memory>
#include <optional>

namespace LightAgent {

JournalWorker::JournalWorker(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{ }

JournalWorker::~JournalWorker()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool JournalWorker::isRunning() const
{
    return !m_thread.isNull();
}

bool JournalWorker::start(Work work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_thread = QThread::create([dataDir = m_dataDir, work = std::move(work)] {
        auto database = StateDatabase::open(dataDir);
        if (!database) {
            work(database.error());
            return;
        }
        TransmissionJournal journal(database.value());
        work(&journal);
    });
    m_thread->setObjectName(QStringLiteral("journalWorker"));
    // finished is emitted by the worker thread and delivered here, on the owner's.
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        QThread *thread = m_thread;
        m_thread = nullptr;
        thread->deleteLater();
        done();
    });
    m_thread->start();
    return true;
}

bool JournalWorker::verify()
{
    auto outcome = std::make_shared<std::optional<Result<JournalVerification>>>();
    return start(
        [outcome](const Result<TransmissionJournal *> &journal) {
            if (!journal)
                outcome->emplace(journal.error());
            else
                outcome->emplace(journal.value()->verify());
        },
        [this, outcome] { Q_EMIT verified(**outcome); });
}

bool JournalWorker::exportTo(const QString &path)
{
    auto outcome = std::make_shared<std::optional<Result<qint64>>>();
    return start(
        [outcome, path](const Result<TransmissionJournal *> &journal) {
            if (!journal) {
                outcome->emplace(journal.error());
            } else if (Status written = journal.value()->exportJsonLines(path); !written) {
                outcome->emplace(written.error());
            } else {
                outcome->emplace(journal.value()->count());
            }
        },
        [this, outcome, path] { Q_EMIT exported(path, **outcome); });
}

} // namespace LightAgent
