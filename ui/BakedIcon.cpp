#include "BakedIcon.h"

#include <QImage>
#include <QPixmap>
#include <QResource>

namespace LightAgent {

namespace {

// The sizes ui/CMakeLists.txt bakes.
constexpr int Sizes[] = {LIGHTAGENT_BAKED_ICON_SIZES};

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
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace LightAgent
