// The help of one place of the console, as a button: its tooltip and status tip show
// the exact address it opens (in the interface language, so it changes with it), and
// clicking it follows the link through openHelp().
#pragma once

#include <QToolButton>
#include <QUrl>

namespace LightAgent {

class ConsoleSession;

class HelpLinkButton : public QToolButton
{
    Q_OBJECT

public:
    // `place` is a place of the help catalog ("license_page", "about", …).
    HelpLinkButton(ConsoleSession &session, const QString &place, QWidget *parent = nullptr);

    QString place() const { return m_place; }
    QUrl url() const { return m_url; } // empty when the place has no link

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ConsoleSession &m_session;
    QString m_place;
    QUrl m_url;
};

} // namespace LightAgent
