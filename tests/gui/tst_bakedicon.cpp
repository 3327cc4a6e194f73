// The icons rendered at build time (ui/BakedIcon.h): every one the console uses is
// there at every baked size, holds the picture (opaque ink inside, transparent
// corners for the round ones), and scales to the sizes in between.
#include "BakedIcon.h"
#include "ConsoleStyle.h"
#include "StatusTone.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QTest>
#include <QToolButton>

using namespace LightAgent;

class TestBakedIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIconIsThere_data();
    void everyIconIsThere();
    void roundIconsHaveTransparentCorners();
    void unknownNameGivesNullIcon();
    void toneIconsAreTheBakedOnes();
    void menuBarLoadsNoImagePlugin();
};

void TestBakedIcon::everyIconIsThere_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"license", "updates", "journal", "data-provision", "help", "lightagent", "open", "remove",
          "extension", "status-good", "status-warning", "status-critical", "status-neutral"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestBakedIcon::everyIconIsThere()
{
    QFETCH(QString, name);
    const QIcon icon = bakedIcon(name);
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 22, 32, 48, 64})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    for (const int size : {16, 18, 28, 40, 64}) { // baked or scaled from the next larger
        const QImage image =
            icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        int ink = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                ink += qAlpha(image.pixel(x, y)) > 64;
        QVERIFY2(ink > size * size / 25,
                 qPrintable(QStringLiteral("%1 px: %2 opaque pixels").arg(size).arg(ink)));
    }
}

void TestBakedIcon::roundIconsHaveTransparentCorners()
{
    for (const char *name : {"status-good", "status-critical", "help"}) {
        const QImage image = bakedIcon(QString::fromLatin1(name))
                                 .pixmap(32, 32)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(qAlpha(image.pixel(0, 0)) == 0 && qAlpha(image.pixel(31, 31)) == 0, name);
        QVERIFY2(qAlpha(image.pixel(16, 3)) > 200, name); // the circle's edge, at the top
    }
}

void TestBakedIcon::unknownNameGivesNullIcon()
{
    QVERIFY(bakedIcon(QStringLiteral("no-such-icon")).isNull());
}

void TestBakedIcon::toneIconsAreTheBakedOnes()
{
    const QImage tone =
        toneIcon(StatusTone::Warning, QApplication::style()).pixmap(32, 32).toImage();
    const QImage baked = bakedIcon(QStringLiteral("status-warning")).pixmap(32, 32).toImage();
    QCOMPARE(tone, baked);
}

// QMenuBar asks the style for its extension button's icon as it is made; the platform
// style's comes from PNG files, and reading them loads every image-format plugin.
void TestBakedIcon::menuBarLoadsNoImagePlugin()
{
    QApplication::setStyle(new CardStyle);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    const auto *extension = window.menuBar()->findChild<QToolButton *>();
    QVERIFY(extension);
    QCOMPARE(extension->icon().pixmap(16, 16).toImage(),
             bakedIcon(QStringLiteral("extension")).pixmap(16, 16).toImage());
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY2(!mapped.contains("/imageformats/"), "an image-format plugin was loaded");
}

QTEST_MAIN(TestBakedIcon)
#include "tst_bakedicon.moc"
