// Journal page latency for scripts/bench: the time from creating the Journal page
// until its first rows are painted (or, for an empty journal, its placeholder), on a
// data directory filled by bench_journal_fill. Prints milliseconds.
//
//   bench_journal_page DATA_DIR
#include "ConsoleSession.h"
#include "JournalModel.h"
#include "JournalPage.h"
#include "core/StateDatabase.h"
#include "core/VendorProfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTableView>

#include <cstdio>

using namespace LightAgent;

namespace {

// Quits once the table has painted rows, or, when the model has none, once the
// page has painted its placeholder.
class FirstRowsPainted : public QObject
{
public:
    explicit FirstRowsPainted(JournalPage *page)
        : QObject(page)
        , m_page(page)
    {
        page->installEventFilter(this);
        page->table()->viewport()->installEventFilter(this);
    }
    bool seen() const { return m_seen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_seen || event->type() != QEvent::Paint)
            return false;
        const bool rows = m_page->model()->rowCount() > 0;
        if ((rows && watched == m_page->table()->viewport()) || (!rows && watched == m_page)) {
            m_seen = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QPointer<JournalPage> m_page;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_journal_page DATA_DIR\n");
        return 2;
    }
    auto profile = VendorProfile::resolve(QString());
    auto database = StateDatabase::open(args.at(1));
    if (!profile || !database) {
        std::fprintf(stderr, "cannot open the profile or the data directory\n");
        return 1;
    }
    ConsoleSession session(profile.value(), database.value());

    QElapsedTimer clock;
    clock.start();
    JournalPage page(session);
    page.resize(1000, 700);
    const auto *probe = new FirstRowsPainted(&page);
    page.show(); // showEvent() reads the journal
    QApplication::exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (!probe->seen())
        return 1;
    std::printf("%.3f %d\n", ms, page.model()->rowCount());
    return 0;
}
