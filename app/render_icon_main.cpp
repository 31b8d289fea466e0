// samtidig-render-icon: a build tool, not installed. Renders the application icon (SVG) into the
// PNG sizes of the hicolor icon theme, with the same SVG renderer the window uses:
//   samtidig-render-icon ICON.svg OUT_DIR SIZE...  writes OUT_DIR/<SIZE>x<SIZE>/apps/<name>.png
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s ICON.svg OUT_DIR SIZE...\n", argv[0]);
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "samtidig-render-icon: %s is not a valid SVG file\n", argv[1]);
        return 1;
    }
    const QString name = QFileInfo(svg).completeBaseName() + QStringLiteral(".png");
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QByteArray(argv[i]).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "samtidig-render-icon: size must be 8 to 1024 pixels (got '%s')\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        const QString out = dir + QLatin1Char('/') + name;
        if (!QDir().mkpath(dir) || !image.save(out)) {
            std::fprintf(stderr, "samtidig-render-icon: could not write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
