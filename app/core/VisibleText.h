// Text that came over the network (headers, the service's messages, fields of its
// answers), made safe to show in a terminal, a widget or the journal: every control
// character (C0, DEL, C1) and every character that reorders or hides text (bidi
// embeddings, overrides, isolates and marks) is written out as a \uXXXX escape, so
// a server can neither drive the terminal nor disguise what is shown.
#pragma once

#include <QString>
#include <QStringView>

namespace LightAgent {

QString visibleText(QStringView text);

// Whether visibleText() would change `text`.
bool hasHiddenCharacters(QStringView text);

} // namespace LightAgent
