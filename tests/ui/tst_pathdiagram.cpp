#include "diagram/pathdiagramview.h"
#include "knowledge/scenariocatalog.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cmath>

// The path diagram: what it paints, exports and tells screen readers.
class tst_PathDiagram : public QObject {
    Q_OBJECT

private slots:
    void sizeHints();
    void stateColorsFollowThePalette_data();
    void stateColorsFollowThePalette();
    void renderPaintsTheStates_data();
    void renderPaintsTheStates();
    void renderStaysInsideItsArea_data();
    void renderStaysInsideItsArea();
    void widgetPaintsWithItsPalette();
    void exportSvgCarriesTextTitleAndDescription();
    void exportSvgDrawsUnusedHopsDashed();
    void exportPngIsTwiceTheWidgetSize();
    void exportsReportUnwritablePaths();
    void accessibleTextDescribesEveryHop();
    void followsLanguageChanges();
    void longLabelsStillRender_data();
    void longLabelsStillRender();
};

namespace {

CheckResult check(QLatin1String id, CheckStatus status, const QJsonObject &data = {})
{
    CheckResult result;
    result.id = QString(id);
    result.status = status;
    result.summary = QStringLiteral("summary of ") + result.id;
    result.data = data;
    return result;
}

QList<CheckResult> allPassing()
{
    return {
        check(CheckIds::dnsResolve, CheckStatus::Pass),
        check(CheckIds::tcpGateway, CheckStatus::Pass,
              { { QStringLiteral("address"), QStringLiteral("10.0.0.4") }, { QStringLiteral("port"), 1433 } }),
        check(CheckIds::tdsPrelogin, CheckStatus::Pass),
        check(CheckIds::tlsTds7, CheckStatus::Pass),
        check(CheckIds::tlsStrict, CheckStatus::Pass),
        check(CheckIds::redirectSubnet, CheckStatus::Pass,
              { { QStringLiteral("subnet"), QStringLiteral("10.0.0.0/27") },
                { QStringLiteral("nodes"), QJsonArray { QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10") } } }),
        check(CheckIds::redirectRange, CheckStatus::Pass)
    };
}

void setStatus(QList<CheckResult> &checks, QLatin1String id, CheckStatus status)
{
    for (CheckResult &result : checks) {
        if (result.id == id)
            result.status = status;
    }
}

PathView healthyView(const QString &scenario = QStringLiteral("on-premises"))
{
    return buildPathView(ScenarioCatalog::builtIn(), scenario, QString(), allPassing());
}

// The certificate fails (gateway: failed) and the legacy range is blocked (nodes: warning).
PathView brokenGatewayView()
{
    QList<CheckResult> checks = allPassing();
    setStatus(checks, CheckIds::tlsTds7, CheckStatus::Fail);
    setStatus(checks, CheckIds::redirectRange, CheckStatus::Fail);
    return buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("on-premises"), QString(), checks);
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return palette;
}

double luminance(const QColor &color)
{
    const auto linear = [](int channel) {
        const double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QImage renderImage(const PathView &view, const QPalette &palette, const QSize &size = QSize(720, 260))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    PathDiagramView::render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view, palette);
    painter.end();
    return image;
}

int pixelsNear(const QImage &image, const QColor &color, int tolerance = 10)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            if (std::abs(qRed(pixel) - color.red()) <= tolerance && std::abs(qGreen(pixel) - color.green()) <= tolerance
                && std::abs(qBlue(pixel) - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

// Text without the line breaks the diagram put in: no white space, no U+2010 hyphens of split words.
QString flattened(QString text)
{
    text.remove(QChar(0x2010));
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

// A German of two words, enough to see the widget follow a language change.
class TwoWordTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "PathDiagramView") == 0 && qstrcmp(sourceText, "Connection path diagram") == 0)
            return QStringLiteral("Verbindungspfad-Diagramm");
        if (qstrcmp(context, "PathView") == 0 && qstrcmp(sourceText, "failed") == 0)
            return QStringLiteral("fehlgeschlagen");
        return {};
    }
    bool isEmpty() const override { return false; }
};

struct SvgContent {
    QString title;
    QString description;
    QString text; // every <text> element, in drawing order, joined by spaces
    QString raw;
};

SvgContent readSvg(const QString &path)
{
    SvgContent content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return content;
    content.raw = QString::fromUtf8(file.readAll());
    QXmlStreamReader reader(content.raw);
    QStringList texts;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("title"))
            content.title = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (reader.name() == QLatin1String("desc"))
            content.description = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (reader.name() == QLatin1String("text"))
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    if (reader.hasError())
        content.text = QStringLiteral("XML error: ") + reader.errorString();
    else
        content.text = texts.join(QLatin1Char(' '));
    return content;
}

} // namespace

void tst_PathDiagram::sizeHints()
{
    PathDiagramView view;
    QCOMPARE(view.sizeHint(), QSize(720, 260));
    QVERIFY(view.minimumSizeHint().width() <= view.sizeHint().width());
    QVERIFY(view.minimumSizeHint().height() <= view.sizeHint().height());
    QVERIFY(view.minimumSizeHint().width() >= 400);
    QVERIFY(!view.accessibleName().isEmpty());
}

void tst_PathDiagram::stateColorsFollowThePalette_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("ok") << int(HopState::Ok);
    QTest::newRow("degraded") << int(HopState::Degraded);
    QTest::newRow("broken") << int(HopState::Broken);
    QTest::newRow("untested") << int(HopState::Untested);
    QTest::newRow("not used") << int(HopState::NotUsed);
}

void tst_PathDiagram::stateColorsFollowThePalette()
{
    QFETCH(int, state);
    const auto hopState = HopState(state);
    const QPalette light = lightPalette();
    const QPalette dark = darkPalette();
    const QColor onLight = PathDiagramView::stateColor(hopState, light);
    const QColor onDark = PathDiagramView::stateColor(hopState, dark);
    QVERIFY2(onLight != onDark, qPrintable(onLight.name()));
    if (hopState == HopState::NotUsed) {
        // Muted: it stands out less than an untested hop, on either base.
        QVERIFY(contrast(onLight, light.color(QPalette::Base))
                < contrast(PathDiagramView::stateColor(HopState::Untested, light), light.color(QPalette::Base)));
        QVERIFY(contrast(onDark, dark.color(QPalette::Base))
                < contrast(PathDiagramView::stateColor(HopState::Untested, dark), dark.color(QPalette::Base)));
    } else {
        // Darker tones on light bases, lighter ones on dark bases.
        QVERIFY2(onLight.lightness() < onDark.lightness(),
                 qPrintable(onLight.name() + QLatin1Char(' ') + onDark.name()));
    }
    QVERIFY2(contrast(onLight, light.color(QPalette::Base)) >= 3.0, qPrintable(onLight.name()));
    QVERIFY2(contrast(onDark, dark.color(QPalette::Base)) >= 3.0, qPrintable(onDark.name()));

    // A mid-grey base the built-in tones were not made for still gets readable colours.
    QPalette grey;
    grey.setColor(QPalette::Base, QColor(0x9a, 0x9a, 0x9a));
    QVERIFY(contrast(PathDiagramView::stateColor(hopState, grey), grey.color(QPalette::Base)) >= 3.0);

    // The hue says the state: green, amber, red; untested and not used are grey.
    for (const QColor &color : { onLight, onDark }) {
        switch (hopState) {
        case HopState::Ok:
            QVERIFY(color.green() > color.red() && color.green() > color.blue());
            break;
        case HopState::Degraded:
            QVERIFY(color.red() > color.blue() && color.green() > color.blue());
            break;
        case HopState::Broken:
            QVERIFY(color.red() > color.green() + 60 && color.red() > color.blue() + 60);
            break;
        case HopState::Untested:
        case HopState::NotUsed:
            QVERIFY(color.hsvSaturation() < 20);
            break;
        }
    }
}

void tst_PathDiagram::renderPaintsTheStates_data()
{
    QTest::addColumn<bool>("darkTheme");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_PathDiagram::renderPaintsTheStates()
{
    QFETCH(bool, darkTheme);
    const QPalette palette = darkTheme ? darkPalette() : lightPalette();
    const QColor red = PathDiagramView::stateColor(HopState::Broken, palette);
    const QColor amber = PathDiagramView::stateColor(HopState::Degraded, palette);
    const QColor green = PathDiagramView::stateColor(HopState::Ok, palette);

    const QImage broken = renderImage(brokenGatewayView(), palette);
    QVERIFY2(pixelsNear(broken, red) > 200, "the failed gateway is drawn in the failure colour");
    QVERIFY2(pixelsNear(broken, amber) > 100, "the degraded nodes are drawn in the warning colour");
    QVERIFY(pixelsNear(broken, green) > 200);

    const QImage healthy = renderImage(healthyView(), palette);
    QCOMPARE(pixelsNear(healthy, red, 24), 0);
    QCOMPARE(pixelsNear(healthy, amber, 24), 0);
    QVERIFY(pixelsNear(healthy, green) > 600);
    // Text is drawn in the palette's text colour.
    QVERIFY(pixelsNear(healthy, palette.color(QPalette::Text), 16) > 50);

    const QImage untested
        = renderImage(buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("on-premises"), QString(), {}), palette);
    QCOMPARE(pixelsNear(untested, green, 24), 0);
    QVERIFY(pixelsNear(untested, PathDiagramView::stateColor(HopState::Untested, palette)) > 200);
}

void tst_PathDiagram::renderStaysInsideItsArea_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("minimum") << QSize(480, 200);
    QTest::newRow("size hint") << QSize(720, 260);
    QTest::newRow("large") << QSize(1100, 320);
    QTest::newRow("very wide") << QSize(2000, 400);
    QTest::newRow("tall") << QSize(600, 700);
    QTest::newRow("tiny") << QSize(60, 30);
}

void tst_PathDiagram::renderStaysInsideItsArea()
{
    QFETCH(QSize, size);
    const QPalette palette = lightPalette();
    const QColor outside(0x12, 0x34, 0x56);
    const QRect area(QPoint(40, 30), size);
    QImage image(size + QSize(80, 60), QImage::Format_ARGB32_Premultiplied);
    image.fill(outside);
    QPainter painter(&image);
    painter.fillRect(area, palette.color(QPalette::Base));
    PathDiagramView::render(&painter, area, brokenGatewayView(), palette);
    painter.end();

    int paintedInside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (!area.contains(x, y))
                QVERIFY2(pixel == outside,
                         qPrintable(QStringLiteral("painted outside the area at %1,%2").arg(x).arg(y)));
            else if (pixel != palette.color(QPalette::Base))
                ++paintedInside;
        }
    }
    QVERIFY(paintedInside > 0);
}

void tst_PathDiagram::widgetPaintsWithItsPalette()
{
    PathDiagramView view;
    view.setPathView(brokenGatewayView());
    view.resize(view.sizeHint());
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        view.setPalette(palette);
        const QImage image = view.grab().toImage();
        QCOMPARE(image.pixelColor(1, 1), palette.color(QPalette::Base));
        QVERIFY(pixelsNear(image, PathDiagramView::stateColor(HopState::Broken, palette)) > 100);
    }
}

void tst_PathDiagram::exportSvgCarriesTextTitleAndDescription()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PathDiagramView widget;
    widget.setPathView(brokenGatewayView());
    const QString path = dir.filePath(QStringLiteral("path.svg"));
    QString error;
    QVERIFY2(widget.exportSvg(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    const SvgContent svg = readSvg(path);
    QVERIFY2(!svg.text.startsWith(QLatin1String("XML error")), qPrintable(svg.text));
    const PathView &view = widget.pathView();
    QCOMPARE(svg.title, QString::fromUtf8("MI Connect Wizard \u2014 ") + view.title);
    QCOMPARE(svg.description, view.describe());
    // Labels may wrap: compare without the line breaks.
    const QString text = flattened(svg.text);
    QVERIFY2(svg.text.contains(view.title), qPrintable(svg.text));
    for (const PathHop &hop : view.hops) {
        QVERIFY2(text.contains(flattened(hop.label)), qPrintable(hop.label + QLatin1String(" in ") + svg.text));
        if (!hop.detail.isEmpty())
            QVERIFY2(text.contains(flattened(hop.detail)), qPrintable(hop.detail + QLatin1String(" in ") + svg.text));
    }
    for (const HopState state : { HopState::Ok, HopState::Degraded, HopState::Broken })
        QVERIFY2(text.contains(flattened(hopStateLabel(state))), qPrintable(hopStateLabel(state)));
    QVERIFY(!text.contains(flattened(hopStateLabel(HopState::Untested))));
    for (const PathEdge &edge : view.edges) {
        if (!edge.label.isEmpty())
            QVERIFY2(text.contains(flattened(edge.label)), qPrintable(edge.label + QLatin1String(" in ") + svg.text));
    }
    QVERIFY(svg.raw.contains(QLatin1String("viewBox=\"0 0 720 260\"")));

    // Every state word, not only the ones above.
    widget.setPathView(buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("private-endpoint"), QString(), {}));
    QVERIFY2(widget.exportSvg(path, &error), qPrintable(error));
    const SvgContent untested = readSvg(path);
    QVERIFY(untested.text.contains(hopStateLabel(HopState::Untested)));
    QVERIFY(untested.text.contains(hopStateLabel(HopState::NotUsed)));
    QVERIFY(!untested.text.contains(hopStateLabel(HopState::Ok)));
}

void tst_PathDiagram::exportSvgDrawsUnusedHopsDashed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("path.svg"));
    QString error;
    PathDiagramView widget;
    widget.setPathView(healthyView(QStringLiteral("same-vnet")));
    QVERIFY2(widget.exportSvg(path, &error), qPrintable(error));
    QVERIFY(!readSvg(path).raw.contains(QLatin1String("stroke-dasharray")));

    // Private Link always proxies: the subnet and the nodes are not on the path.
    widget.setPathView(healthyView(QStringLiteral("private-endpoint")));
    QCOMPARE(widget.pathView().hop(QStringLiteral("nodes"))->state, HopState::NotUsed);
    QVERIFY2(widget.exportSvg(path, &error), qPrintable(error));
    QVERIFY(readSvg(path).raw.contains(QLatin1String("stroke-dasharray")));
}

void tst_PathDiagram::exportPngIsTwiceTheWidgetSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("path.png"));
    PathDiagramView widget;
    widget.setPalette(lightPalette());
    widget.setPathView(brokenGatewayView());
    QString error;

    // Never laid out: the size hint.
    QVERIFY2(widget.exportPng(path, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1440, 520));
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QVERIFY(pixelsNear(image, PathDiagramView::stateColor(HopState::Broken, widget.palette())) > 400);

    widget.resize(1100, 320);
    QVERIFY2(widget.exportPng(path, &error), qPrintable(error));
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(2200, 640));

    // The base colour of a dark palette fills the background.
    widget.setPalette(darkPalette());
    QVERIFY2(widget.exportPng(path, &error), qPrintable(error));
    QVERIFY(image.load(path));
    QCOMPARE(image.pixelColor(0, 0), darkPalette().color(QPalette::Base));
}

void tst_PathDiagram::exportsReportUnwritablePaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PathDiagramView widget;
    widget.setPathView(healthyView());
    const QString missing = dir.filePath(QStringLiteral("no/such/directory/path"));

    QString error;
    QVERIFY(!widget.exportPng(missing + QLatin1String(".png"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QVERIFY(!QFile::exists(missing + QLatin1String(".png")));

    error.clear();
    QVERIFY(!widget.exportSvg(missing + QLatin1String(".svg"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));

    // No error pointer: still false, no crash.
    QVERIFY(!widget.exportSvg(missing + QLatin1String(".svg"), nullptr));
    QVERIFY(!widget.exportPng(missing + QLatin1String(".png"), nullptr));
}

void tst_PathDiagram::accessibleTextDescribesEveryHop()
{
    PathDiagramView widget;
    QVERIFY(widget.accessibleDescription().isEmpty());

    widget.setPathView(brokenGatewayView());
    QString text = widget.accessibleDescription();
    QCOMPARE(text, widget.pathView().describe());
    QCOMPARE(widget.toolTip(), text);
    for (const PathHop &hop : widget.pathView().hops)
        QVERIFY2(text.contains(hop.label + QLatin1String(hop.detail.isEmpty() ? ": " : " (")), qPrintable(hop.label));
    QVERIFY2(text.contains(QStringLiteral("Gateway (10.0.0.4:1433): failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nodes (10.0.0.9, 10.0.0.10): warning")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("passed")), 4);

    // Kept current: a new view replaces the description.
    widget.setPathView(healthyView());
    text = widget.accessibleDescription();
    QCOMPARE(text.count(QStringLiteral("passed")), 6);
    QVERIFY(!text.contains(QStringLiteral("failed")));
    QCOMPARE(widget.toolTip(), text);
}

void tst_PathDiagram::followsLanguageChanges()
{
    PathDiagramView widget;
    widget.setPathView(brokenGatewayView());
    const QString englishName = widget.accessibleName();
    QVERIFY(widget.accessibleDescription().contains(QStringLiteral("Gateway (10.0.0.4:1433): failed")));

    TwoWordTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString germanName = widget.accessibleName();
    const QString germanDescription = widget.accessibleDescription();
    const QString germanToolTip = widget.toolTip();
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    QCOMPARE(germanName, QStringLiteral("Verbindungspfad-Diagramm"));
    QVERIFY2(germanDescription.contains(QStringLiteral("Gateway (10.0.0.4:1433): fehlgeschlagen")),
             qPrintable(germanDescription));
    QCOMPARE(germanToolTip, germanDescription);
    QCOMPARE(widget.accessibleName(), englishName);
    QVERIFY(widget.accessibleDescription().contains(QStringLiteral("Gateway (10.0.0.4:1433): failed")));
}

void tst_PathDiagram::longLabelsStillRender_data()
{
    QTest::addColumn<QString>("hopId");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QSize>("size");
    const QString german = QString::fromUtf8("Donaudampfschifffahrtsgesellschaftskapitänsverbindungsnetzwerk");
    const QString japanese = QString::fromUtf8("オンプレミスのデータセンターにあるアプリケーションサーバー");
    QTest::newRow("german join, size hint") << "join" << german << QSize(720, 260);
    QTest::newRow("german join, minimum") << "join" << german << QSize(480, 200);
    QTest::newRow("german gateway, large") << "gateway" << german << QSize(1100, 320);
    QTest::newRow("japanese application") << "application" << japanese << QSize(720, 260);
    QTest::newRow("long words application")
        << "application" << QString::fromUtf8("Verwaltete Instanz Subnetzwerkkonfigurationsübersicht")
        << QSize(720, 260);
}

void tst_PathDiagram::longLabelsStillRender()
{
    QFETCH(QString, hopId);
    QFETCH(QString, label);
    QFETCH(QSize, size);
    PathView view = brokenGatewayView();
    for (PathHop &hop : view.hops) {
        if (hop.id == hopId)
            hop.label = label;
    }
    view.edges[4].label = QString::fromUtf8("TCP 1433, 11000\u201311999, und noch viel mehr Ports dazu");

    const QImage image = renderImage(view, lightPalette(), size);
    QVERIFY(pixelsNear(image, PathDiagramView::stateColor(HopState::Broken, lightPalette())) > 50);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PathDiagramView widget;
    widget.resize(size);
    widget.setPathView(view);
    const QString path = dir.filePath(QStringLiteral("long.svg"));
    QString error;
    QVERIFY2(widget.exportSvg(path, &error), qPrintable(error));
    const SvgContent svg = readSvg(path);
    // Wrapped, split or elided, the label's beginning is there.
    QVERIFY2(flattened(svg.text).contains(label.left(10)), qPrintable(svg.text));
    // The other hops keep their words.
    QVERIFY2(svg.text.contains(hopStateLabel(HopState::Broken)), qPrintable(svg.text));
    QVERIFY2(flattened(svg.text).contains(QStringLiteral("10.0.0.4:1433")), qPrintable(svg.text));
}

QTEST_MAIN(tst_PathDiagram)
#include "tst_pathdiagram.moc"
