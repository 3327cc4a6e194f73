// What every navigation page of the main window is made of, so that the pages look and
// behave alike: a big bold title, and the content in a frameless scroll area (small
// windows scroll instead of clipping it).
#pragma once

#include <QString>

class QLabel;
class QScrollArea;
class QWidget;

namespace LightAgent {

QLabel *pageTitle(const QString &objectName, QWidget *parent);
// Puts `content` (without a parent yet) into a scroll area that fills `page`. The
// area is named NAMEScroll, its bars NAMEVerticalScrollBar and NAMEHorizontalScrollBar.
QScrollArea *scrollPage(QWidget *page, QWidget *content, const QString &name);

} // namespace LightAgent
