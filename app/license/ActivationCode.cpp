#include "ActivationCode.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace LightAgent {

namespace {

constexpr QLatin1String Alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
constexpr int Modulus = 36; // ISO/IEC 7064 MOD 37,36: M = 37, radix 36

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::ActivationCode", text);
}

Error invalid(const char *reason, const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QString::fromLatin1(reason), message);
}

int symbolValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    return -1;
}

// Characters people type or paste between the groups: every kind of dash and
// space, including the invisible ones word processors insert.
bool isSeparator(char32_t c)
{
    switch (c) {
    case U'-':
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0x2212: // minus sign
    case 0xFEFF: // zero-width no-break space
        return true;
    default:
        return QChar::isSpace(c) || QChar::category(c) == QChar::Punctuation_Dash;
    }
}

// The Cyrillic capitals that look like Latin ones on a printed or handwritten code.
constexpr std::pair<char16_t, char> LookAlikes[] = {
    {u'А', 'A'}, {u'В', 'B'}, {u'Е', 'E'}, {u'К', 'K'}, {u'М', 'M'}, {u'Н', 'H'},
    {u'О', 'O'}, {u'Р', 'P'}, {u'С', 'C'}, {u'Т', 'T'}, {u'Х', 'X'},
};

QChar latinLookAlike(QChar c)
{
    for (const auto &[cyrillic, latin] : LookAlikes) {
        if (c.unicode() == cyrillic)
            return QLatin1Char(latin);
    }
    return c;
}

// One typed character as a code symbol: compatibility forms folded (full-width
// digits), upper-cased, look-alikes mapped. A null QChar if it is no symbol.
QChar toSymbol(char32_t c)
{
    const QString folded =
        QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC).toUpper();
    if (folded.size() != 1)
        return {};
    const QChar symbol = latinLookAlike(folded.at(0));
    return symbolValue(symbol) >= 0 ? symbol : QChar();
}

struct Normalized
{
    QString symbols;
    QString badCharacter; // the first character that is no symbol, as typed
    qsizetype badPosition = 0; // its 1-based position in the trimmed input
};

Normalized normalize(const QString &input)
{
    Normalized result;
    const QList<uint> characters = input.trimmed().toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const char32_t c = characters.at(i);
        if (isSeparator(c))
            continue;
        const QChar symbol = toSymbol(c);
        if (!symbol.isNull()) {
            result.symbols += symbol;
            continue;
        }
        result.symbols += QString::fromUcs4(&c, 1).toUpper();
        if (result.badPosition == 0) {
            result.badCharacter = QChar::isPrint(c)
                ? QString::fromUcs4(&c, 1)
                : QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
            result.badPosition = i + 1;
        }
    }
    return result;
}

QString regroup(const QString &symbols)
{
    QString text;
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        if (i > 0 && i % ActivationCode::GroupLength == 0)
            text += QLatin1Char('-');
        text += symbols.at(i);
    }
    return text;
}

Status checkShape(const Normalized &normalized)
{
    if (normalized.symbols.isEmpty())
        return invalid("empty",
                       tr("Enter the activation code: four groups of five letters and "
                          "digits, such as XXXXX-XXXXX-XXXXX-XXXXX."));
    if (normalized.badPosition > 0)
        return invalid("bad-symbol",
                       tr("\"%1\" at position %2 cannot be part of an activation code: a code "
                          "consists of the digits 0-9 and the Latin letters A-Z.")
                           .arg(normalized.badCharacter)
                           .arg(normalized.badPosition));
    const qsizetype count = normalized.symbols.size();
    if (count < ActivationCode::Length)
        return invalid("too-short",
                       tr("The activation code is too short: %1 of its %2 symbols "
                          "were entered. Check that no group is missing.")
                           .arg(count)
                           .arg(ActivationCode::Length));
    if (count > ActivationCode::Length)
        return invalid("too-long",
                       tr("The activation code is too long: %1 symbols were entered, "
                          "and a code has %2. Check for an extra symbol or a second "
                          "code pasted in.")
                           .arg(count)
                           .arg(ActivationCode::Length));
    return {};
}

} // namespace

QChar ActivationCode::checkCharacter(QStringView first19)
{
    if (first19.size() != Length - 1)
        return {};
    int p = Modulus;
    for (const QChar c : first19) {
        const int a = symbolValue(c);
        if (a < 0)
            return {};
        int s = (p + a) % Modulus;
        if (s == 0)
            s = Modulus;
        p = (2 * s) % (Modulus + 1);
    }
    return QLatin1Char(Alphabet.at((Modulus + 1 - p) % Modulus));
}

Result<ActivationCode> ActivationCode::parse(const QString &input)
{
    const Normalized normalized = normalize(input);
    if (Status shape = checkShape(normalized); !shape)
        return shape.error();
    const QString &symbols = normalized.symbols;
    // The message deliberately does not name the expected symbol: that would turn
    // the check into a way to make up codes instead of catching typos.
    if (checkCharacter(QStringView(symbols).first(Length - 1)) != symbols.back())
        return invalid("bad-check",
                       tr("The activation code has a typo: its check character "
                          "does not match the other symbols. Compare the code with "
                          "the one you received, symbol by symbol."));
    return ActivationCode(symbols);
}

ActivationCode::Validation ActivationCode::validateLive(const QString &partialInput)
{
    Validation validation;
    validation.text = regroup(normalize(partialInput).symbols);
    const Result<ActivationCode> parsed = parse(partialInput);
    if (parsed) {
        validation.state = Validation::State::Valid;
        return validation;
    }
    const QString &reason = parsed.error().reason;
    // A code being typed is short or empty for a while; that is no error yet.
    if (reason == QLatin1String("empty") || reason == QLatin1String("too-short"))
        return validation;
    validation.state = Validation::State::Invalid;
    validation.reason = reason;
    validation.message = parsed.error().message;
    return validation;
}

QString ActivationCode::text() const
{
    return regroup(m_symbols);
}

QString ActivationCode::masked() const
{
    const QString hidden(Length - GroupLength, QLatin1Char('*'));
    return regroup(hidden + m_symbols.right(GroupLength));
}

} // namespace LightAgent
