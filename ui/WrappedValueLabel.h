// A label for a value that must be shown whole at any width: a SHA-256, a URL, a file
// path. QLabel wraps only between words, so a 64-digit hash sets its minimum width and
// the page scrolls sideways or clips it; this one breaks between words where it can and
// anywhere else where it must, asks for the height its lines need at the width it gets,
// and never elides. The whole value is copied with Ctrl+C or the context menu.
#pragma once

#include <QLabel>

class QTextLayout;

namespace LightAgent {

class WrappedValueLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedValueLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Lays the text out in `width` pixels; returns the height of its lines.
    int layOut(QTextLayout &layout, int width) const;
    void copyValue() const;
    void retranslateUi();

    QAction *m_copy;
};

} // namespace LightAgent
