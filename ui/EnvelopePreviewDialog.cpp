#include "EnvelopePreviewDialog.h"

#include "ConsoleStyle.h"
#include "EnvelopePreview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LightAgent {

EnvelopePreviewDialog::EnvelopePreviewDialog(const RequestEnvelope &envelope, const NoteText &note,
                                             QWidget *parent)
    : QDialog(parent)
    , m_noteText(note)
    , m_preview(new EnvelopePreview(this))
    , m_note(new QLabel(this))
    , m_nothingSent(new QLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("envelopePreviewDialog"));
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setMargin(8);
    ConsoleStyle::setTone(m_note, StatusTone::Warning);
    m_nothingSent->setObjectName(QStringLiteral("previewNothingSent"));
    m_nothingSent->setWordWrap(true);
    m_nothingSent->setForegroundRole(QPalette::PlaceholderText);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);
    m_preview->setEnvelope(envelope);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_nothingSent);
    layout->addWidget(buttons);
    retranslateUi();
    resize(860, 640);
}

QString EnvelopePreviewDialog::note() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

void EnvelopePreviewDialog::retranslateUi()
{
    //: Window title; %1 is the kind of transmission, e.g. "Activation with a code"
    setWindowTitle(tr("Preview: %1").arg(displayName(m_preview->envelope().kind())));
    m_nothingSent->setText(tr("This is what would be sent now, built from the current data. "
                              "Previewing sends nothing."));
    m_close->setText(tr("&Close"));
    const QString note = m_noteText ? m_noteText() : QString();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void EnvelopePreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace LightAgent
