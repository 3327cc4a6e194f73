#include "StatusBanner.h"

#include "CachedSizeLabel.h"
#include "ConsoleStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace LightAgent {

namespace {
constexpr int IconSize = 32;
}

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new CachedSizeLabel(this))
    , m_explanation(new CachedSizeLabel(this))
{
    setObjectName(QStringLiteral("statusBanner"));
    m_icon->setObjectName(QStringLiteral("statusIcon"));
    m_icon->setFixedSize(IconSize, IconSize);
    m_headline->setObjectName(QStringLiteral("statusHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_explanation->setObjectName(QStringLiteral("statusExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_headline);
    text->addWidget(m_explanation);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    retranslateUi();
}

void StatusBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void StatusBanner::retranslateUi()
{
    setAccessibleName(tr("License status"));
    // The state's words are made when asked for, so asking again gives the new language.
    if (m_state)
        present(toneFor(*m_state), m_state->headline(), m_state->explanation());
    else if (m_error)
        present(StatusTone::Critical, tr("The license state cannot be read."), m_error->message);
}

QString StatusBanner::headline() const
{
    return m_headline->text();
}

QString StatusBanner::explanation() const
{
    return m_explanation->text();
}

void StatusBanner::setState(const LicenseState &state)
{
    m_state = state;
    m_error.reset();
    setProperty("status", toWireName(state.status()));
    present(toneFor(state), state.headline(), state.explanation());
}

void StatusBanner::setError(const Error &error)
{
    m_error = error;
    m_state.reset();
    setProperty("status", QStringLiteral("unknown"));
    present(StatusTone::Critical, tr("The license state cannot be read."), error.message);
}

void StatusBanner::present(StatusTone tone, const QString &headline, const QString &explanation)
{
    m_tone = tone;
    setProperty("tone", toWireName(tone));
    ConsoleStyle::setTone(this, tone);
    m_icon->setPixmap(toneIcon(tone, style()).pixmap(IconSize, IconSize));
    m_headline->setText(headline);
    m_explanation->setText(explanation);
    m_icon->setAccessibleName(headline);
    setAccessibleDescription(headline + QLatin1Char(' ') + explanation);
}

} // namespace LightAgent
