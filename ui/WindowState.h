// Where the console keeps the window's geometry and the journal page's splitter between
// runs: in the state database's settings, next to the language choice, so that a data
// directory (--data-dir) carries its own layout and nothing is written outside it.
// The blobs Qt makes (saveGeometry, QSplitter::saveState) are kept as base64 text.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QLatin1String>

namespace LightAgent {

class StateDatabase;

class WindowState
{
public:
    static constexpr QLatin1String GeometrySetting {"ui.geometry"};
    static constexpr QLatin1String JournalSplitterSetting {"ui.journalSplitter"};

    // The saved blob, or an empty one when nothing was saved or it cannot be read: the
    // caller then keeps its default layout.
    static QByteArray load(const StateDatabase &database, QLatin1String name);
    static Status save(StateDatabase &database, QLatin1String name, const QByteArray &state);
};

} // namespace LightAgent
