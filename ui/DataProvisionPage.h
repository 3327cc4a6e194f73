// The data provision page: the vendor's statement made concrete. The three occasions
// on which the console sends data (database updates, followed links, activation with
// a code, which is also re-sent periodically), each with its fields in words and a
// "Preview now" of the real request; the encrypted channels; the privacy policy; and
// the consent to activation by code, with the way to withdraw it.
#pragma once

#include "core/Result.h"
#include "provision/RequestEnvelope.h"

#include <QWidget>

#include <array>

class QGroupBox;
class QLabel;
class QPushButton;

namespace LightAgent {

class AgreementDialog;
class ConsoleSession;
class EnvelopePreviewDialog;

class DataProvisionPage : public QWidget
{
    Q_OBJECT

public:
    // Shown in an activation preview when no key came from a code, clearly marked.
    static constexpr QLatin1String SampleCode {"00000-00000-00000-0000Z"};

    explicit DataProvisionPage(ConsoleSession &session, QWidget *parent = nullptr);

    QGroupBox *section(TransmissionKind kind) const;
    QPushButton *previewButton(TransmissionKind kind) const;
    QLabel *consentState() const { return m_consentState; }
    QPushButton *withdrawButton() const { return m_withdrawButton; }
    QPushButton *agreementButton() const { return m_agreementButton; }

    // The request "Preview now" shows for the kind, built from the current data.
    Result<RequestEnvelope> buildPreview(TransmissionKind kind) const;
    // Whether an activation preview uses SampleCode (no active key came from a code).
    bool previewUsesSampleCode() const;

public Q_SLOTS:
    // Opens the preview of the kind in a window; returns it (nullptr if it could not
    // be built, after saying why).
    LightAgent::EnvelopePreviewDialog *previewNow(LightAgent::TransmissionKind kind);
    // The vendor's statement, to agree to it or withdraw the agreement.
    LightAgent::AgreementDialog *showAgreement();
    // Asks, then withdraws the consent to activation by code.
    void withdrawConsent();
    // Reads the consent states again.
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Section
    {
        TransmissionKind kind;
        QGroupBox *box = nullptr;
        QLabel *when = nullptr;
        QLabel *fields = nullptr;
        QLabel *note = nullptr;
        QLabel *sentTo = nullptr; // the hosts that receive it
        QPushButton *preview = nullptr;
    };

    QWidget *createHeader();
    void createSection(Section &section, QWidget *parent);
    QWidget *createConsent(QWidget *parent);
    QWidget *createClosing(QWidget *parent);
    void retranslateUi();
    void retranslateSection(Section &section);
    const Section &sectionOf(TransmissionKind kind) const;
    QString activationConsentText() const;
    QString agreementText() const;

    ConsoleSession &m_session;
    std::array<Section, 3> m_sections;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_agreementState = nullptr;
    QPushButton *m_agreementButton = nullptr;
    QLabel *m_consentCaption = nullptr;
    QLabel *m_consentState = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QLabel *m_encrypted = nullptr;
    QLabel *m_protection = nullptr;
    QLabel *m_privacy = nullptr;
};

} // namespace LightAgent
