// CachedSizeLabel answers every size question exactly as a QLabel in the same state
// would, and follows each change of what its size depends on, also through QLabel's
// non-virtual setters.
#include "CachedSizeLabel.h"

#include <QApplication>
#include <QPixmap>
#include <QTest>

#include <functional>

using namespace LightAgent;

namespace {

const QString LongText = QStringLiteral(
    "A reserve key takes over automatically when the active key expires, so protection "
    "continues without a gap. Add one before the active key runs out.");

// The cached label's answers against a fresh QLabel's, configured alike by setUp.
template<typename SetUp> void compareWithQLabel(CachedSizeLabel &cached, SetUp setUp)
{
    setUp(cached);
    QLabel plain;
    setUp(plain);
    QCOMPARE(cached.sizeHint(), plain.sizeHint());
    QCOMPARE(cached.minimumSizeHint(), plain.minimumSizeHint());
    QCOMPARE(cached.hasHeightForWidth(), plain.hasHeightForWidth());
    for (const int width : {80, 160, 320, 640})
        QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
}

} // namespace

class TestCachedSizeLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabel_data();
    void answersAsQLabel();
    void followsEveryChange_data();
    void followsEveryChange();
    void asksAgainAsOftenAsItLikes();
};

void TestCachedSizeLabel::answersAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wrap");
    QTest::newRow("short, one line") << QStringLiteral("Commercial") << false;
    QTest::newRow("short, wrapping") << QStringLiteral("100 cores") << true;
    QTest::newRow("long, wrapping") << LongText << true;
    QTest::newRow("mnemonic") << QStringLiteral("&Functionality:") << false;
    QTest::newRow("empty, wrapping") << QString() << true;
    QTest::newRow("Cyrillic, wrapping")
        << QStringLiteral("Резервный ключ вступает в силу автоматически, когда истекает "
                          "срок действия активного ключа.")
        << true;
}

void TestCachedSizeLabel::answersAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(bool, wrap);
    CachedSizeLabel cached;
    compareWithQLabel(cached, [&](QLabel &label) {
        label.setText(text);
        label.setWordWrap(wrap);
    });
}

void TestCachedSizeLabel::followsEveryChange_data()
{
    QTest::addColumn<std::function<void(QLabel &)>>("change");
    using Change = std::function<void(QLabel &)>;
    QTest::newRow("text") << Change([](QLabel &l) { l.setText(LongText + LongText); });
    QTest::newRow("font") << Change([](QLabel &l) {
        QFont font = l.font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.6);
        l.setFont(font);
    });
    QTest::newRow("contents margins")
        << Change([](QLabel &l) { l.setContentsMargins(30, 4, 30, 4); });
    QTest::newRow("margin") << Change([](QLabel &l) { l.setMargin(12); });
    QTest::newRow("indent") << Change([](QLabel &l) { l.setIndent(40); });
    QTest::newRow("minimum width") << Change([](QLabel &l) { l.setMinimumWidth(500); });
    QTest::newRow("maximum width") << Change([](QLabel &l) { l.setMaximumWidth(150); });
    QTest::newRow("alignment") << Change([](QLabel &l) { l.setAlignment(Qt::AlignCenter); });
    QTest::newRow("wrapping off") << Change([](QLabel &l) { l.setWordWrap(false); });
    QTest::newRow("rich text") << Change([](QLabel &l) {
        l.setTextFormat(Qt::RichText);
        l.setText(QStringLiteral("<h1>") + LongText + QStringLiteral("</h1>"));
    });
    QTest::newRow("picture") << Change([](QLabel &l) {
        QPixmap pixmap(48, 300);
        pixmap.fill(Qt::red);
        l.setPixmap(pixmap);
    });
}

void TestCachedSizeLabel::followsEveryChange()
{
    QFETCH(std::function<void(QLabel &)>, change);
    const auto before = [](QLabel &label) {
        label.setText(LongText);
        label.setWordWrap(true);
    };
    CachedSizeLabel cached;
    compareWithQLabel(cached, before); // the answers are kept now
    compareWithQLabel(cached, [&](QLabel &label) {
        before(label);
        change(label);
    });
}

void TestCachedSizeLabel::asksAgainAsOftenAsItLikes()
{
    CachedSizeLabel label;
    label.setText(LongText);
    label.setWordWrap(true);
    // More widths than are kept: the oldest are measured again, rightly.
    QList<int> heights;
    for (int width = 60; width < 700; width += 40)
        heights.append(label.heightForWidth(width));
    int i = 0;
    for (int width = 60; width < 700; width += 40)
        QCOMPARE(label.heightForWidth(width), heights.at(i++));
    QVERIFY(heights.first() > heights.last()); // narrower is taller
}

QTEST_MAIN(TestCachedSizeLabel)
#include "tst_cachedsizelabel.moc"
