// The one-line answer to "is this installation licensed?": the state's headline
// and explanation on a tinted background, with an icon, so the status never rests
// on colour alone.
#pragma once

#include "StatusTone.h"
#include "core/Result.h"
#include "license/LicenseState.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace LightAgent {

class StatusBanner : public QFrame
{
    Q_OBJECT

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    void setState(const LicenseState &state);
    void setError(const Error &error); // the state could not be read

    StatusTone tone() const { return m_tone; }
    QString headline() const;
    QString explanation() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void present(StatusTone tone, const QString &headline, const QString &explanation);

    // What is shown, kept so that it can be said again in another language.
    std::optional<LicenseState> m_state;
    std::optional<Error> m_error;
    StatusTone m_tone = StatusTone::Neutral;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_explanation;
};

} // namespace LightAgent
