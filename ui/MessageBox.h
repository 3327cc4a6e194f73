// Message boxes behind a seam: tests pre-set the next answer instead of clicking a
// modal box that would block them. Use these instead of QMessageBox's statics.
#pragma once

#include <QMessageBox>
#include <QString>

namespace LightAgent {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    // Tests: the next box is not shown and returns this answer instead.
    static void setNextAnswer(Button answer);
    // Tests: the text of the last box asked for, shown or answered in advance.
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                      const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace LightAgent
