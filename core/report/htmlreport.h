#pragma once

#include "report.h"

#include <QByteArray>

// Pictures the HTML and PDF reports embed. Core cannot draw them (it links no QtGui); the UI layer
// renders them and passes them in. An empty picture is left out.
struct ReportImages {
    QByteArray diagramPng; // the path diagram coloured by the results
    QByteArray latencyPng; // gateway handshake times
    QByteArray portsPng; // port states of the subnet sweep and redirect range
};

enum class HtmlFlavor {
    Standalone, // one self-contained file: inline style, pictures as data: URIs; prints well
    TextDocument, // for QTextDocument (the PDF): the subset it renders, pictures as resource names
};

// Resource names the TextDocument flavor refers to (QTextDocument::addResource with these URLs).
inline constexpr auto htmlDiagramResource = "miconnect:diagram.png";
inline constexpr auto htmlLatencyResource = "miconnect:latency.png";
inline constexpr auto htmlPortsResource = "miconnect:ports.png";

// Anchors the TextDocument flavor puts into its text, so the PDF writer can find them in the laid-out
// document and keep a heading with what follows it and a finding on one page where it fits:
// "miconnect-keep-N" on the section headings and the checks' header row, "miconnect-finding-N" on each
// finding's heading. The findings come last: the last one ends with the document.
inline constexpr auto htmlKeepWithNextAnchorPrefix = "miconnect-keep-";
inline constexpr auto htmlFindingAnchorPrefix = "miconnect-finding-";

// The width, in CSS pixels, the TextDocument flavor gives its pictures: the text width of an A4 page
// with the PDF's margins.
inline constexpr int htmlTextDocumentImageWidth = 640;

// The whole report as HTML: header (tool version, time, machine, scenario), the path diagram, the
// checks, the charts, the findings with remedy and sources. Every text is HTML-escaped; only http(s)
// sources become links; the Standalone flavor refers to nothing outside the file (its
// Content-Security-Policy forbids it, too).
QString reportToHtml(const Report &report, const ReportImages &images = {}, HtmlFlavor flavor = HtmlFlavor::Standalone);
