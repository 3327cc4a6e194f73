// Activation codes (DESIGN §3.5): four groups of five symbols 0-9A-Z whose last
// symbol is an ISO/IEC 7064 MOD 37,36 check character. Input is normalized the way
// people actually type and paste codes, and a typo is refused locally with a reason
// before any data is built or sent.
#pragma once

#include "core/Result.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace LightAgent {

class ActivationCode
{
public:
    static constexpr qsizetype Length = 20;
    static constexpr qsizetype GroupLength = 5;

    // As-you-type feedback for the wizard's code field.
    struct Validation
    {
        enum class State {
            Incomplete, // nothing wrong yet, but not a whole code either
            Invalid, // cannot become a valid code by typing more (or is a whole, wrong code)
            Valid,
        };
        State state = State::Incomplete;
        QString text; // the normalized symbols typed so far, regrouped XXXXX-XXXXX-...
        QString reason; // for Invalid: the same reason tag parse() gives
        QString message; // for Invalid: the same message parse() gives
    };

    // Reasons: empty, bad-symbol, too-short, too-long, bad-check.
    static Result<ActivationCode> parse(const QString &input);
    static Validation validateLive(const QString &partialInput);

    // The check character for exactly 19 symbols of 0-9A-Z; a null QChar otherwise.
    static QChar checkCharacter(QStringView first19);

    QString symbols() const { return m_symbols; } // the 20 symbols, no dashes
    QString text() const; // XXXXX-XXXXX-XXXXX-XXXXX
    QString masked() const; // *****-*****-*****-XXXXX

    friend bool operator==(const ActivationCode &a, const ActivationCode &b)
    {
        return a.m_symbols == b.m_symbols;
    }

private:
    explicit ActivationCode(const QString &symbols)
        : m_symbols(symbols)
    { }

    QString m_symbols;
};

} // namespace LightAgent
