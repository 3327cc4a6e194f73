// What one console window works on: the vendor profile, the state database and the
// key store over it. It holds no rules of its own; it asks the core and tells the
// widgets when the license state changed.
#pragma once

#include "core/Result.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"
#include "license/KeyStore.h"
#include "license/LicenseState.h"
#include "license/ReceivedKeyStore.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace LightAgent {

class BackgroundWork;
class LanguageManager;

class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    ConsoleSession(const VendorProfile &profile, std::shared_ptr<StateDatabase> database,
                   QObject *parent = nullptr);

    const VendorProfile &profile() const { return m_profile; }
    std::shared_ptr<StateDatabase> database() const { return m_database; }
    QString dataDir() const { return m_database->dataDir(); }
    QDate today() const;
    // The BCP 47 tag of the interface language ("en-US"): the "localization" that
    // requests report and the "hl" of help links.
    QString localization() const { return m_localization; }
    void setLocalization(const QString &tag) { m_localization = tag; }
    // Loads and remembers the interface language; localization() follows what it loads.
    LanguageManager *languages() const { return m_languages; }
    // The periodic license check and scheduled updates; the main window starts them.
    BackgroundWork *background() const { return m_background; }

    // The license state today, after persisting any due promotion of the reserve key.
    Result<LicenseState> state();

    // A key from a file, ready to be planned or added.
    StoredKey candidateFromFile(const KeyFile &keyFile) const;
    Result<KeyChange> plan(const StoredKey &candidate, KeySlot slot) const;
    Result<QList<KeySlot>> allowedSlots(const StoredKey &candidate) const;

    Result<KeyChange> addKey(const StoredKey &key, KeySlot slot);
    Status removeKey(KeySlot slot);

    // The keys today, with any due reserve promotion applied (not persisted).
    Result<StoredKeys> currentKeys() const;
    // Keys issued for a code that were kept instead of applied (ReceivedKeyStore).
    Result<QList<ReceivedKey>> receivedKeys() const;
    // Applies a received key to `slot`; without `timeLossConfirmed` a change that loses
    // license time is refused.
    Result<KeyChange> applyReceivedKey(const ReceivedKey &key, KeySlot slot,
                                       bool timeLossConfirmed);

public Q_SLOTS:
    // Re-reads the state, for changes made by another console or lightagent-ctl.
    void refresh();
    // The same, but only when another connection committed a change to the database
    // since the last look, or the day changed: what the window does each time it
    // becomes active (the first activation at start-up then costs nothing).
    void refreshIfChanged();

Q_SIGNALS:
    void stateChanged();

private:
    // SQLite's PRAGMA data_version: changes when another connection commits. -1 when
    // it cannot be read (then every look refreshes).
    qint64 dataVersion() const;
    void rememberLook();

    VendorProfile m_profile;
    std::shared_ptr<StateDatabase> m_database;
    KeyStore m_keyStore;
    QString m_localization = QStringLiteral("en-US");
    LanguageManager *m_languages = nullptr;
    BackgroundWork *m_background = nullptr;
    qint64 m_lookedAtVersion = -1;
    QDate m_lookedAtDay;
};

} // namespace LightAgent
