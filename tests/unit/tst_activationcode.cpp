// Activation codes (DESIGN §3.5): normalization, the MOD 37,36 check character,
// every refusal reason, and the as-you-type feedback of the wizard.
#include "license/ActivationCode.h"

#include <QRandomGenerator>
#include <QTest>

using namespace LightAgent;

namespace {

const QLatin1String Alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

QString randomPrefix(QRandomGenerator &random)
{
    QString prefix;
    for (qsizetype i = 0; i < ActivationCode::Length - 1; ++i)
        prefix += QChar(Alphabet.at(random.bounded(int(Alphabet.size()))));
    return prefix;
}

QString reasonOf(const QString &input)
{
    const Result<ActivationCode> parsed = ActivationCode::parse(input);
    return parsed ? QString() : parsed.error().reason;
}

} // namespace

class TestActivationCode : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAndNormalizes_data();
    void acceptsAndNormalizes();
    void refusesWithReason_data();
    void refusesWithReason();
    void badSymbolNamesCharacterAndPosition_data();
    void badSymbolNamesCharacterAndPosition();
    void lengthMessagesSayHowManySymbols_data();
    void lengthMessagesSayHowManySymbols();
    void badCheckDoesNotRevealTheExpectedSymbol();
    void checkCharacterOfTheDesignVectors_data();
    void checkCharacterOfTheDesignVectors();
    void checkCharacterRefusesMalformedInput_data();
    void checkCharacterRefusesMalformedInput();
    void maskedShowsOnlyTheLastGroup();
    void everyPrefixHasExactlyOneCheckCharacter();
    void singleSubstitutionsAndTranspositionsAreCaught();
    void validateLive_data();
    void validateLive();
};

void TestActivationCode::acceptsAndNormalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");

    const QString first = QStringLiteral("A11A1-11111-1A1AA-1A11P");
    QTest::newRow("design vector with letters") << first << first;
    QTest::newRow("design vector all zeros")
        << QStringLiteral("00000-00000-00000-0000Z") << QStringLiteral("00000-00000-00000-0000Z");
    QTest::newRow("design vector all Z")
        << QStringLiteral("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZN") << QStringLiteral("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZN");
    QTest::newRow("no dashes") << QStringLiteral("A11A1111111A1AA1A11P") << first;
    QTest::newRow("lower case with spaces") << QStringLiteral("a11a1 11111 1a1aa 1a11p") << first;
    QTest::newRow("surrounding whitespace and tabs")
        << QStringLiteral("\t  A11A1-11111-1A1AA-1A11P \n") << first;
    QTest::newRow("dashes in the wrong places")
        << QStringLiteral("A1-1A11-1111-1A1AA1-A11P") << first;
    QTest::newRow("en dash, em dash, minus sign")
        << QStringLiteral(u"A11A1\u201311111\u20141A1AA\u22121A11P") << first;
    QTest::newRow("non-breaking and narrow spaces")
        << QStringLiteral(u"A11A1\u00A011111\u202F1A1AA\u20071A11P") << first;
    QTest::newRow("zero-width space pasted from a document")
        << QStringLiteral(u"A11A1-\u200B11111-1A1AA-1A11P") << first;
    // Cyrillic А and Р stand in for Latin A and P.
    QTest::newRow("Cyrillic upper-case look-alikes")
        << QStringLiteral(u"\u041011\u04101-11111-1\u04101\u0410\u0410-1\u041011\u0420") << first;
    QTest::newRow("Cyrillic lower-case look-alikes")
        << QStringLiteral(u"\u043011\u04301-11111-1\u04301\u0430\u0430-1\u043011\u0440") << first;
    QTest::newRow("full-width digits and letters")
        << QStringLiteral(u"\uFF21\uFF11\uFF11\uFF21\uFF11-11111-1A1AA-1A11P") << first;
    // Every Cyrillic look-alike at once: ВЕКМНОСТХ -> BEKMHOCTX.
    const QString latin = QStringLiteral("BEKMHOCTX0123456789");
    const QString code = latin + ActivationCode::checkCharacter(latin);
    const QString grouped =
        code.left(5) + u'-' + code.mid(5, 5) + u'-' + code.mid(10, 5) + u'-' + code.mid(15);
    QTest::newRow("all Cyrillic look-alikes")
        << QStringLiteral(u"\u0412\u0415\u041A\u041C\u041D\u041E\u0421\u0422\u0425") + code.mid(9)
        << grouped;
    QTest::newRow("all Cyrillic look-alikes, lower case")
        << QStringLiteral(u"\u0432\u0435\u043A\u043C\u043D\u043E\u0441\u0442\u0445") + code.mid(9)
        << grouped;
}

void TestActivationCode::acceptsAndNormalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, text);

    const Result<ActivationCode> parsed = ActivationCode::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->text(), text);
    QCOMPARE(parsed->symbols(), QString(text).remove(u'-'));
}

void TestActivationCode::refusesWithReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("nothing") << QString() << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QStringLiteral("  \t ") << QStringLiteral("empty");
    QTest::newRow("only dashes") << QStringLiteral("-----") << QStringLiteral("empty");
    QTest::newRow("punctuation") << QStringLiteral("A11A1.11111-1A1AA-1A11P")
                                 << QStringLiteral("bad-symbol");
    QTest::newRow("Latin letter with accent")
        << QStringLiteral(u"\u00C911A1-11111-1A1AA-1A11P") << QStringLiteral("bad-symbol");
    QTest::newRow("Cyrillic letter without a look-alike")
        << QStringLiteral(u"\u042F11A1-11111-1A1AA-1A11P") << QStringLiteral("bad-symbol");
    QTest::newRow("underscore as separator")
        << QStringLiteral("A11A1_11111_1A1AA_1A11P") << QStringLiteral("bad-symbol");
    QTest::newRow("three groups") << QStringLiteral("A11A1-11111-1A1AA")
                                  << QStringLiteral("too-short");
    QTest::newRow("one symbol missing")
        << QStringLiteral("A11A1-11111-1A1AA-1A11") << QStringLiteral("too-short");
    QTest::newRow("one symbol extra")
        << QStringLiteral("A11A1-11111-1A1AA-1A11PP") << QStringLiteral("too-long");
    QTest::newRow("two codes pasted") << QStringLiteral("A11A1-11111-1A1AA-1A11P "
                                                        "00000-00000-00000-0000Z")
                                      << QStringLiteral("too-long");
    QTest::newRow("wrong check character")
        << QStringLiteral("A11A1-11111-1A1AA-1A11Q") << QStringLiteral("bad-check");
    QTest::newRow("one symbol mistyped")
        << QStringLiteral("A11A1-11111-1A1AA-1A12P") << QStringLiteral("bad-check");
    QTest::newRow("adjacent symbols swapped")
        << QStringLiteral("1A1A1-11111-1A1AA-1A11P") << QStringLiteral("bad-check");
}

void TestActivationCode::refusesWithReason()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    const Result<ActivationCode> parsed = ActivationCode::parse(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().reason, reason);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestActivationCode::badSymbolNamesCharacterAndPosition_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("position");

    QTest::newRow("full stop in the second group")
        << QStringLiteral("A11A1-111.1-1A1AA-1A11P") << QStringLiteral(".") << 10;
    QTest::newRow("first of two bad symbols")
        << QStringLiteral("A11A1-11111-1A1AA-1A1#$") << QStringLiteral("#") << 22;
    QTest::newRow("position counts after trimming")
        << QStringLiteral("   !11A1-11111-1A1AA-1A11P") << QStringLiteral("!") << 1;
    QTest::newRow("Cyrillic Ya") << QStringLiteral(u"A11A1-11111-\u042F1A1A-1A11P")
                                 << QStringLiteral(u"\u042F") << 13;
    QTest::newRow("control character shown by its code point")
        << QStringLiteral(u"A11A1\u000711111-1A1AA-1A11P") << QStringLiteral("U+0007") << 6;
}

void TestActivationCode::badSymbolNamesCharacterAndPosition()
{
    QFETCH(QString, input);
    QFETCH(QString, character);
    QFETCH(int, position);

    const Result<ActivationCode> parsed = ActivationCode::parse(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().reason, QStringLiteral("bad-symbol"));
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(u'"' + character + u'"'), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("position %1").arg(position)), qPrintable(message));
}

void TestActivationCode::lengthMessagesSayHowManySymbols_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("count");

    QTest::newRow("three groups") << QStringLiteral("A11A1-11111-1A1AA")
                                  << QStringLiteral("too-short") << 15;
    QTest::newRow("one symbol") << QStringLiteral("A") << QStringLiteral("too-short") << 1;
    QTest::newRow("five groups") << QStringLiteral("A11A1-11111-1A1AA-1A11P-00000")
                                 << QStringLiteral("too-long") << 25;
}

void TestActivationCode::lengthMessagesSayHowManySymbols()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    QFETCH(int, count);

    const Result<ActivationCode> parsed = ActivationCode::parse(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().reason, reason);
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(QString::number(count)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("20")), qPrintable(message));
}

void TestActivationCode::badCheckDoesNotRevealTheExpectedSymbol()
{
    // Two codes with different expected check characters get the very same message,
    // so the message cannot carry the answer.
    const Result<ActivationCode> first =
        ActivationCode::parse(QStringLiteral("A11A1-11111-1A1AA-1A11Q"));
    const Result<ActivationCode> second =
        ActivationCode::parse(QStringLiteral("00000-00000-00000-0000Y"));
    QVERIFY(!first.ok());
    QVERIFY(!second.ok());
    QCOMPARE(first.error().reason, QStringLiteral("bad-check"));
    QCOMPARE(first.error().message, second.error().message);
    QVERIFY(first.error().message.contains(QStringLiteral("typo")));
    QVERIFY(!first.error().message.contains(QStringLiteral("should")));
}

void TestActivationCode::checkCharacterOfTheDesignVectors_data()
{
    QTest::addColumn<QString>("first19");
    QTest::addColumn<QChar>("check");

    QTest::newRow("letters and ones") << QStringLiteral("A11A1111111A1AA1A11") << QChar(u'P');
    QTest::newRow("all zeros") << QStringLiteral("0000000000000000000") << QChar(u'Z');
    QTest::newRow("all Z") << QStringLiteral("ZZZZZZZZZZZZZZZZZZZ") << QChar(u'N');
}

void TestActivationCode::checkCharacterOfTheDesignVectors()
{
    QFETCH(QString, first19);
    QFETCH(QChar, check);

    QCOMPARE(ActivationCode::checkCharacter(first19), check);
}

void TestActivationCode::checkCharacterRefusesMalformedInput_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("18 symbols") << QStringLiteral("A11A1111111A1AA1A1");
    QTest::newRow("20 symbols") << QStringLiteral("A11A1111111A1AA1A11P");
    QTest::newRow("lower case (not normalized)") << QStringLiteral("a11a1111111a1aa1a11");
    QTest::newRow("a dash") << QStringLiteral("A11A1-111111A1AA1A1");
}

void TestActivationCode::checkCharacterRefusesMalformedInput()
{
    QFETCH(QString, input);

    QVERIFY(ActivationCode::checkCharacter(input).isNull());
}

void TestActivationCode::maskedShowsOnlyTheLastGroup()
{
    const Result<ActivationCode> parsed =
        ActivationCode::parse(QStringLiteral("a11a1111111a1aa1a11p"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->masked(), QStringLiteral("*****-*****-*****-1A11P"));
    QCOMPARE(parsed->text(), QStringLiteral("A11A1-11111-1A1AA-1A11P"));
}

void TestActivationCode::everyPrefixHasExactlyOneCheckCharacter()
{
    QRandomGenerator random(20261129);
    for (int i = 0; i < 1000; ++i) {
        const QString prefix = randomPrefix(random);
        const QChar check = ActivationCode::checkCharacter(prefix);
        QVERIFY2(!check.isNull(), qPrintable(prefix));
        QVERIFY2(ActivationCode::parse(prefix + check).ok(), qPrintable(prefix + check));
        for (const char other : Alphabet) {
            if (QLatin1Char(other) == check)
                continue;
            QCOMPARE(reasonOf(prefix + QLatin1Char(other)), QStringLiteral("bad-check"));
        }
    }
}

void TestActivationCode::singleSubstitutionsAndTranspositionsAreCaught()
{
    // The reason for a check character at all: the typos people make most. A hybrid
    // MOD 37,36 system catches every single substitution and nearly every swap of
    // neighbours (about 1 in 600 swaps slips through).
    QRandomGenerator random(7064);
    int swaps = 0;
    int caughtSwaps = 0;
    for (int i = 0; i < 100; ++i) {
        const QString prefix = randomPrefix(random);
        const QString code = prefix + ActivationCode::checkCharacter(prefix);
        for (qsizetype pos = 0; pos < code.size(); ++pos) {
            for (const char other : Alphabet) {
                if (QLatin1Char(other) == code.at(pos))
                    continue;
                QString typo = code;
                typo[pos] = QLatin1Char(other);
                QCOMPARE(reasonOf(typo), QStringLiteral("bad-check"));
            }
            if (pos + 1 < code.size() && code.at(pos) != code.at(pos + 1)) {
                QString swapped = code;
                std::swap(swapped[pos], swapped[pos + 1]);
                ++swaps;
                caughtSwaps += reasonOf(swapped) == QLatin1String("bad-check") ? 1 : 0;
            }
        }
    }
    QVERIFY2(caughtSwaps * 100 >= swaps * 99,
             qPrintable(QStringLiteral("%1 of %2 swaps caught").arg(caughtSwaps).arg(swaps)));
}

void TestActivationCode::validateLive_data()
{
    using State = ActivationCode::Validation::State;
    QTest::addColumn<QString>("input");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("nothing typed yet") << QString() << State::Incomplete << QString() << QString();
    QTest::newRow("first group typed")
        << QStringLiteral("a11a1") << State::Incomplete << QStringLiteral("A11A1") << QString();
    QTest::newRow("into the second group")
        << QStringLiteral("a11a11") << State::Incomplete << QStringLiteral("A11A1-1") << QString();
    QTest::newRow("Cyrillic while typing")
        << QStringLiteral(u"\u0430\u0412\u0441") << State::Incomplete << QStringLiteral("ABC")
        << QString();
    QTest::newRow("one symbol short")
        << QStringLiteral("A11A1-11111-1A1AA-1A11") << State::Incomplete
        << QStringLiteral("A11A1-11111-1A1AA-1A11") << QString();
    QTest::newRow("bad symbol is invalid at once")
        << QStringLiteral("A1!") << State::Invalid << QStringLiteral("A1!")
        << QStringLiteral("bad-symbol");
    QTest::newRow("whole valid code regrouped")
        << QStringLiteral("a11a1 1111 11a1a a1a11p") << State::Valid
        << QStringLiteral("A11A1-11111-1A1AA-1A11P") << QString();
    QTest::newRow("whole code with a typo")
        << QStringLiteral("A11A1-11111-1A1AA-1A11Q") << State::Invalid
        << QStringLiteral("A11A1-11111-1A1AA-1A11Q") << QStringLiteral("bad-check");
    QTest::newRow("one symbol too many")
        << QStringLiteral("A11A1-11111-1A1AA-1A11P1") << State::Invalid
        << QStringLiteral("A11A1-11111-1A1AA-1A11P-1") << QStringLiteral("too-long");
}

void TestActivationCode::validateLive()
{
    QFETCH(QString, input);
    QFETCH(ActivationCode::Validation::State, state);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const ActivationCode::Validation validation = ActivationCode::validateLive(input);
    QCOMPARE(validation.state, state);
    QCOMPARE(validation.text, text);
    QCOMPARE(validation.reason, reason);
    // An invalid code says why; the other states have nothing to complain about.
    QCOMPARE(validation.message.isEmpty(), state != ActivationCode::Validation::State::Invalid);
    if (state == ActivationCode::Validation::State::Invalid)
        QCOMPARE(validation.message, ActivationCode::parse(input).error().message);
}

QTEST_GUILESS_MAIN(TestActivationCode)
#include "tst_activationcode.moc"
