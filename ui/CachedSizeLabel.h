// A QLabel that remembers what its text measured. QLabel lays its text out again for
// every size question, and one layout pass asks a word-wrapped label many times (its
// size hints, then its height at each width the layout tries): on the dashboard that
// was some 300 text layouts for 35 labels, a seventh of the work to the first paint.
// An answer is kept while everything it depends on stays the same (text, font, screen
// resolution, margins, size limits, indent, alignment, wrapping, format); any change
// drops them all.
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QVarLengthArray>

#include <optional>

namespace LightAgent {

class CachedSizeLabel : public QLabel
{
    Q_OBJECT

public:
    explicit CachedSizeLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        QSize minimum; // answers are at least this big
        int maximumWidth = 0; // bounds the width a wrapping label tries first
        int margin = 0;
        int indent = 0;
        int dpi = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = false; // not part of alignment()
        bool hasPixmap = false;

        bool operator==(const Inputs &other) const = default;
    };
    Inputs currentInputs() const;
    // Whether the kept answers may be used; drops them when the inputs changed. A label
    // showing a picture is not cached at all.
    bool cacheUsable() const;

    mutable Inputs m_inputs;
    mutable std::optional<QSize> m_sizeHint;
    mutable std::optional<QSize> m_minimumSizeHint;
    mutable QVarLengthArray<std::pair<int, int>, 8> m_heights; // width, height; newest last
};

} // namespace LightAgent
