#include "portstatechartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QLegend>
#include <QLocale>
#include <QResizeEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

enum SetIndex { Set_Open, Set_Closed, Set_Filtered, Set_Count };

constexpr int compactWidth = 420;
constexpr int compactHeight = 230;

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Okabe–Ito based: green open, blue-grey closed, vermillion filtered are told apart with the common
// colour-vision deficiencies by lightness as well as hue; the legend and the numbers say it in words.
QColor setColour(int set, bool dark)
{
    switch (set) {
    case Set_Open:
        return dark ? QColor(0x3d, 0xc4, 0x95) : QColor(0x00, 0x8a, 0x64);
    case Set_Closed:
        return dark ? QColor(0x6f, 0x86, 0xa6) : QColor(0x9d, 0xb2, 0xcc);
    default:
        return dark ? QColor(0xff, 0x7a, 0x45) : QColor(0xd5, 0x5e, 0x00);
    }
}

// Black or white, whichever reads better on the bar's fill.
QColor labelColourOn(const QColor &fill)
{
    const float luminance = 0.2126f * fill.redF() + 0.7152f * fill.greenF() + 0.0722f * fill.blueF();
    return luminance > 0.45f ? QColor(Qt::black) : QColor(Qt::white);
}

bool answered(const QString &state)
{
    return state == QLatin1String("open") || state == QLatin1String("closed");
}

} // namespace

// QChartView(parent) would build a default chart that setChart() releases without deleting;
// handing ours to the constructor leaves nothing orphaned.
PortStateChartView::PortStateChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Port state chart"));

    QChart *chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    connect(chart, &QChart::plotAreaChanged, this, &PortStateChartView::placeLabels);
    rebuild();
}

void PortStateChartView::setScanData(const QJsonObject &subnetData, const QJsonObject &rangeData)
{
    m_bars.clear();
    m_details.clear();
    m_hasSweep = false;

    const QJsonArray probes = subnetData.value(QStringLiteral("probes")).toArray();
    if (!probes.isEmpty()) {
        const int port = subnetData.value(QStringLiteral("port")).toInt(1433);
        const QString gateway = subnetData.value(QStringLiteral("gateway")).toString();
        Bar sweep;
        sweep.label = tr("Subnet sweep, port %1").arg(port);
        QStringList answering;
        for (const QJsonValue &value : probes) {
            const QJsonObject probe = value.toObject();
            const QString state = probe.value(QStringLiteral("state")).toString();
            const QString address = probe.value(QStringLiteral("address")).toString();
            if (state == QLatin1String("open"))
                ++sweep.open;
            else if (state == QLatin1String("closed"))
                ++sweep.closed;
            else
                ++sweep.filtered;
            if (answered(state))
                answering.append(address == gateway ? tr("%1 (gateway)").arg(address) : address);
        }
        m_bars.append(sweep);
        m_details.append(tr("Subnet sweep of %1 on port %2: %3 answered, %4 silent.")
                             .arg(subnetData.value(QStringLiteral("subnet")).toString())
                             .arg(port)
                             .arg(sweep.open + sweep.closed)
                             .arg(sweep.filtered)
                         + (answering.isEmpty()
                                ? QString()
                                : QLatin1Char('\n') + tr("Answered: %1").arg(answering.join(QLatin1String(", ")))));
        m_hasSweep = true;
    }

    const QJsonArray nodes = rangeData.value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        Bar bar;
        bar.label = node.value(QStringLiteral("address")).toString();
        bar.open = node.value(QStringLiteral("open")).toInt();
        bar.closed = node.value(QStringLiteral("closed")).toInt();
        bar.filtered = node.value(QStringLiteral("filtered")).toInt();
        m_bars.append(bar);

        QString detail
            = tr("%1: %2 open, %3 closed, %4 filtered.").arg(bar.label).arg(bar.open).arg(bar.closed).arg(bar.filtered);
        const QString openPorts = node.value(QStringLiteral("open_ports")).toString();
        const QString filteredPorts = node.value(QStringLiteral("filtered_ports")).toString();
        const int errors = node.value(QStringLiteral("error")).toInt();
        if (!openPorts.isEmpty())
            detail += QLatin1Char('\n') + tr("Open: %1").arg(openPorts);
        if (!filteredPorts.isEmpty())
            detail += QLatin1Char('\n') + tr("Filtered: %1").arg(filteredPorts);
        if (errors > 0)
            detail += QLatin1Char('\n') + tr("%n probe(s) failed locally (not shown).", nullptr, errors);
        m_details.append(detail);
    }
    rebuild();
}

void PortStateChartView::clear()
{
    m_bars.clear();
    m_details.clear();
    m_hasSweep = false;
    rebuild();
}

QSize PortStateChartView::sizeHint() const
{
    return QSize(480, 260);
}

QSize PortStateChartView::minimumSizeHint() const
{
    return QSize(320, 180);
}

void PortStateChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        placeLabels(); // a new font can make a count fit, or not
    }
}

void PortStateChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    const bool compact = width() < compactWidth || height() < compactHeight;
    if (compact != m_compact) {
        m_compact = compact;
        applyTheme();
    }
}

void PortStateChartView::rebuild()
{
    QChart *c = chart();
    // Forget the series before deleting it: removing it may relayout, and placeLabels() must not use it.
    m_series = nullptr;
    qDeleteAll(m_labels);
    m_labels.clear();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }

    if (m_bars.isEmpty()) {
        c->setTitle(tr("Port states: no data yet"));
        setAccessibleDescription(tr("No port scan results yet."));
        applyTheme();
        return;
    }
    c->setTitle(tr("Port states at a glance"));

    // Each bar is drawn as shares of its own total, with the counts written on it: the sweep counts
    // about 30 addresses and a node 1000 ports, so on one count axis the sweep would be a sliver (and
    // Qt Charts puts a second bar series beside the first, not over it).
    m_series = new QHorizontalStackedBarSeries;
    const QString names[Set_Count] = { tr("open"), tr("closed"), tr("filtered (no answer)") };
    QBarSet *sets[Set_Count];
    for (int set = 0; set < Set_Count; ++set) {
        sets[set] = new QBarSet(names[set]);
        m_series->append(sets[set]);
    }
    // The first bar on top: a horizontal bar chart counts its categories from the bottom.
    QStringList categories;
    for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
        const Bar &bar = m_bars.at(i);
        const int total = bar.open + bar.closed + bar.filtered;
        const int counts[Set_Count] = { bar.open, bar.closed, bar.filtered };
        for (int set = 0; set < Set_Count; ++set)
            sets[set]->append(total > 0 ? 100.0 * counts[set] / total : 0.0);
        categories.append(bar.label);
    }
    c->addSeries(m_series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->setCategories(categories);
    c->addAxis(categoryAxis, Qt::AlignLeft);
    auto *shareAxis = new QValueAxis;
    shareAxis->setTitleText(tr("Share of the probes"));
    shareAxis->setRange(0.0, 100.0);
    shareAxis->setTickType(QValueAxis::TicksDynamic);
    shareAxis->setTickAnchor(0.0);
    shareAxis->setTickInterval(25.0);
    shareAxis->setMinorTickCount(0);
    shareAxis->setLabelFormat(QStringLiteral("%.0f%")); // localized numbers: the "%" is kept as written
    c->addAxis(shareAxis, Qt::AlignBottom);
    m_series->attachAxis(categoryAxis);
    m_series->attachAxis(shareAxis);

    connect(m_series, &QAbstractBarSeries::hovered, this,
            [this](bool status, int category, QBarSet *) { showBarToolTip(status, category); });

    for (const Bar &bar : std::as_const(m_bars)) {
        const int counts[Set_Count] = { bar.open, bar.closed, bar.filtered };
        for (int count : counts) {
            auto *label = new QGraphicsSimpleTextItem(QLocale().toString(count), c);
            label->setZValue(1000.0); // above the bars
            label->setAcceptHoverEvents(false);
            m_labels.append(label);
        }
    }

    QStringList summary;
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        if (m_hasSweep && i == 0)
            summary.append(tr("Subnet sweep: %1 answered, %2 silent.").arg(bar.open + bar.closed).arg(bar.filtered));
        else
            summary.append(tr("%1: %2 open, %3 closed, %4 filtered.")
                               .arg(bar.label)
                               .arg(bar.open)
                               .arg(bar.closed)
                               .arg(bar.filtered));
    }
    setAccessibleDescription(summary.join(QLatin1Char(' ')));
    applyTheme();
    placeLabels();
}

// A count goes in the middle of its segment. A segment too narrow for its count is widened until the
// count fits, taken from its wider neighbour: 3 open ports in 1000 would otherwise be a hairline, and
// those 3 are what a healthy range is about. The counts stay exact; only the share drawn is nudged,
// by a few percent at most.
void PortStateChartView::placeLabels()
{
    if (!m_series)
        return;
    const QList<QBarSet *> sets = m_series->barSets();
    const double plotWidth = chart()->plotArea().width();
    const qsizetype barCount = m_bars.size();
    // Bars no thicker than about two lines of text: a lone sweep bar filling the plot reads as a wall.
    const double slot = chart()->plotArea().height() / double(std::max<qsizetype>(barCount, 1));
    const double barWidth = slot > 0.0 ? std::min(0.62, 2.6 * QFontMetricsF(font()).height() / slot) : 0.62;
    if (!qFuzzyCompare(m_series->barWidth(), barWidth))
        m_series->setBarWidth(barWidth);
    for (qsizetype i = 0; i < barCount; ++i) {
        const Bar &bar = m_bars.at(i);
        const int category = int(barCount - 1 - i);
        const int counts[Set_Count] = { bar.open, bar.closed, bar.filtered };
        const int total = bar.open + bar.closed + bar.filtered;
        double shares[Set_Count] = {};
        double minimum[Set_Count] = {};
        for (int set = 0; set < Set_Count; ++set) {
            shares[set] = total > 0 ? 100.0 * counts[set] / total : 0.0;
            const QGraphicsSimpleTextItem *label = m_labels.value(i * Set_Count + set);
            if (counts[set] > 0 && label && plotWidth > 0.0)
                minimum[set] = 100.0 * (label->boundingRect().width() + 8.0) / plotWidth;
        }
        for (int set = 0; set < Set_Count; ++set) {
            const double missing = minimum[set] - shares[set];
            if (counts[set] == 0 || missing <= 0.0)
                continue;
            // From the wider of the nearest non-empty segments either side: only the boundary between
            // the two moves, so a half-filtered range still splits exactly at its half.
            int donor = -1;
            for (int step : { -1, 1 }) {
                int neighbour = set + step;
                while (neighbour >= 0 && neighbour < Set_Count && counts[neighbour] == 0)
                    neighbour += step;
                if (neighbour >= 0 && neighbour < Set_Count && (donor < 0 || shares[neighbour] > shares[donor]))
                    donor = neighbour;
            }
            if (donor < 0 || shares[donor] - missing < std::max(minimum[donor], 1.0))
                continue; // no room to give: leave it narrow and unlabelled
            shares[set] += missing;
            shares[donor] -= missing;
        }

        double start = 0.0;
        for (int set = 0; set < Set_Count; ++set) {
            if (!qFuzzyCompare(1.0 + sets.at(set)->at(category), 1.0 + shares[set]))
                sets.at(set)->replace(category, shares[set]);
            const QPointF from = chart()->mapToPosition(QPointF(start, category), m_series);
            const QPointF to = chart()->mapToPosition(QPointF(start + shares[set], category), m_series);
            start += shares[set];
            QGraphicsSimpleTextItem *label = m_labels.value(i * Set_Count + set);
            if (!label)
                continue;
            const QRectF text = label->boundingRect();
            const bool fits = counts[set] > 0 && text.width() + 6.0 <= to.x() - from.x();
            label->setVisible(fits);
            if (fits)
                label->setPos((from.x() + to.x() - text.width()) / 2.0, from.y() - text.height() / 2.0);
        }
    }
}

void PortStateChartView::showBarToolTip(bool status, int category)
{
    const qsizetype barIndex = m_bars.size() - 1 - category;
    if (!status || barIndex < 0 || barIndex >= m_details.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_details.at(barIndex), this);
}

void PortStateChartView::applyTheme()
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
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLabelsFont(labelFont);
        axis->setTitleFont(font());
        axis->setTitleVisible(!m_compact);
        // Categories need no grid line; shares do.
        axis->setGridLineVisible(axis->type() == QAbstractAxis::AxisTypeValue);
        axis->setGridLineColor(gridColour);
        axis->setLinePenColor(lineColour);
    }

    const QList<QAbstractSeries *> allSeries = c->series();
    for (QAbstractSeries *series : allSeries) {
        auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype set = 0; set < sets.size(); ++set) {
            const QColor fill = setColour(int(set), dark);
            sets.at(set)->setColor(fill);
            sets.at(set)->setBorderColor(fill);
        }
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        m_labels.at(i)->setBrush(labelColourOn(setColour(int(i % Set_Count), dark)));
        m_labels.at(i)->setFont(labelFont);
    }
}
