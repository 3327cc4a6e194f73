// The first page of the console: the license state, both key slots, the
// functionality level and the timeline, and the way to add a key file; and any key
// issued for a code that was kept instead of applied, with the way to apply it.
#pragma once

#include "license/StoredKey.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace LightAgent {

class ConsoleSession;
class HelpLinkButton;
class KeyCard;
class MaintenanceSummary;
class ReceivedKeyPanel;
class StatusBanner;
class TimelineWidget;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(ConsoleSession &session, QWidget *parent = nullptr);

    StatusBanner *banner() const { return m_banner; }
    KeyCard *card(KeySlot slot) const;
    TimelineWidget *timeline() const { return m_timeline; }
    QPushButton *addKeyFileButton() const { return m_addKeyFileButton; }
    QPushButton *activateButton() const { return m_activateButton; }
    HelpLinkButton *helpButton() const { return m_helpButton; }
    MaintenanceSummary *maintenance() const { return m_maintenance; }
    QList<ReceivedKeyPanel *> receivedKeyPanels() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void addKeyFileRequested(); // any slot the rules prefer
    void activateRequested(); // the activation wizard
    void addKeyRequested(LightAgent::KeySlot slot); // from an empty card
    void removeKeyRequested(LightAgent::KeySlot slot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createHeader();
    QWidget *createDemoBadge();
    void orderTabs();
    void reloadReceivedKeys();

    ConsoleSession &m_session;
    StatusBanner *m_banner;
    QLabel *m_functionality;
    TimelineWidget *m_timeline;
    KeyCard *m_activeCard;
    KeyCard *m_reserveCard;
    MaintenanceSummary *m_maintenance;
    QPushButton *m_addKeyFileButton = nullptr;
    QPushButton *m_activateButton = nullptr;
    HelpLinkButton *m_helpButton = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_functionalityCaption = nullptr;
    QGroupBox *m_timelineBox = nullptr;
    QVBoxLayout *m_receivedKeys = nullptr;
};

} // namespace LightAgent
