#include "VisibleText.h"

#include <algorithm>

namespace LightAgent {

namespace {

bool isHidden(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
        || c == 0x061c // Arabic letter mark
        || c == 0x200e || c == 0x200f // left-to-right and right-to-left marks
        || (c >= 0x2028 && c <= 0x202e) // line and paragraph separators, embeddings, overrides
        || (c >= 0x2066 && c <= 0x2069); // isolates
}

} // namespace

QString visibleText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isHidden(c.unicode()))
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool hasHiddenCharacters(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return isHidden(c.unicode()); });
}

} // namespace LightAgent
