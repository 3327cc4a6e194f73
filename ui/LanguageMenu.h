// View ▸ Language: the interface languages, each named in its own language, with the
// one loaded checked. Choosing one switches every window at once and is remembered.
#pragma once

#include <QMenu>

class QActionGroup;

namespace LightAgent {

class ConsoleSession;

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(ConsoleSession &session, QWidget *parent = nullptr);

    QAction *action(const QString &tag) const; // "ru-RU" → its action

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check(const QString &tag);

    ConsoleSession &m_session;
    QActionGroup *m_group;
};

} // namespace LightAgent
