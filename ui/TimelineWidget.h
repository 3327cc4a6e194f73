// The active key's life at a glance: valid from → expires soon → expires → grace
// or limited, with today marked; with a reserve key ready, the reserve's take-over and
// its end follow instead of the active key's end turning red. Steps are spaced evenly
// (a 14-day warning beside a four-year term would otherwise be unreadable); today sits
// in proportion between the steps around it. Each step carries a text label and its date.
#pragma once

#include "StatusTone.h"
#include "license/LicenseState.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

namespace LightAgent {

class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        QDate date;
        QString title;
        StatusTone toneAfter; // the state from this day on
    };

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setState(const LicenseState &state);
    const QList<Step> &steps() const { return m_steps; }
    QDate today() const { return m_today; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QList<qreal> stepPositions() const;
    qreal todayPosition(const QList<qreal> &positions) const;
    void paintTrack(QPainter &painter, const QList<qreal> &positions, qreal y) const;
    void paintSteps(QPainter &painter, const QList<qreal> &positions, qreal y) const;
    void paintToday(QPainter &painter, qreal x, qreal y) const;
    QString summary() const;

    std::optional<LicenseState> m_state; // the step titles are said again in a new language
    QList<Step> m_steps;
    QDate m_today;
};

} // namespace LightAgent
