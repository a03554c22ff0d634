#include "reportexport.h"

#include "charts/latencychartview.h"
#include "charts/portstatechartview.h"
#include "diagnosis/pathview.h"
#include "diagram/pathdiagramview.h"
#include "io/savefile.h"
#include "knowledge/scenariocatalog.h"
#include "report/markdownreport.h"
#include "report/reportjson.h"
#include "report/textreport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

// A light palette for paper, whatever the desktop's theme: the diagram and the charts choose their
// colours from the palette they are given.
QPalette printPalette()
{
    const QColor text(0x1f, 0x23, 0x28);
    const QColor white(Qt::white);
    const QColor button(0xf6, 0xf8, 0xfa);
    QPalette palette(text, button, white, QColor(0x8c, 0x95, 0x9f), QColor(0xd0, 0xd7, 0xde), text, white, white,
                     white);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::AlternateBase, button);
    palette.setColor(QPalette::ToolTipBase, white);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x57, 0x60, 0x6a));
    palette.setColor(QPalette::Highlight, QColor(0x09, 0x69, 0xda));
    palette.setColor(QPalette::HighlightedText, white);
    palette.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    return palette;
}

const CheckResult *findCheck(const Report &report, QLatin1String id)
{
    for (const CheckResult &check : report.checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

// A check's data when it ran and measured something under `key` (a non-empty array).
QJsonObject dataWith(const Report &report, QLatin1String checkId, QLatin1String key)
{
    const CheckResult *check = findCheck(report, checkId);
    if (!check || check->status == CheckStatus::Skip || check->data.value(key).toArray().isEmpty())
        return {};
    return check->data;
}

// One colour everywhere: nothing was drawn.
bool isBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    const QImage pixels = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb first = pixels.pixel(0, 0);
    for (int y = 0; y < pixels.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x) {
            if (line[x] != first)
                return false;
        }
    }
    return true;
}

QByteArray toPng(const QImage &image)
{
    if (isBlank(image))
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QImage canvas(const QSize &size, qreal pixelRatio)
{
    // Opaque: the PNG needs no alpha channel.
    QImage image(size * pixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    return image;
}

// Draws a chart view as the wizard shows it. The widget is never shown (nothing flashes on screen, no
// window is made): the first render() delivers the resize a hidden widget holds back, the chart lays
// itself out from the events that posts (its QGraphicsWidgets' layout requests, the scene's updates),
// and those are delivered here at once — so the picture never depends on timing, and no timer, socket
// or user input runs in between. Two rounds: a layout may post one more request.
QByteArray chartPng(QWidget *view, const QSize &size, qreal pixelRatio)
{
    view->setPalette(printPalette());
    view->resize(size);
    QImage image = canvas(size, pixelRatio);
    view->render(&image);
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::sendPostedEvents();
        image = canvas(size, pixelRatio);
        view->render(&image);
    }
    return toPng(image); // empty when nothing was drawn
}

// The page layout of the PDF, in millimetres.
constexpr qreal marginSideMm = 18;
constexpr qreal marginTopMm = 24; // the running header sits in here
constexpr qreal marginBottomMm = 20; // and the page number in here
constexpr qreal headerBaselineMm = 13;
constexpr qreal headerRuleMm = 15.5;
constexpr qreal footerRuleMm = 13; // from the bottom edge
constexpr qreal footerBaselineMm = 9; // from the bottom edge
constexpr int pdfResolution = 300;

// Millimetres in the PDF's device pixels, for painting.
qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * pdfResolution;
}

// Millimetres in CSS pixels (1/96 inch): the unit QTextDocument's frame margins are given in when it
// lays out for a paint device, scaling them to the device's resolution itself.
qreal cssPx(qreal millimetres)
{
    return millimetres / 25.4 * 96;
}

// What must not be split across pages, found in the laid-out document: a table (each row of the
// checks is one), a finding, and a heading or a table's header row with the first line after it (the
// HTML marks findings and headings with anchors).
struct KeepUnit {
    QTextBlock first; // the unit's first block …
    QTextBlock last; // … and its last
    QTextFrame *frame = nullptr; // a table, which takes the page break itself
    bool sticky = false; // a heading or a header row: belongs with what follows
    qreal top = 0;
    qreal bottom = 0;
};

bool hasBreakBefore(const KeepUnit &unit)
{
    const QTextFormat::PageBreakFlags flags
        = unit.frame ? unit.frame->frameFormat().pageBreakPolicy() : unit.first.blockFormat().pageBreakPolicy();
    return flags.testFlag(QTextFormat::PageBreak_AlwaysBefore);
}

void setBreakBefore(const KeepUnit &unit)
{
    if (unit.frame) {
        QTextFrameFormat format = unit.frame->frameFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        unit.frame->setFrameFormat(format);
    } else {
        QTextBlockFormat format = unit.first.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(unit.first).setBlockFormat(format);
    }
}

QList<KeepUnit> findKeepUnits(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const QString keep = QLatin1String(htmlKeepWithNextAnchorPrefix);
    const QString finding = QLatin1String(htmlFindingAnchorPrefix);
    struct Mark {
        QTextBlock block;
        QString name;
        QTextTable *table;
    };
    QList<Mark> marks;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty() && (names.constFirst().startsWith(keep) || names.constFirst().startsWith(finding))) {
                marks.append({ block, names.constFirst(), QTextCursor(block).currentTable() });
                break;
            }
        }
    }

    QList<KeepUnit> units;
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        KeepUnit unit;
        unit.frame = table;
        unit.first = document->findBlock(table->firstPosition());
        unit.last = document->findBlock(table->lastPosition());
        unit.sticky = std::any_of(marks.cbegin(), marks.cend(), [table, &keep](const Mark &mark) {
            return mark.table == table && mark.name.startsWith(keep);
        });
        const QRectF rect = layout->frameBoundingRect(table);
        unit.top = rect.top();
        unit.bottom = rect.bottom();
        units.append(unit);
    }
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks.at(i);
        if (mark.table)
            continue;
        KeepUnit unit;
        unit.first = mark.block;
        unit.top = layout->blockBoundingRect(mark.block).top();
        if (mark.name.startsWith(keep)) {
            unit.last = mark.block;
            unit.sticky = true;
            unit.bottom = layout->blockBoundingRect(mark.block).bottom();
        } else {
            unit.last = i + 1 < marks.size() ? marks.at(i + 1).block.previous() : document->lastBlock();
            unit.bottom = layout->blockBoundingRect(unit.last).bottom();
        }
        units.append(unit);
    }
    // What sticks to the next unit reaches down to the first line after it.
    for (KeepUnit &unit : units) {
        const QTextBlock next = unit.last.next();
        if (unit.sticky && next.isValid() && next.layout() && next.layout()->lineCount() > 0)
            unit.bottom = std::max(unit.bottom,
                                   layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).rect().bottom());
    }
    std::sort(units.begin(), units.end(),
              [](const KeepUnit &a, const KeepUnit &b) { return a.first.position() < b.first.position(); });
    return units;
}

// QTextDocument breaks pages between lines, also inside a table row, and knows no
// "page-break-inside: avoid". Where a unit crosses a page break and fits on one page, it starts the
// next page instead — together with the headings right before it, so no heading ends a page.
void keepTogether(QTextDocument *document, qreal pageHeight, qreal bodyHeight)
{
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    // Each round moves one unit and lays the document out again; a moved unit starts a page and stays
    // there, so the rounds are bounded by the number of units.
    for (;;) {
        const QList<KeepUnit> units = findKeepUnits(document);
        const KeepUnit *move = nullptr;
        for (qsizetype i = 0; i < units.size() && !move; ++i) {
            const KeepUnit &unit = units.at(i);
            if (hasBreakBefore(unit) || pageOf(unit.top) == pageOf(unit.bottom - 1))
                continue;
            qsizetype start = i;
            bool blocked = false;
            while (start > 0 && units.at(start - 1).sticky
                   && units.at(start - 1).last.next() == units.at(start).first) {
                if (hasBreakBefore(units.at(start - 1))) {
                    blocked = true; // that heading starts a page already: this is as high as it gets
                    break;
                }
                --start;
            }
            if (!blocked && unit.bottom - units.at(start).top <= bodyHeight)
                move = &units.at(start);
        }
        if (!move)
            return;
        setBreakBefore(*move);
    }
}

void drawRunningText(QPainter *painter, const QFont &font, qreal baseline, qreal left, qreal right,
                     const QString &leftText, const QString &rightText)
{
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const qreal gap = mm(6);
    const qreal width = right - left;
    // The right text (machine and scenario, page numbers) keeps its room first, up to half the line.
    const QString rightShown = metrics.elidedText(rightText, Qt::ElideMiddle, width / 2);
    const qreal rightWidth = metrics.horizontalAdvance(rightShown);
    const QString leftShown = metrics.elidedText(leftText, Qt::ElideMiddle, width - rightWidth - gap);
    painter->drawText(QPointF(left, baseline), leftShown);
    painter->drawText(QPointF(right - rightWidth, baseline), rightShown);
}

} // namespace

QStringList reportExportExtensions()
{
    return { QStringLiteral(".json"), QStringLiteral(".md"), QStringLiteral(".html"), QStringLiteral(".pdf"),
             QStringLiteral(".txt") };
}

ReportImages renderReportImages(const Report &report, const QSize &size, qreal pixelRatio)
{
    ReportImages images;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) || size.isEmpty() || pixelRatio <= 0)
        return images;

    {
        // The widget only for its font and palette, the same as the wizard's; drawn by its static render,
        // which lays the diagram out for any size.
        PathDiagramView diagram;
        diagram.setPalette(printPalette());
        const PathView view
            = buildPathView(ScenarioCatalog::builtIn(), report.input.scenarioId, report.input.pathId, report.checks);
        QImage image = canvas(size, pixelRatio);
        image.fill(diagram.palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setFont(diagram.font());
        PathDiagramView::render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view, diagram.palette());
        painter.end();
        images.diagramPng = toPng(image);
    }

    if (const QJsonObject gateway = dataWith(report, CheckIds::tcpGateway, QLatin1String("samples"));
        !gateway.isEmpty()) {
        LatencyChartView chart;
        chart.setGatewayData(gateway);
        images.latencyPng = chartPng(&chart, size, pixelRatio);
    }

    const QJsonObject subnet = dataWith(report, CheckIds::redirectSubnet, QLatin1String("probes"));
    const QJsonObject range = dataWith(report, CheckIds::redirectRange, QLatin1String("nodes"));
    if (!subnet.isEmpty() || !range.isEmpty()) {
        PortStateChartView chart;
        chart.setScanData(subnet, range);
        images.portsPng = chartPng(&chart, size, pixelRatio);
    }
    return images;
}

QByteArray reportToPdf(const Report &report, const ReportImages &images)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
        writer.setTitle(reportTitle(report));
        writer.setCreator(reportToolName(report));

        const QSizeF page(writer.width(), writer.height());
        QTextDocument document;
        // Laid out for the PDF's resolution: point sizes and the pictures' CSS pixels scale to it.
        document.documentLayout()->setPaintDevice(&writer);
        QFont font = QGuiApplication::font();
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        const std::pair<const char *, const QByteArray *> pictures[] = {
            { htmlDiagramResource, &images.diagramPng },
            { htmlLatencyResource, &images.latencyPng },
            { htmlPortsResource, &images.portsPng },
        };
        for (const auto &[name, png] : pictures) {
            if (!png->isEmpty())
                document.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(name)),
                                     QImage::fromData(*png, "PNG"));
        }
        document.setHtml(reportToHtml(report, images, HtmlFlavor::TextDocument));
        // The root frame's margins are the page's: the layout keeps every page's text between them.
        QTextFrameFormat frame = document.rootFrame()->frameFormat();
        frame.setTopMargin(cssPx(marginTopMm));
        frame.setBottomMargin(cssPx(marginBottomMm));
        frame.setLeftMargin(cssPx(marginSideMm));
        frame.setRightMargin(cssPx(marginSideMm));
        document.rootFrame()->setFrameFormat(frame);
        document.setPageSize(page);
        keepTogether(&document, page.height(), page.height() - mm(marginTopMm) - mm(marginBottomMm));

        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        const int pages = document.pageCount();
        QFont running = font;
        running.setPointSizeF(7.5);
        const QColor muted(0x57, 0x60, 0x6a);
        const QColor rule(0xd0, 0xd7, 0xde);
        const qreal left = mm(marginSideMm);
        const qreal right = page.width() - mm(marginSideMm);
        const QString headerLeft = QStringLiteral("%1 · %2").arg(reportToolName(report), reportTimeUtc(report));
        const QString headerRight
            = ReportExport::tr("Machine: %1 · Scenario: %2")
                  .arg(report.environment.machine.isEmpty() ? reportLabels().unknown : report.environment.machine,
                       reportScenarioText(report));
        const QString footerLeft = reportTitle(report);
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            painter.save();
            const QRectF view(0, index * page.height(), page.width(), page.height());
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
            context.palette.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setPen(QPen(rule, mm(0.2)));
            painter.drawLine(QPointF(left, mm(headerRuleMm)), QPointF(right, mm(headerRuleMm)));
            painter.drawLine(QPointF(left, page.height() - mm(footerRuleMm)),
                             QPointF(right, page.height() - mm(footerRuleMm)));
            painter.setPen(muted);
            drawRunningText(&painter, running, mm(headerBaselineMm), left, right, headerLeft, headerRight);
            drawRunningText(&painter, running, page.height() - mm(footerBaselineMm), left, right, footerLeft,
                            ReportExport::tr("Page %1 of %2").arg(index + 1).arg(pages));
        }
        painter.end();
    }
    buffer.close();
    return bytes;
}

bool exportReport(const Report &report, const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    enum class Format { Json, Markdown, Html, Pdf, Text };
    const QString suffix = QLatin1Char('.') + QFileInfo(path).suffix().toLower();
    Format format = Format::Text;
    if (suffix == QLatin1String(".json"))
        format = Format::Json;
    else if (suffix == QLatin1String(".md"))
        format = Format::Markdown;
    else if (suffix == QLatin1String(".html"))
        format = Format::Html;
    else if (suffix == QLatin1String(".pdf"))
        format = Format::Pdf;
    else if (suffix != QLatin1String(".txt"))
        return fail(ReportExport::tr("Cannot save the report to %1: the file name must end in one of %2.")
                        .arg(shownPath, reportExportExtensions().join(QStringLiteral(", "))));

    // Opened before the report is drawn, so an unusable path fails at once (core/io/savefile.h says
    // why it is written unbuffered).
    QSaveFile file(path);
    QString reason;
    if (!openForSaving(file, &reason))
        return fail(ReportExport::tr("Cannot save the report to %1: %2").arg(shownPath, reason));

    QByteArray bytes;
    switch (format) {
    case Format::Json:
        bytes = QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
        break;
    case Format::Markdown:
        bytes = reportToMarkdown(report).toUtf8();
        break;
    case Format::Html:
        // Twice the pixels: sharp on high-density screens and on paper.
        bytes = reportToHtml(report, renderReportImages(report, reportImageSize, 2.0), HtmlFlavor::Standalone).toUtf8();
        break;
    case Format::Pdf:
        bytes = reportToPdf(report, renderReportImages(report, reportImageSize, 2.0));
        if (bytes.isEmpty()) {
            file.cancelWriting();
            return fail(
                ReportExport::tr(
                    "Cannot save the report to %1: the PDF could not be drawn (it needs the graphical program).")
                    .arg(shownPath));
        }
        break;
    case Format::Text:
        bytes = reportToText(report).toUtf8();
        break;
    }

    if (!writeAllAndCommit(file, bytes, &reason))
        return fail(ReportExport::tr("Cannot save the report to %1: %2").arg(shownPath, reason));
    return true;
}
