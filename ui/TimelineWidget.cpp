#include "TimelineWidget.h"

#include "DisplayText.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace LightAgent {

namespace {

constexpr int TrackHeight = 6;
constexpr int DotRadius = 7;
constexpr int MinStepWidth = 100;
constexpr int TitleLines = 2; // step titles wrap rather than being cut off

// The day a reserve key takes over from the active key (LicenseState::evaluate's rule:
// the day after the active key's last day, or the reserve's first day if later);
// invalid when there is none or it would take over after its own end.
QDate reserveTakeover(const LicenseState &state)
{
    if (!state.active() || !state.reserve() || state.reserve()->blockedSince.isValid() ||
        state.reserve()->expiredSince.isValid())
        return {};
    const License &reserve = state.reserve()->license();
    const QDate takeover = std::max(state.expires().addDays(1), reserve.validFrom);
    return takeover <= reserve.expires ? takeover : QDate();
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    retranslateUi();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelineWidget::retranslateUi()
{
    setAccessibleName(tr("License timeline"));
    if (m_state) {
        const LicenseState shown = *m_state;
        setState(shown);
    }
}

void TimelineWidget::setState(const LicenseState &state)
{
    m_state = state;
    m_today = state.today();
    m_steps.clear();
    auto add = [this](QDate date, const QString &title, StatusTone tone) {
        if (date.isValid())
            m_steps.append(Step {date, title, tone});
    };
    add(state.validFrom(), tr("Valid from", "timeline step"), StatusTone::Good);
    add(state.expiresSoonFrom(), tr("Expires soon from", "timeline step"), StatusTone::Warning);
    if (const QDate takeover = reserveTakeover(state); takeover.isValid()) {
        // The license goes on with the reserve key: its end, not the active key's, is red.
        const License &reserve = state.reserve()->license();
        const bool seamless = takeover == state.expires().addDays(1);
        //: Timeline step: the last day of the active key, when a reserve key follows it
        add(state.expires(), tr("Active key expires", "timeline step"),
            seamless ? StatusTone::Good : StatusTone::Critical);
        //: Timeline step: the day the reserve key becomes the active key
        add(takeover, tr("Reserve key takes over", "timeline step"), StatusTone::Good);
        const QDate soon = reserve.expires.addDays(-LicenseState::ExpiresSoonDays);
        if (soon > takeover)
            add(soon, tr("Expires soon from", "timeline step"), StatusTone::Warning);
        //: Timeline step: the last day of the reserve key, after it took over
        add(reserve.expires, tr("Reserve key expires", "timeline step"),
            reserve.graceDays > 0 ? StatusTone::Warning : StatusTone::Critical);
    } else {
        //: Timeline step: the last day on which the key is valid.
        add(state.expires(), tr("Expires", "timeline step"),
            state.graceUntil().isValid() ? StatusTone::Warning : StatusTone::Critical);
        add(state.graceUntil(), tr("Grace period until", "timeline step"), StatusTone::Critical);
    }
    //: Timeline step: from this day a blocked key no longer receives database updates.
    add(state.limitedFrom(), tr("Limited from", "timeline step"), StatusTone::Critical);
    std::stable_sort(m_steps.begin(), m_steps.end(),
                     [](const Step &a, const Step &b) { return a.date < b.date; });
    setAccessibleDescription(summary());
    setToolTip(summary());
    updateGeometry();
    update();
}

QString TimelineWidget::summary() const
{
    if (m_steps.isEmpty())
        return tr("There is no timeline: no key is active.");
    QStringList parts;
    for (const Step &step : m_steps)
        parts.append(
            tr("%1: %2", "timeline step: date").arg(step.title, DisplayText::date(step.date)));
    parts.append(tr("Today: %1").arg(DisplayText::date(m_today)));
    return parts.join(QStringLiteral("; "));
}

QSize TimelineWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    if (m_steps.isEmpty())
        return QSize(MinStepWidth * 3, line * 3);
    // Today's label, the track, up to two title lines and the date.
    return QSize(qMax(1, int(m_steps.size())) * MinStepWidth + 20, line * (2 + TitleLines) + 48);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return sizeHint();
}

QList<qreal> TimelineWidget::stepPositions() const
{
    QList<qreal> positions;
    const qreal step = qreal(width()) / qreal(m_steps.size());
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        positions.append(step * (qreal(i) + 0.5));
    return positions;
}

qreal TimelineWidget::todayPosition(const QList<qreal> &positions) const
{
    const qreal half = qreal(width()) / qreal(m_steps.size()) / 2;
    if (m_today < m_steps.first().date)
        return positions.first() - half / 2;
    for (qsizetype i = 0; i + 1 < m_steps.size(); ++i) {
        const QDate from = m_steps.at(i).date;
        const QDate to = m_steps.at(i + 1).date;
        if (m_today >= from && m_today < to) {
            const qreal fraction =
                qreal(from.daysTo(m_today)) / qreal(qMax<qint64>(1, from.daysTo(to)));
            return positions.at(i) + fraction * (positions.at(i + 1) - positions.at(i));
        }
    }
    return m_today == m_steps.last().date ? positions.last() : positions.last() + half / 2;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_steps.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, summary());
        return;
    }
    const QList<qreal> positions = stepPositions();
    const qreal trackY = fontMetrics().height() + 18;
    paintTrack(painter, positions, trackY);
    paintSteps(painter, positions, trackY);
    paintToday(painter, todayPosition(positions), trackY);
}

void TimelineWidget::paintTrack(QPainter &painter, const QList<qreal> &positions, qreal y) const
{
    auto segment = [&](qreal from, qreal to, StatusTone tone) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(toneAccent(tone));
        painter.drawRoundedRect(QRectF(from, y - TrackHeight / 2.0, to - from, TrackHeight), 3, 3);
    };
    segment(4, positions.first(), StatusTone::Neutral);
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const qreal end = i + 1 < positions.size() ? positions.at(i + 1) : width() - 4;
        segment(positions.at(i), end, m_steps.at(i).toneAfter);
    }
}

void TimelineWidget::paintSteps(QPainter &painter, const QList<qreal> &positions, qreal y) const
{
    const qreal cellWidth = qreal(width()) / qreal(m_steps.size());
    const int line = fontMetrics().height();
    QFont titleFont = font();
    titleFont.setBold(true);
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        const qreal x = positions.at(i);
        // Filled dot: the step has been reached; hollow: it lies ahead.
        const bool reached = step.date <= m_today;
        painter.setPen(QPen(toneAccent(step.toneAfter), 2.5));
        painter.setBrush(reached ? QBrush(toneAccent(step.toneAfter)) : palette().base());
        painter.drawEllipse(QPointF(x, y), DotRadius, DotRadius);

        const QRectF cell(x - cellWidth / 2 + 4, y + DotRadius + 6, cellWidth - 8,
                          line * TitleLines);
        const QFontMetrics titleMetrics(titleFont);
        const QRectF title = titleMetrics.boundingRect(
            cell.toRect(), Qt::AlignHCenter | Qt::TextWordWrap, step.title);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setFont(titleFont);
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, step.title);
        painter.setFont(font());
        painter.drawText(QRectF(cell.left(), cell.top() + qMin(title.height(), cell.height()) + 2,
                                cell.width(), line),
                         Qt::AlignHCenter | Qt::AlignTop, DisplayText::date(step.date));
    }
}

void TimelineWidget::paintToday(QPainter &painter, qreal x, qreal y) const
{
    const QColor ink = palette().color(QPalette::WindowText);
    painter.setPen(QPen(ink, 2));
    painter.drawLine(QPointF(x, y - DotRadius - 2), QPointF(x, y + DotRadius + 2));
    QPainterPath arrow;
    arrow.moveTo(x - 6, y - DotRadius - 8);
    arrow.lineTo(x + 6, y - DotRadius - 8);
    arrow.lineTo(x, y - DotRadius - 1);
    arrow.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.fillPath(arrow, ink);

    const QString label = tr("Today, %1").arg(DisplayText::date(m_today));
    const qreal textWidth = fontMetrics().horizontalAdvance(label) + 4;
    const qreal left = std::clamp(x - textWidth / 2, 0.0, qMax(0.0, width() - textWidth));
    painter.setPen(ink);
    painter.drawText(QRectF(left, 0, textWidth, fontMetrics().height()), Qt::AlignCenter, label);
}

} // namespace LightAgent
