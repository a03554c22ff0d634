#pragma once

#include "report/htmlreport.h"
#include "report/report.h"

#include <QStringList>

// The report formats by file extension: .json, .md, .html, .pdf, .txt.
QStringList reportExportExtensions();

// Draws the report's pictures (path diagram, latency chart, port-state chart) with the widgets the
// wizard uses, in a light print palette. Needs a QApplication (the offscreen platform is enough).
ReportImages renderReportImages(const Report &report);

// The PDF: QPdfWriter + QTextDocument from the TextDocument HTML, A4, a header on every page (tool
// version, time, machine, scenario) and "page N of M" at the foot.
QByteArray reportToPdf(const Report &report, const ReportImages &images);

// Writes `report` to `path` in the format its extension names, atomically (QSaveFile): on any failure
// — unknown extension, unwritable folder, full disk — returns false with a translated reason and
// leaves no file behind. Needs a QApplication for .html and .pdf.
bool exportReport(const Report &report, const QString &path, QString *error);
