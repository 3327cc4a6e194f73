// A window around an EnvelopePreview, for "Preview now": the request that would be
// sent at this moment, built from the current data. Previewing sends nothing.
#pragma once

#include "provision/RequestEnvelope.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace LightAgent {

class EnvelopePreview;

class EnvelopePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // What is particular about this preview (a sample code, …), in the interface
    // language of the moment; empty or returning an empty text for none.
    using NoteText = std::function<QString()>;

    EnvelopePreviewDialog(const RequestEnvelope &envelope, const NoteText &note,
                          QWidget *parent = nullptr);

    EnvelopePreview *preview() const { return m_preview; }
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    NoteText m_noteText;
    EnvelopePreview *m_preview;
    QLabel *m_note;
    QLabel *m_nothingSent;
    QPushButton *m_close;
};

} // namespace LightAgent
