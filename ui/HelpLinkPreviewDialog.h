// The preview of a help link before it is opened: the exact URL, each parameter it
// carries with its value and its meaning in the vendor's words, and a way to stop
// previewing. Accepting opens the link; the caller does the opening and journaling.
#pragma once

#include "help/HelpLinkBuilder.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace LightAgent {

class VendorProfile;

class HelpLinkPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // The profile names who receives the link's data; it outlives the dialog.
    HelpLinkPreviewDialog(const HelpLink &link, const VendorProfile &profile,
                          QWidget *parent = nullptr);

    const HelpLink &link() const { return m_link; }
    bool dontShowAgain() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillParameters();

    HelpLink m_link;
    const VendorProfile &m_profile;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_urlCaption;
    QLabel *m_url; // a WrappedValueLabel: the address whole, at any width
    QLabel *m_parametersCaption;
    QTableWidget *m_parameters;
    QLabel *m_noData;
    QCheckBox *m_dontShowAgain;
    QLabel *m_dontShowAgainHint;
    QPushButton *m_openButton;
    QPushButton *m_cancelButton;
};

} // namespace LightAgent
