// A tinted panel with a tone icon, a bold title and a message: how a wizard or dialog
// says how something ended (the activation's and the update's outcome and digest).
// Its children are named after it: NAMEIcon, NAMETitle, NAMEMessage.
#pragma once

#include "StatusTone.h"

#include <QFrame>

class QLabel;

namespace LightAgent {

class TonePanel : public QFrame
{
    Q_OBJECT

public:
    TonePanel(const QString &objectName, QWidget *parent);

    // Tints the panel, sets the icon and the texts, and shows it.
    void present(StatusTone tone, const QString &title, const QString &message);
    QString title() const;
    QString message() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
};

} // namespace LightAgent
