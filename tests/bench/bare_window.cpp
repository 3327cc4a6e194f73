// The floor for the console's start-up figures (scripts/bench): a bare Qt Widgets main
// window of the console's size with a menu bar, a list and a few labels, built in the
// same tree with the same flags. --exit-after-first-paint quits after the first paint,
// exactly as the console does.
#include "FirstPaintExit.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QWidget *createContent(QWidget *parent)
{
    auto *central = new QWidget(parent);
    auto *layout = new QHBoxLayout(central);
    auto *list = new QListWidget(central);
    list->setFixedWidth(190);
    for (const char *title : {"License", "Updates", "Journal", "Data provision"})
        list->addItem(QString::fromLatin1(title));
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *column = new QVBoxLayout;
    for (const char *text : {"Status", "Active key", "Reserve key", "Databases"})
        column->addWidget(new QLabel(QString::fromLatin1(text), central));
    column->addStretch();
    layout->addLayout(column, 1);
    return central;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    for (const char *menu : {"&File", "&License", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Quit"));
    window.setCentralWidget(createContent(&window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    if (QCoreApplication::arguments().contains(QStringLiteral("--exit-after-first-paint")))
        new LightAgent::FirstPaintExit(&window);
    window.resize(1060, 740);
    window.show();
    return QApplication::exec();
}
