#pragma once

#include "report.h"

#include <QByteArray>

// Pictures the HTML and PDF reports embed. Core cannot draw them (it links no QtGui); the UI layer
// renders them and passes them in. An empty picture is left out.
struct ReportImages
{
    QByteArray diagramPng; // the path diagram coloured by the results
    QByteArray latencyPng; // gateway handshake times
    QByteArray portsPng;   // port states of the subnet sweep and redirect range
};

enum class HtmlFlavor {
    Standalone,   // one self-contained file: inline style, pictures as data: URIs; prints well
    TextDocument, // for QTextDocument (the PDF): the subset it renders, pictures as resource names
};

// Resource names the TextDocument flavor refers to (QTextDocument::addResource with these URLs).
inline constexpr auto htmlDiagramResource = "miconnect:diagram.png";
inline constexpr auto htmlLatencyResource = "miconnect:latency.png";
inline constexpr auto htmlPortsResource = "miconnect:ports.png";

// The whole report as HTML: header (tool version, time, machine, scenario), the path diagram, the
// checks, the charts, the findings with remedy and sources. Every text is HTML-escaped.
QString reportToHtml(const Report &report, const ReportImages &images = {}, HtmlFlavor flavor = HtmlFlavor::Standalone);
