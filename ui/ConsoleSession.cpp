#include "ConsoleSession.h"

#include "BackgroundWork.h"
#include "LanguageManager.h"
#include "core/Clock.h"
#include "help/LanguageLoader.h"

#include <QSqlQuery>

namespace LightAgent {

ConsoleSession::ConsoleSession(const VendorProfile &profile,
                               std::shared_ptr<StateDatabase> database, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(std::move(database))
    , m_keyStore(m_database, m_profile) // refers to our own copy of the profile
    , m_localization(LanguageLoader::installed())
    , m_languages(new LanguageManager(m_database, this))
{
    connect(m_languages, &LanguageManager::languageChanged, this, &ConsoleSession::setLocalization);
    m_background = new BackgroundWork(*this); // after the languages it follows
    rememberLook(); // the widgets read the state as they are built
}

QDate ConsoleSession::today() const
{
    return Clock::instance().today();
}

Result<LicenseState> ConsoleSession::state()
{
    const QDate day = today();
    auto promoted = m_keyStore.promoteIfDue(day);
    if (!promoted)
        return promoted.error();
    auto keys = m_keyStore.load();
    if (!keys)
        return keys.error();
    return LicenseState::evaluate(keys.value(), day);
}

StoredKey ConsoleSession::candidateFromFile(const KeyFile &keyFile) const
{
    return StoredKey::fromFile(keyFile, Clock::instance().now());
}

Result<KeyChange> ConsoleSession::plan(const StoredKey &candidate, KeySlot slot) const
{
    return m_keyStore.plan(candidate, slot, today());
}

Result<QList<KeySlot>> ConsoleSession::allowedSlots(const StoredKey &candidate) const
{
    return m_keyStore.allowedSlots(candidate, today());
}

Result<KeyChange> ConsoleSession::addKey(const StoredKey &key, KeySlot slot)
{
    auto change = m_keyStore.add(key, slot, today());
    if (change)
        Q_EMIT stateChanged();
    return change;
}

Result<StoredKeys> ConsoleSession::currentKeys() const
{
    return m_keyStore.effective(today());
}

Result<QList<ReceivedKey>> ConsoleSession::receivedKeys() const
{
    return ReceivedKeyStore(m_database, m_profile).list();
}

Result<KeyChange> ConsoleSession::applyReceivedKey(const ReceivedKey &key, KeySlot slot,
                                                   bool timeLossConfirmed)
{
    auto change =
        ReceivedKeyStore(m_database, m_profile).apply(key.id, slot, today(), timeLossConfirmed);
    if (change)
        Q_EMIT stateChanged();
    return change;
}

Status ConsoleSession::removeKey(KeySlot slot)
{
    Status removed = m_keyStore.remove(slot);
    if (removed)
        Q_EMIT stateChanged();
    return removed;
}

void ConsoleSession::refresh()
{
    rememberLook();
    Q_EMIT stateChanged();
}

void ConsoleSession::refreshIfChanged()
{
    const qint64 version = dataVersion();
    if (version < 0 || version != m_lookedAtVersion || today() != m_lookedAtDay)
        refresh();
}

qint64 ConsoleSession::dataVersion() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void ConsoleSession::rememberLook()
{
    m_lookedAtVersion = dataVersion();
    m_lookedAtDay = today();
}

} // namespace LightAgent
