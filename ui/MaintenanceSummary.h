// The dashboard's short word on maintenance, two lines under the functionality level:
// how fresh the databases are and when they were released, and when the license is
// checked next (or why it is not). Details and actions are on the Updates page, which
// "Updates…" opens.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace LightAgent {

class ConsoleSession;

class MaintenanceSummary : public QWidget
{
    Q_OBJECT

public:
    explicit MaintenanceSummary(ConsoleSession &session, QWidget *parent = nullptr);

    QLabel *databasesLabel() const { return m_databases; }
    QLabel *licenseCheckLabel() const { return m_licenseCheck; }
    QPushButton *detailsButton() const { return m_details; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void detailsRequested(); // the Updates page

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ConsoleSession &m_session;
    QLabel *m_databasesIcon;
    QLabel *m_databasesCaption;
    QLabel *m_databases;
    QLabel *m_checkIcon;
    QLabel *m_checkCaption;
    QLabel *m_licenseCheck;
    QPushButton *m_details;
};

} // namespace LightAgent
