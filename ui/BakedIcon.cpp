#include "BakedIcon.h"

#include "StatusTone.h"

#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QResource>

#include <cmath>

namespace LightAgent {

namespace {

// The sizes ui/CMakeLists.txt bakes.
constexpr int Sizes[] = {LIGHTAGENT_BAKED_ICON_SIZES};

double luminance(const QColor &color)
{
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
        0.0722 * linear(color.blueF());
}

// The icons are drawn for light windows: on a dark one their dark blues and greys stay
// below the 3:1 contrast that WCAG asks of a graphic. Each such colour is lightened, hue
// kept, to a luminance that keeps 3:1 against the dark window and against the white
// marks drawn on it.
QImage liftedForDarkWindow(const QImage &baked)
{
    constexpr double Target = 0.25;
    QImage image = baked.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            QColor color = QColor::fromRgba(line[x]);
            if (color.alpha() == 0 || luminance(color) >= Target)
                continue;
            const int alpha = color.alpha();
            float hue, saturation, lightness, unused;
            color.getHslF(&hue, &saturation, &lightness, &unused);
            hue = qMax(0.0f, hue); // -1 for greys, which stay grey
            while (lightness < 1.0f && luminance(color) < Target) {
                lightness = qMin(1.0f, lightness + 0.02f);
                color = QColor::fromHslF(hue, saturation, lightness);
            }
            color.setAlpha(alpha);
            line[x] = color.rgba();
        }
    }
    return image;
}

// On a light window the warning's amber stays below 3:1; a colour (not the white marks)
// that light is darkened, hue kept, until it reaches 3:1 against the window.
QImage deepenedForLightWindow(const QImage &baked)
{
    const double window = luminance(QGuiApplication::palette().color(QPalette::Window));
    const double target = (window + 0.05) / 3.2 - 0.05;
    QImage image = baked.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            QColor color = QColor::fromRgba(line[x]);
            if (color.alpha() == 0 || color.hslSaturationF() < 0.25f || luminance(color) <= target)
                continue;
            const int alpha = color.alpha();
            float hue, saturation, lightness, unused;
            color.getHslF(&hue, &saturation, &lightness, &unused);
            while (lightness > 0.0f && luminance(color) > target) {
                lightness = qMax(0.0f, lightness - 0.02f);
                color = QColor::fromHslF(hue, saturation, lightness);
            }
            color.setAlpha(alpha);
            line[x] = color.rgba();
        }
    }
    return image;
}

} // namespace

QIcon bakedIcon(const QString &name)
{
    QIcon icon;
    for (const int size : Sizes) {
        const QResource pixels(QStringLiteral(":/baked/%1-%2.argb").arg(name).arg(size));
        if (!pixels.isValid() || pixels.compressionAlgorithm() != QResource::NoCompression ||
            pixels.size() != qint64(size) * size * 4)
            continue;
        // Wraps the embedded pixels; the pixmap takes its own copy.
        const QImage image(pixels.data(), size, size, size * 4,
                           QImage::Format_ARGB32_Premultiplied);
        icon.addPixmap(QPixmap::fromImage(darkPalette() ? liftedForDarkWindow(image)
                                                        : deepenedForLightWindow(image)));
    }
    return icon;
}

} // namespace LightAgent
