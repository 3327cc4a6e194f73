// WrappingRow puts its widgets side by side while their minimum widths fit, gives each
// at least its minimum, stacks them below that, and answers heights for widths to
// match; hidden widgets take no room.
#include "WrappingRow.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace LightAgent;

namespace {

constexpr int Spacing = 16;

// A widget of a given minimum width and height that would like to be wider.
QWidget *box(int minimumWidth, int height, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    widget->setMinimumSize(minimumWidth, height);
    widget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return widget;
}

} // namespace

class TestWrappingRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sideBySideWhereTheMinimumsFit();
    void givesAnItemItsMinimumAboveAnEqualShare();
    void stacksBelowTheMinimums();
    void hiddenWidgetsTakeNoRoom();
    void minimumIsTheWidestItem();
    void firstItemOnTheLeadingSide();

private:
    void layOut(int width);

    std::unique_ptr<QWidget> m_container;
    WrappingRow *m_row = nullptr;
    QWidget *m_wide = nullptr; // minimum 300 × 120
    QWidget *m_narrow = nullptr; // minimum 200 × 80
};

void TestWrappingRow::init()
{
    m_container = std::make_unique<QWidget>();
    m_row = new WrappingRow(Spacing, m_container.get());
    m_wide = box(300, 120, m_container.get());
    m_narrow = box(200, 80, m_container.get());
    m_row->addWidget(m_wide);
    m_row->addWidget(m_narrow);
}

void TestWrappingRow::cleanup()
{
    m_container.reset();
}

void TestWrappingRow::layOut(int width)
{
    m_row->setGeometry(QRect(0, 0, width, m_row->heightForWidth(width)));
}

void TestWrappingRow::sideBySideWhereTheMinimumsFit()
{
    QVERIFY(m_row->fitsSideBySide(300 + Spacing + 200));
    layOut(800);
    QCOMPARE(m_wide->geometry(), QRect(0, 0, 392, 120));
    QCOMPARE(m_narrow->geometry(), QRect(392 + Spacing, 0, 392, 120)); // the row's height
    QCOMPARE(m_row->heightForWidth(800), 120);
}

void TestWrappingRow::givesAnItemItsMinimumAboveAnEqualShare()
{
    layOut(600); // an equal share would be 292
    QCOMPARE(m_wide->geometry(), QRect(0, 0, 300, 120));
    QCOMPARE(m_narrow->geometry(), QRect(300 + Spacing, 0, 600 - 300 - Spacing, 120));
}

void TestWrappingRow::stacksBelowTheMinimums()
{
    const int width = 300 + Spacing + 200 - 1;
    QVERIFY(!m_row->fitsSideBySide(width));
    QCOMPARE(m_row->heightForWidth(width), 120 + Spacing + 80);
    layOut(width);
    QCOMPARE(m_wide->geometry(), QRect(0, 0, width, 120));
    QCOMPARE(m_narrow->geometry(), QRect(0, 120 + Spacing, width, 80));
}

void TestWrappingRow::hiddenWidgetsTakeNoRoom()
{
    m_wide->hide();
    QVERIFY(m_row->fitsSideBySide(200));
    layOut(250);
    QCOMPARE(m_narrow->geometry(), QRect(0, 0, 250, 80));
    QCOMPARE(m_row->heightForWidth(250), 80);
}

void TestWrappingRow::minimumIsTheWidestItem()
{
    QCOMPARE(m_row->minimumSize().width(), 300);
    m_row->setContentsMargins(10, 0, 10, 0);
    QCOMPARE(m_row->minimumSize().width(), 320);
    QVERIFY(m_row->fitsSideBySide(10 + 300 + Spacing + 200 + 10));
    QVERIFY(!m_row->fitsSideBySide(10 + 300 + Spacing + 200 + 9));
    layOut(400);
    QCOMPARE(m_wide->geometry(), QRect(10, 0, 380, 120));
}

void TestWrappingRow::firstItemOnTheLeadingSide()
{
    m_container->setLayoutDirection(Qt::RightToLeft);
    layOut(800);
    QCOMPARE(m_wide->geometry(), QRect(800 - 392, 0, 392, 120));
    QCOMPARE(m_narrow->geometry(), QRect(0, 0, 392, 120));
}

QTEST_MAIN(TestWrappingRow)
#include "tst_wrappingrow.moc"
