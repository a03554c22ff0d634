// iconrender: draws an SVG icon as square PNGs, one per size, for the hicolor icon theme.
//
//   iconrender SOURCE.svg OUTPUT_DIR NAME SIZE…   writes OUTPUT_DIR/SIZExSIZE/NAME.png for each SIZE
//
// A build tool, not shipped: PNGs are made from the one SVG at build time so they never drift from it.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // QPainter on a QImage needs a QGuiApplication for fonts and the like; the build machine may
    // have no display, and the offscreen platform needs none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: iconrender SOURCE.svg OUTPUT_DIR NAME SIZE...\n");
        return 2;
    }

    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "iconrender: cannot read %s as SVG\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QDir outputDir(arguments.at(2));
    const QString name = arguments.at(3);

    for (qsizetype i = 4; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        // The bound only stops a typo from asking for a gigantic image.
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "iconrender: not a size: %s\n", qPrintable(arguments.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString sizeDir = QStringLiteral("%1x%1").arg(size);
        const QString path = outputDir.filePath(sizeDir + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!outputDir.mkpath(sizeDir) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "iconrender: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
