// Keeps every top-level window inside the available area of its screen: at 200 % a
// 1600×1200 screen offers 800×600 logical pixels, less than the windows' default and
// minimum sizes, and a window larger than that puts its buttons out of reach. One
// application-wide filter fits each window as it is shown, whatever sized it before
// (a default size, a restored geometry, a layout's minimum).
#pragma once

class QWidget;

namespace LightAgent::ScreenFit {

// Fits every top-level window of the application from now on, as it is shown.
void install();
// Shrinks the window (and its minimum size) to the available area of its screen and
// moves it back inside that area; a window that fits is left as it is.
void fit(QWidget *window);

} // namespace LightAgent::ScreenFit
