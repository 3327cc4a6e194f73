// Contrast measured on rendered pixels, in the light and the dark palette: text that
// carries meaning reaches WCAG AA's 4.5:1 against what is behind it, icons and the
// borders of controls 3:1 (an unticked box on the dark window was 1.17:1, the
// navigation's icons 2.2:1, the help and information icons 2.9:1).
#include "BakedIcon.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "MainWindow.h"
#include "common/ConsoleFixture.h"
#include "common/TestKeys.h"
#include "core/Clock.h"
#include "core/StateDatabase.h"
#include "help/LanguageLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace LightAgent;

namespace {

const QDateTime Today(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

double luminance(QRgb rgb)
{
    auto linear = [](int channel) {
        const double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(qRed(rgb)) + 0.7152 * linear(qGreen(rgb)) + 0.0722 * linear(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The most frequent colour of the area: what is behind the text or the icon.
QRgb background(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    QRgb most = 0;
    int mostCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > mostCount) {
            most = it.key();
            mostCount = it.value();
        }
    }
    return most;
}

// The strongest contrast any pixel of the area has against its background: for text,
// the cores of its strokes, where the glyphs cover a pixel fully.
double strongest(const QImage &image, const QRect &area)
{
    const QRgb behind = background(image, area);
    double best = 1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            best = qMax(best, contrast(image.pixel(x, y) | 0xff000000, behind));
    }
    return best;
}

// The contrast of the icon's own colour: the most frequent colour that is not the
// background (the marks inside an icon are smaller than the shape they are drawn on).
double iconContrast(const QImage &image, const QRect &area)
{
    const QRgb behind = background(image, area);
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000;
            if (contrast(pixel, behind) > 1.1) // not the background or its antialiased edge
                ++counts[pixel];
        }
    }
    QRgb most = behind;
    int mostCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > mostCount) {
            most = it.key();
            mostCount = it.value();
        }
    }
    return contrast(most, behind);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void uncheckedBoxesCanBeSeen_data();
    void uncheckedBoxesCanBeSeen();
    void iconsStandOut_data();
    void iconsStandOut();
    void navigationIconsStandOut_data();
    void navigationIconsStandOut();
    void textIsReadable_data();
    void textIsReadable();

private:
    void usePalette(bool dark);
    void addPaletteRows();

    FixedClock m_clock {Today};
    Test::ConsoleFixture m_fx;
};

void TestContrast::initTestCase()
{
    Clock::setInstance(&m_clock);
}

void TestContrast::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestContrast::init()
{
    QCOMPARE(m_fx.open(), QString());
}

void TestContrast::cleanup()
{
    m_fx.close();
}

// The console's own way of choosing its palette (LIGHTAGENT_DARK=1 for the dark one).
void TestContrast::usePalette(bool dark)
{
    qputenv("LIGHTAGENT_DARK", dark ? "1" : "0");
    ConsoleStyle::install();
    if (!dark)
        QApplication::setPalette(QApplication::style()->standardPalette());
    QCOMPARE(darkPalette(), dark);
}

void TestContrast::addPaletteRows()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestContrast::uncheckedBoxesCanBeSeen_data()
{
    addPaletteRows();
}

void TestContrast::uncheckedBoxesCanBeSeen()
{
    QFETCH(bool, dark);
    usePalette(dark);
    QWidget window;
    auto *box = new QCheckBox(QStringLiteral("I agree"), &window);
    box->move(10, 10);
    window.resize(200, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    const QImage image = window.grab().toImage();
    // The box against the window around it: its border is what shows it is there.
    const QRect around = indicator.translated(box->pos()).adjusted(-3, -3, 3, 3);
    const double measured = strongest(image, around);
    QVERIFY2(measured >= 3.0, qPrintable(QStringLiteral("%1:1").arg(measured, 0, 'f', 2)));
}

void TestContrast::iconsStandOut_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("icon");
    for (bool dark : {false, true}) {
        for (const char *icon : {"help", "status-neutral", "status-good", "status-warning",
                                 "status-critical", "open", "remove"})
            QTest::addRow("%s, %s", dark ? "dark" : "light", icon)
                << dark << QString::fromLatin1(icon);
    }
}

// Each icon as a label shows it, on the window's colour.
void TestContrast::iconsStandOut()
{
    QFETCH(bool, dark);
    QFETCH(QString, icon);
    usePalette(dark);
    QLabel label;
    label.setAutoFillBackground(true);
    label.setAlignment(Qt::AlignCenter);
    label.setPixmap(bakedIcon(icon).pixmap(QSize(32, 32)));
    label.resize(48, 48);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    const QImage image = label.grab().toImage();
    const double measured = iconContrast(image, image.rect());
    QVERIFY2(measured >= 3.0, qPrintable(QStringLiteral("%1:1").arg(measured, 0, 'f', 2)));
}

void TestContrast::navigationIconsStandOut_data()
{
    addPaletteRows();
}

void TestContrast::navigationIconsStandOut()
{
    QFETCH(bool, dark);
    usePalette(dark);
    MainWindow window(*m_fx.session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const QImage image = navigation->viewport()->grab().toImage();
    const QSize icon = navigation->iconSize().isValid()
        ? navigation->iconSize()
        : QSize(1, 1) * navigation->style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (int row = 1; row < navigation->count(); ++row) { // row 0 is selected, on its tint
        const QRect item = navigation->visualItemRect(navigation->item(row));
        // Where the navigation draws the icon: after its accent bar and padding.
        const QRect area(item.left() + 8, item.top() + (item.height() - icon.height()) / 2,
                         icon.width() + 4, icon.height());
        const double measured = iconContrast(image, area.intersected(image.rect()));
        QVERIFY2(measured >= 3.0,
                 qPrintable(navigation->item(row)->text() +
                            QStringLiteral(": %1:1").arg(measured, 0, 'f', 2)));
    }
}

void TestContrast::textIsReadable_data()
{
    addPaletteRows();
}

// Every label with text on every page of the window.
void TestContrast::textIsReadable()
{
    QFETCH(bool, dark);
    usePalette(dark);
    MainWindow window(*m_fx.session);
    window.resize(1060, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList faint;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTRY_VERIFY(window.currentPage() && window.currentPage()->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QImage image = window.grab().toImage();
        const auto labels = window.currentPage()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            // Disabled text is exempt (WCAG 1.4.3); a picture is an icon, measured above.
            if (!label->isVisibleTo(&window) || !label->isEnabled() ||
                label->text().trimmed().isEmpty() || label->height() < 4 || label->width() < 4)
                continue;
            const QRect area = QRect(label->mapTo(&window, QPoint(0, 0)), label->size())
                                   .intersected(window.rect());
            if (area.isEmpty())
                continue;
            const double measured = strongest(image, area);
            if (measured < 4.5)
                faint.append(
                    QStringLiteral("%1 (%2:1)").arg(label->objectName()).arg(measured, 0, 'f', 2));
        }
    }
    QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
