#pragma once

#include "report/htmlreport.h"
#include "report/report.h"

#include <QSize>
#include <QStringList>

// The report formats by file extension: .json, .md, .html, .pdf, .txt.
QStringList reportExportExtensions();

// The size the report's pictures are drawn at, in logical pixels: the charts' labels and the diagram's
// hops have room, and the proportions suit a page.
inline constexpr QSize reportImageSize { 900, 360 };

// Draws the report's pictures (path diagram, latency chart, port-state chart) with the widgets the
// wizard uses, in a light print palette whatever the desktop's theme, `size` logical pixels at
// `pixelRatio` (2 for print: the PNG then has twice the pixels, its text drawn sharp). A chart whose
// check did not run or has no data is left out (empty). Needs a QApplication (the offscreen platform is
// enough); without one every picture is empty.
ReportImages renderReportImages(const Report &report, const QSize &size = reportImageSize, qreal pixelRatio = 1.0);

// The PDF: QPdfWriter + QTextDocument from the TextDocument HTML, A4, a header on every page (tool
// version, time, machine, scenario) and "Page N of M" at the foot. Empty without a QGuiApplication.
QByteArray reportToPdf(const Report &report, const ReportImages &images);

// Writes `report` to `path` in the format its extension names, atomically (QSaveFile): on any failure
// — unknown extension, unwritable folder, full disk — returns false with a translated reason and
// leaves no file behind. Needs a QApplication for .pdf, and for the pictures in .html (without one the
// HTML has none).
bool exportReport(const Report &report, const QString &path, QString *error);
