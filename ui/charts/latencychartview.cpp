#include "latencychartview.h"

#include <QChart>
#include <QEvent>
#include <QJsonArray>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Until the first sample arrives (and for short runs) the x axis shows the default ten attempts, so the
// live chart does not rescale after every point.
constexpr int minimumAttemptSlots = 10;
constexpr qreal failedMarkerSize = 11.0;

constexpr int compactWidth = 420;
constexpr int compactHeight = 230;

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Okabe–Ito colours: told apart with the common colour-vision deficiencies, and each has a lighter
// variant that stays readable on the dark theme.
struct LatencyColours {
    QColor handshake;
    QColor failed;
    QColor minimum;
    QColor median;
    QColor p95;
};

LatencyColours latencyColours(bool dark)
{
    if (dark)
        return { QColor(0x56, 0xb4, 0xe9), QColor(0xff, 0x7a, 0x45), QColor(0x3d, 0xd6, 0xa4), QColor(0xd0, 0xd0, 0xd0),
                 QColor(0xf0, 0xc0, 0x40) };
    return { QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0x55, 0x55, 0x55),
             QColor(0xc7, 0x8a, 0x00) };
}

// 1, 2 or 5 times a power of ten: tick steps a reader can add up in their head.
double niceStep(double raw)
{
    if (!(raw > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 5.0 ? 5.0 : 10.0;
    return nice * magnitude;
}

// Enough decimals that loopback's microseconds do not all read "0.0", few enough for a WAN's 30 ms.
int msDecimals(double ms)
{
    const double magnitude = std::abs(ms);
    if (magnitude == 0.0 || magnitude >= 100.0)
        return 0;
    if (magnitude >= 10.0)
        return 1;
    if (magnitude >= 0.01)
        return 2;
    return 3;
}

QString formatMs(double ms)
{
    return QLocale().toString(ms, 'f', msDecimals(ms));
}

// An 'x' rather than a dot: a failed attempt has no handshake time, and the shape says so without colour.
QImage crossMarker(const QColor &colour)
{
    const int size = 4 * int(failedMarkerSize); // drawn large, scaled down smoothly by the chart
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, size / 5.0, Qt::SolidLine, Qt::RoundCap));
    const qreal inset = size / 6.0;
    painter.drawLine(QPointF(inset, inset), QPointF(size - inset, size - inset));
    painter.drawLine(QPointF(inset, size - inset), QPointF(size - inset, inset));
    return image;
}

QLineSeries *makeReferenceLine(const QString &objectName)
{
    auto *series = new QLineSeries;
    series->setObjectName(objectName);
    return series;
}

} // namespace

// QChartView(parent) would build a default chart that setChart() releases without deleting;
// handing ours to the constructor leaves nothing orphaned.
LatencyChartView::LatencyChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Gateway latency chart"));

    QChart *chart = this->chart();
    chart->setTitle(tr("Gateway handshake times"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Dashed reference lines show as dashes and failed attempts as their 'x': the legend matches the plot.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_line = new QLineSeries;
    m_line->setObjectName(QStringLiteral("handshakes"));
    m_line->setName(tr("handshake"));
    m_points = new QScatterSeries;
    m_points->setObjectName(QStringLiteral("handshakePoints"));
    m_points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_points->setMarkerSize(7.0);
    m_failed = new QScatterSeries;
    m_failed->setObjectName(QStringLiteral("failed"));
    m_failed->setName(tr("failed"));
    m_failed->setMarkerSize(failedMarkerSize);
    m_minLine = makeReferenceLine(QStringLiteral("min"));
    m_medianLine = makeReferenceLine(QStringLiteral("median"));
    m_p95Line = makeReferenceLine(QStringLiteral("p95"));

    m_axisX = new QValueAxis;
    m_axisX->setTitleText(tr("Attempt"));
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setMinorTickCount(0);
    m_axisY = new QValueAxis;
    m_axisY->setTitleText(tr("Handshake (ms)"));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);

    // Later series are drawn on top and listed later in the legend: the handshakes lead the legend,
    // and their dots are drawn over the reference lines.
    for (QXYSeries *series : { static_cast<QXYSeries *>(m_line), static_cast<QXYSeries *>(m_failed),
                               static_cast<QXYSeries *>(m_minLine), static_cast<QXYSeries *>(m_medianLine),
                               static_cast<QXYSeries *>(m_p95Line), static_cast<QXYSeries *>(m_points) }) {
        chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    // The dots repeat the line's legend entry; one "handshake" entry is enough.
    const QList<QLegendMarker *> pointMarkers = chart->legend()->markers(m_points);
    for (QLegendMarker *marker : pointMarkers)
        marker->setVisible(false);

    connect(m_points, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tr("Attempt %1: %2 ms").arg(qRound(point.x())).arg(formatMs(point.y())),
                           this);
    });
    connect(m_failed, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tr("Attempt %1: no handshake").arg(qRound(point.x())), this);
    });

    applyTheme();
    refresh();
}

void LatencyChartView::setGatewayData(const QJsonObject &gatewayData)
{
    m_samples.clear();
    const QJsonArray samples = gatewayData.value(QStringLiteral("samples")).toArray();
    int index = 0;
    for (const QJsonValue &value : samples) {
        const QJsonObject sample = value.toObject();
        Sample entry;
        entry.index = ++index;
        entry.open = sample.value(QStringLiteral("state")).toString() == QLatin1String("open");
        entry.rttMs = sample.value(QStringLiteral("rtt_ms")).toDouble();
        m_samples.append(entry);
    }

    // The report's own figures, so the chart and the check's summary say the same; computed here only
    // when the data object does not carry them.
    m_stats = computeStats(m_samples);
    const bool reported = gatewayData.contains(QStringLiteral("median_ms"))
        && gatewayData.contains(QStringLiteral("p95_ms")) && gatewayData.contains(QStringLiteral("min_ms"));
    if (m_stats.valid && reported) {
        m_stats.minMs = gatewayData.value(QStringLiteral("min_ms")).toDouble();
        m_stats.medianMs = gatewayData.value(QStringLiteral("median_ms")).toDouble();
        m_stats.p95Ms = gatewayData.value(QStringLiteral("p95_ms")).toDouble();
    }
    refresh();
}

void LatencyChartView::addSample(int index, double rttMs, bool open)
{
    Sample entry;
    entry.index = index > 0 ? index : int(m_samples.size()) + 1;
    entry.rttMs = rttMs;
    entry.open = open;
    m_samples.append(entry);
    m_stats = computeStats(m_samples);
    refresh();
}

void LatencyChartView::clear()
{
    m_samples.clear();
    m_stats = {};
    refresh();
}

int LatencyChartView::sampleCount() const
{
    return int(m_line->count());
}

int LatencyChartView::failureCount() const
{
    return int(m_failed->count());
}

QSize LatencyChartView::sizeHint() const
{
    return QSize(480, 260);
}

QSize LatencyChartView::minimumSizeHint() const
{
    return QSize(320, 180);
}

void LatencyChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
}

void LatencyChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    const bool compact = width() < compactWidth || height() < compactHeight;
    if (compact != m_compact) {
        m_compact = compact;
        applyTheme();
    }
    updateAxes(); // the number of gridlines follows the height
    updateReferenceLines();
}

// The same statistics as the core's LatencySampler: median of the middle two for an even count,
// nearest-rank p95.
LatencyChartView::Stats LatencyChartView::computeStats(const QList<Sample> &samples)
{
    QList<double> times;
    for (const Sample &sample : samples) {
        if (sample.open)
            times.append(sample.rttMs);
    }
    Stats stats;
    if (times.isEmpty())
        return stats;
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    stats.valid = true;
    stats.minMs = times.front();
    stats.medianMs = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2.0;
    const auto rank = qsizetype(std::ceil(0.95 * double(n)));
    stats.p95Ms = times[std::clamp<qsizetype>(rank - 1, 0, n - 1)];
    return stats;
}

void LatencyChartView::applyTheme()
{
    QChart *c = chart();
    const bool dark = isDarkPalette(palette());
    // setTheme resets every colour and font, so all of ours are applied after it.
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false); // the page shows through: no box in a box
    c->setPlotAreaBackgroundVisible(false);
    c->setAnimationOptions(QChart::NoAnimation);

    const QColor text = palette().color(QPalette::WindowText);
    QColor gridColour = text;
    gridColour.setAlphaF(0.11f);
    QColor lineColour = text;
    lineColour.setAlphaF(0.45f);
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont labelFont = font();
    if (m_compact && labelFont.pointSizeF() > 0)
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    c->setTitleFont(titleFont);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    c->legend()->setFont(labelFont);
    for (QValueAxis *axis : { m_axisX, m_axisY }) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLabelsFont(labelFont);
        axis->setTitleFont(font());
        axis->setTitleVisible(!m_compact);
        axis->setGridLineColor(gridColour);
        axis->setLinePenColor(lineColour);
    }

    const LatencyColours colours = latencyColours(dark);
    m_line->setPen(QPen(colours.handshake, 2.0));
    m_points->setColor(colours.handshake);
    m_points->setBorderColor(colours.handshake);
    m_failed->setLightMarker(crossMarker(colours.failed));
    m_failed->setColor(colours.failed);
    m_failed->setBorderColor(colours.failed);
    const struct {
        QLineSeries *series;
        QColor colour;
        Qt::PenStyle style;
    } references[] = {
        { m_minLine, colours.minimum, Qt::DotLine },
        { m_medianLine, colours.median, Qt::DashLine },
        { m_p95Line, colours.p95, Qt::DashDotLine },
    };
    for (const auto &reference : references) {
        QPen pen(reference.colour, 1.5, reference.style);
        pen.setCapStyle(Qt::FlatCap);
        reference.series->setPen(pen);
    }
}

void LatencyChartView::refresh()
{
    QList<QPointF> open;
    QList<QPointF> failed;
    for (const Sample &sample : std::as_const(m_samples)) {
        if (sample.open)
            open.append(QPointF(sample.index, sample.rttMs));
        else
            failed.append(QPointF(sample.index, 0.0)); // y is set with the axes
    }
    m_line->replace(open);
    m_points->replace(open);
    m_failed->replace(failed);
    updateAxes();
    updateReferenceLines();
    updateDescription();
}

void LatencyChartView::updateAxes()
{
    int lastIndex = minimumAttemptSlots;
    double highest = 0.0;
    for (const Sample &sample : std::as_const(m_samples)) {
        lastIndex = std::max(lastIndex, sample.index);
        if (sample.open)
            highest = std::max(highest, sample.rttMs);
    }
    if (m_stats.valid)
        highest = std::max(highest, m_stats.p95Ms);

    // Half a slot either side keeps the first and last points off the axes.
    const double xStep = lastIndex <= 12 ? 1.0 : std::max(1.0, niceStep(lastIndex / 8.0));
    m_axisX->setRange(0.5, lastIndex + 0.5);
    m_axisX->setTickAnchor(xStep == 1.0 ? 1.0 : 0.0);
    m_axisX->setTickInterval(xStep);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    // Dense or small: smaller dots, so neighbours do not merge into a bar.
    m_points->setMarkerSize(m_compact || m_line->count() > 20 ? 5.0 : 7.0);

    // Some headroom above the slowest handshake, so a single slow outlier is not pressed against the frame.
    // About one labelled gridline per 55 pixels of height: closer, and the labels would be elided.
    const double top = highest > 0.0 ? highest * 1.15 : 1.0;
    const double yStep = niceStep(top / std::clamp(height() / 55, 2, 5));
    const double scaleTop = std::ceil(top / yStep - 1e-9) * yStep;
    // Failed attempts have no time: they go in a band above the last labelled gridline, off the scale
    // of every real handshake (on the frame itself the chart would clip them in half).
    const bool failures = m_failed->count() > 0;
    const double yMax = failures ? scaleTop + yStep * 0.6 : scaleTop;
    m_axisY->setRange(0.0, yMax);
    m_axisY->setTickInterval(yStep);
    // At least one decimal: with one-digit labels QtCharts 6.4 leaves the vertical title less room
    // than a CJK font's line height and elides it to "⋮".
    const int decimals = std::max(1, int(-std::floor(std::log10(yStep) + 1e-9)));
    m_axisY->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));

    QList<QPointF> failed = m_failed->points();
    for (QPointF &point : failed)
        point.setY(scaleTop + yStep * 0.3);
    m_failed->replace(failed);
}

void LatencyChartView::updateReferenceLines()
{
    const struct {
        QLineSeries *series;
        QString name;
        double value;
    } references[] = {
        // A small chart drops the unit: otherwise the legend elides the numbers themselves.
        { m_minLine, (m_compact ? tr("min %1") : tr("min %1 ms")).arg(formatMs(m_stats.minMs)), m_stats.minMs },
        { m_medianLine, (m_compact ? tr("median %1") : tr("median %1 ms")).arg(formatMs(m_stats.medianMs)),
          m_stats.medianMs },
        { m_p95Line, (m_compact ? tr("p95 %1") : tr("p95 %1 ms")).arg(formatMs(m_stats.p95Ms)), m_stats.p95Ms },
    };
    for (const auto &reference : references) {
        if (m_stats.valid) {
            reference.series->replace(
                { QPointF(m_axisX->min(), reference.value), QPointF(m_axisX->max(), reference.value) });
            reference.series->setName(reference.name);
        } else {
            reference.series->clear();
            reference.series->setName(QString());
        }
    }

    // Legend entries only for what is drawn: an empty "failed" entry would read as a failure.
    QLegend *legend = chart()->legend();
    const auto showMarkers = [legend](QAbstractSeries *series, bool visible) {
        const QList<QLegendMarker *> markers = legend->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(visible);
    };
    // In a small chart the line explains itself; its legend entry would crowd out the values.
    showMarkers(m_line, m_line->count() > 0 && !m_compact);
    showMarkers(m_failed, m_failed->count() > 0);
    // A small chart keeps median and p95, the lines a diagnosis reads; min is the first to go.
    m_minLine->setVisible(!m_compact);
    showMarkers(m_minLine, m_stats.valid && !m_compact);
    showMarkers(m_medianLine, m_stats.valid);
    showMarkers(m_p95Line, m_stats.valid);
}

void LatencyChartView::updateDescription()
{
    const int attempts = int(m_samples.size());
    const int succeeded = int(m_line->count());
    QString description;
    if (attempts == 0)
        description = tr("No handshakes yet.");
    else if (!m_stats.valid)
        description = tr("%1 of %2 handshakes succeeded.").arg(succeeded).arg(attempts);
    else
        description = tr("%1 of %2 handshakes succeeded; min %3 ms, median %4 ms, p95 %5 ms.")
                          .arg(succeeded)
                          .arg(attempts)
                          .arg(formatMs(m_stats.minMs), formatMs(m_stats.medianMs), formatMs(m_stats.p95Ms));
    setAccessibleDescription(description);
}
