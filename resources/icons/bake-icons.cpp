// Renders the console's SVG icons, at build time, into raw pixels that the console
// embeds (ui/BakedIcon.h): its start-up then needs neither Qt's SVG engine nor its
// image-format plugins, which it would otherwise load and run for a dozen icons
// before the first paint (scripts/bench, figure 1).
//
//   lightagent-bake-icons OUT_DIR SIZE,SIZE,... FILE.svg...
//
// Writes OUT_DIR/NAME-SIZE.argb for every file and size: SIZE x SIZE pixels, rows top
// to bottom, each pixel a premultiplied ARGB32 value in the machine's byte order.
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: lightagent-bake-icons OUT_DIR SIZE,SIZE,... FILE.svg...\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QList<int> sizes;
    for (const QString &size : QString::fromLatin1(argv[2]).split(QLatin1Char(','))) {
        bool ok = false;
        sizes.append(size.toInt(&ok));
        if (!ok || sizes.constLast() <= 0 || sizes.constLast() > 512) {
            std::fprintf(stderr, "lightagent-bake-icons: bad size %s\n", qPrintable(size));
            return 2;
        }
    }
    for (int i = 3; i < argc; ++i) {
        const QString svg = QString::fromLocal8Bit(argv[i]);
        QSvgRenderer renderer(svg);
        if (!renderer.isValid()) {
            std::fprintf(stderr, "lightagent-bake-icons: cannot read %s\n", qPrintable(svg));
            return 1;
        }
        for (const int size : sizes) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            const QString out = QStringLiteral("%1/%2-%3.argb")
                                    .arg(outDir, QFileInfo(svg).completeBaseName())
                                    .arg(size);
            QFile file(out);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(reinterpret_cast<const char *>(image.constBits()),
                           image.sizeInBytes()) != image.sizeInBytes()) {
                std::fprintf(stderr, "lightagent-bake-icons: cannot write %s\n", qPrintable(out));
                return 1;
            }
        }
    }
    return 0;
}
