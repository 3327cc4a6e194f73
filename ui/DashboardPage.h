// The first page of the console: the license state, both key slots, the
// functionality level and the timeline, and the way to add a key file.
#pragma once

#include "license/StoredKey.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace LightAgent {

class ConsoleSession;
class KeyCard;
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

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void addKeyFileRequested(); // any slot the rules prefer
    void addKeyRequested(LightAgent::KeySlot slot); // from an empty card
    void removeKeyRequested(LightAgent::KeySlot slot);

private:
    QWidget *createHeader();
    QWidget *createDemoBadge();
    void orderTabs();

    ConsoleSession &m_session;
    StatusBanner *m_banner;
    QLabel *m_functionality;
    TimelineWidget *m_timeline;
    KeyCard *m_activeCard;
    KeyCard *m_reserveCard;
    QPushButton *m_addKeyFileButton = nullptr;
};

} // namespace LightAgent
