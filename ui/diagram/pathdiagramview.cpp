#include "pathdiagramview.h"

#include "io/savefile.h"

#include <QBuffer>
#include <QDir>
#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QTextLayout>
#include <QtMath>

namespace {

// The drawing is designed at the widget's size hint and scales from there.
constexpr qreal designWidth = 720;
constexpr qreal designHeight = 260;

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    const auto channel = [amount](int a, int b) { return qBound(0, qRound(a + (b - a) * amount), 255); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

// WCAG's relative luminance and contrast ratio: what "readable on the base colour" is measured by.
qreal relativeLuminance(const QColor &color)
{
    const auto linear = [](int channel) {
        const qreal value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : qPow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue());
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal first = relativeLuminance(a);
    const qreal second = relativeLuminance(b);
    return (qMax(first, second) + 0.05) / (qMin(first, second) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

bool isCjk(QChar character)
{
    switch (character.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        break;
    }
    return false;
}

// Marks a word split across lines: U+2010, so it is told apart from a hyphen of the text's own.
constexpr QChar breakHyphen(0x2010);

// Text broken into lines that fit a width.
struct WrappedText {
    QFont font;
    QStringList lines;
    bool brokenWord = false; // a word was split (with a hyphen, in scripts that have them)
    bool elided = false; // the text did not fit in the lines allowed
};

// Where QTextLayout breaks `text` into lines of `width`: (start, length) of each line. False when a
// line came out wider, as a word longer than the width does when words must stay whole.
bool breakLines(const QString &text, const QFont &font, qreal width, QTextOption::WrapMode mode, QPaintDevice *device,
                QList<QPair<int, int>> *lines)
{
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.beginLayout();
    bool fits = true;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines->append({ line.textStart(), line.textLength() });
        // Trailing spaces do not count; QTextLine::naturalTextWidth() leaves them out too.
        fits = fits && line.naturalTextWidth() <= width + 0.5;
    }
    layout.endLayout();
    return fits;
}

// Breaks at word boundaries (and between CJK characters, as QTextLayout does); splits a word only when it
// alone is wider than `width`, and elides only what still does not fit in `maxLines`.
WrappedText wrapText(const QString &text, const QFont &font, qreal width, int maxLines, QPaintDevice *device)
{
    WrappedText wrapped;
    wrapped.font = font;
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || width <= 1 || maxLines < 1)
        return wrapped;
    const QFontMetricsF metrics(font, device);
    // Half a pixel of slack: the layout makes room for a text's exact width, give or take rounding.
    if (metrics.horizontalAdvance(simplified) <= width + 0.5) {
        wrapped.lines << simplified;
        return wrapped;
    }
    QList<QPair<int, int>> lines;
    if (!breakLines(simplified, font, width, QTextOption::WordWrap, device, &lines)) {
        // A word is too long: break it too, leaving room for the hyphen on every line.
        lines.clear();
        const qreal hyphenWidth = metrics.horizontalAdvance(breakHyphen);
        breakLines(simplified, font, qMax(width - hyphenWidth, 1.0), QTextOption::WrapAtWordBoundaryOrAnywhere, device,
                   &lines);
    }

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int start = lines.at(index).first;
        const int end = start + lines.at(index).second;
        if (index == maxLines - 1 && index < lines.size() - 1) {
            wrapped.lines << metrics.elidedText(simplified.mid(start).trimmed(), Qt::ElideRight, width);
            wrapped.elided = true;
            break;
        }
        QString piece = simplified.mid(start, end - start).trimmed();
        if (end < simplified.size() && end > start) {
            const QChar before = simplified.at(end - 1);
            const QChar after = simplified.at(end);
            if (before.isLetterOrNumber() && after.isLetterOrNumber() && !isCjk(before) && !isCjk(after)) {
                wrapped.brokenWord = true;
                // A number split in two gets no hyphen: it would read as a minus or a range.
                if (before.isLetter() && after.isLetter())
                    piece += breakHyphen;
            }
        }
        wrapped.lines << piece;
    }
    return wrapped;
}

// Wraps a hop's text in its font, or a little smaller when that saves splitting or eliding a word.
WrappedText fitText(const QString &text, const QFont &font, qreal width, int maxLines, QPaintDevice *device)
{
    WrappedText best = wrapText(text, font, width, maxLines, device);
    if (!best.brokenWord && !best.elided)
        return best;
    for (const qreal factor : { 0.9, 0.8 }) {
        QFont smaller = font;
        smaller.setPixelSize(qMax(7, qRound(font.pixelSize() * factor)));
        const WrappedText candidate = wrapText(text, smaller, width, maxLines, device);
        if (!candidate.brokenWord && !candidate.elided)
            return candidate;
        // A split word beats an elided one; among elided ones, the smallest font shows the most.
        if (best.elided)
            best = candidate;
    }
    return best;
}

// The narrowest width `text` fits in on two lines, broken at a space.
qreal twoLineWidth(const QString &text, const QFontMetricsF &metrics)
{
    qreal best = metrics.horizontalAdvance(text);
    for (qsizetype index = text.indexOf(QLatin1Char(' ')); index > 0;
         index = text.indexOf(QLatin1Char(' '), index + 1)) {
        best = qMin(best,
                    qMax(metrics.horizontalAdvance(text.left(index)), metrics.horizontalAdvance(text.mid(index + 1))));
    }
    return best;
}

// Draws a view: lays the boxes out for the area, then draws the edges under the boxes and their labels.
class DiagramPainter {
public:
    DiagramPainter(QPainter *painter, const QRectF &area, const PathView &view, const QPalette &palette)
        : m_painter(painter)
        , m_device(painter->device())
        , m_area(area)
        , m_view(view)
        , m_palette(palette)
        , m_dark(isDark(palette))
    {
        m_scale = qBound(0.7, qMin(area.width() / designWidth, area.height() / designHeight), 1.6);
        // Follow the font the widget (or application) uses, within limits the boxes can hold.
        const QFont base = painter->font();
        const qreal userPixels = base.pixelSize() > 0 ? base.pixelSize()
            : base.pointSizeF() > 0                   ? base.pointSizeF() * 96.0 / 72.0
                                                      : 12.0;
        m_fontPixels = 12.0 * m_scale * qBound(0.9, userPixels / 12.0, 1.2);
        // Small areas shrink the drawing, but not the text below what stays readable on a plain screen.
        m_titleFont = makeFont(base, 0.92, QFont::DemiBold, 9);
        m_labelFont = makeFont(base, 1.0, QFont::DemiBold, 10);
        m_detailFont = makeFont(base, 0.86, QFont::Normal, 9);
        m_badgeFont = makeFont(base, 0.88, QFont::DemiBold, 9);
        m_edgeFont = makeFont(base, 0.86, QFont::Normal, 9);
        m_text = palette.color(QPalette::Text);
        m_base = palette.color(QPalette::Base);
        m_muted = blend(m_text, m_base, 0.45);
    }

    void paint()
    {
        if (m_view.hops.isEmpty()) {
            m_painter->setFont(m_labelFont);
            m_painter->setPen(m_muted);
            m_painter->drawText(m_area, Qt::AlignCenter | Qt::TextWordWrap,
                                PathDiagramView::tr("No connection path to show yet."));
            return;
        }
        layOut();
        drawTitle();
        for (const PathEdge &edge : m_view.edges)
            drawEdge(edge);
        for (qsizetype index = 0; index < m_view.hops.size(); ++index) {
            if (!m_boxes.at(index).isEmpty())
                drawHop(m_view.hops.at(index), m_boxes.at(index));
        }
    }

private:
    qreal px(qreal designPixels) const { return designPixels * m_scale; }

    QFont makeFont(const QFont &base, qreal factor, QFont::Weight weight, int minimumPixels) const
    {
        QFont font = base;
        font.setPixelSize(qMax(minimumPixels, qRound(m_fontPixels * factor)));
        font.setWeight(weight);
        return font;
    }

    bool inBranch(qsizetype index) const { return m_branch.contains(index); }

    const PathEdge *edgeBetween(qsizetype from, qsizetype to) const
    {
        for (const PathEdge &edge : m_view.edges) {
            if (edge.from == from && edge.to == to)
                return &edge;
        }
        return nullptr;
    }

    QString edgeLabel(qsizetype from, qsizetype to) const
    {
        const PathEdge *edge = edgeBetween(from, to);
        return edge ? edge->label.simplified() : QString();
    }

    // Boxes in one row, left to right; the gateway and the nodes stacked in a last column, because the
    // subnet leads to both (the gateway for proxy connections, the nodes for redirect).
    void layOut()
    {
        const qreal margin = px(10);
        const QFontMetricsF titleMetrics(m_titleFont, m_device);
        m_titleRect
            = QRectF(m_area.left() + margin, m_area.top() + px(7), m_area.width() - 2 * margin, titleMetrics.height());
        QRectF diagram = m_area.adjusted(margin, 0, -margin, -margin);
        diagram.setTop(m_titleRect.bottom() + px(8));

        QList<qsizetype> row;
        for (qsizetype index = 0; index < m_view.hops.size(); ++index) {
            const QString &id = m_view.hops.at(index).id;
            if (id == QLatin1String("gateway") || id == QLatin1String("nodes"))
                m_branch << index;
            else
                row << index;
        }
        // A single box at the end needs no column of its own.
        if (m_branch.size() == 1 || row.isEmpty()) {
            row << m_branch;
            m_branch.clear();
        }

        const QFontMetricsF edgeMetrics(m_edgeFont, m_device);
        const qreal minimumGap = px(28);
        const qreal longestLabel = px(130);
        m_labelPadding = px(5);
        m_boxPadding = px(6);
        m_stub = px(12);
        m_elbowRadius = px(6);
        // Each gap wide enough for its edge's label on one line, or on two when the boxes would get too
        // narrow; a label longer than that wraps or elides in the room it gets.
        QList<qreal> gaps;
        QList<qreal> twoLines;
        const auto addGap = [&](const QStringList &labels, qreal extra) {
            qreal one = 0;
            qreal two = 0;
            for (const QString &label : labels) {
                if (label.isEmpty())
                    continue;
                one = qMax(one, qMin(edgeMetrics.horizontalAdvance(label), longestLabel) + 2 * m_labelPadding);
                two = qMax(two, qMin(twoLineWidth(label, edgeMetrics), longestLabel) + 2 * m_labelPadding);
            }
            gaps << extra + qMax(minimumGap, one);
            twoLines << extra + qMax(minimumGap, two);
        };
        for (qsizetype column = 0; column + 1 < row.size(); ++column)
            addGap({ edgeLabel(row.at(column), row.at(column + 1)) }, 0);
        if (!m_branch.isEmpty()) {
            QStringList labels;
            for (const qsizetype target : std::as_const(m_branch))
                labels << edgeLabel(row.constLast(), target);
            addGap(labels, m_stub + m_elbowRadius);
        }
        const auto sum = [](const QList<qreal> &values) {
            qreal total = 0;
            for (const qreal value : values)
                total += value;
            return total;
        };
        const qsizetype columns = row.size() + (m_branch.isEmpty() ? 0 : 1);
        const auto boxWidthFor
            = [&](const QList<qreal> &candidate) { return (diagram.width() - sum(candidate)) / qreal(columns); };
        // Two lines for the label that saves the most first, and only as many as the boxes need to fit
        // their longest word.
        const QFontMetricsF labelMetrics(m_labelFont, m_device);
        qreal longestWord = 0;
        for (const PathHop &hop : m_view.hops) {
            const QStringList words = hop.label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &word : words)
                longestWord = qMax(longestWord, labelMetrics.horizontalAdvance(word));
        }
        const qreal comfortableBox = qMax(px(92), longestWord + 2 * m_boxPadding);
        while (boxWidthFor(gaps) < comfortableBox) {
            qsizetype best = -1;
            for (qsizetype index = 0; index < gaps.size(); ++index) {
                if (twoLines.at(index) < gaps.at(index)
                    && (best < 0 || gaps.at(index) - twoLines.at(index) > gaps.at(best) - twoLines.at(best)))
                    best = index;
            }
            if (best < 0)
                break;
            gaps[best] = twoLines.at(best);
        }
        qreal boxWidth = boxWidthFor(gaps);
        // Still too narrow (a tiny area, long labels): the gaps give way and their labels elide.
        const qreal minimumBox = px(64);
        if (boxWidth < minimumBox && !gaps.isEmpty()) {
            const qreal room = qMax(diagram.width() - minimumBox * qreal(columns), qreal(gaps.size()) * px(20));
            const qreal factor = room / sum(gaps);
            for (qreal &gap : gaps)
                gap *= factor;
            boxWidth = (diagram.width() - sum(gaps)) / qreal(columns);
        }
        // Wide areas: boxes stop growing, arrows get a little longer, the rest centres the drawing.
        const qreal maximumBox = px(200);
        qreal offset = 0;
        if (boxWidth > maximumBox) {
            qreal spare = (boxWidth - maximumBox) * qreal(columns);
            boxWidth = maximumBox;
            if (!gaps.isEmpty()) {
                const qreal perGap = qMin(spare / qreal(gaps.size()), px(40));
                for (qreal &gap : gaps)
                    gap += perGap;
                spare -= perGap * qreal(gaps.size());
            }
            offset = spare / 2;
        }
        boxWidth = qMax(boxWidth, 8.0);

        const qreal rowGap = px(16);
        qreal boxHeight
            = m_branch.isEmpty() ? qMin(diagram.height(), px(120)) : qMin((diagram.height() - rowGap) / 2, px(130));
        boxHeight = qMax(boxHeight, 8.0);
        const qreal middle = diagram.center().y();

        m_boxes = QList<QRectF>(m_view.hops.size());
        qreal x = diagram.left() + offset;
        for (qsizetype column = 0; column < row.size(); ++column) {
            m_boxes[row.at(column)] = QRectF(x, middle - boxHeight / 2, boxWidth, boxHeight);
            x += boxWidth;
            if (column < gaps.size())
                x += gaps.at(column);
        }
        if (!m_branch.isEmpty()) {
            m_boxes[m_branch.at(0)] = QRectF(x, middle - rowGap / 2 - boxHeight, boxWidth, boxHeight);
            m_boxes[m_branch.at(1)] = QRectF(x, middle + rowGap / 2, boxWidth, boxHeight);
        }
    }

    void drawTitle()
    {
        if (m_view.title.isEmpty())
            return;
        m_painter->setFont(m_titleFont);
        m_painter->setPen(blend(m_text, m_base, 0.3));
        const QFontMetricsF metrics(m_titleFont, m_device);
        const QString title = metrics.elidedText(m_view.title, Qt::ElideRight, m_titleRect.width());
        m_painter->drawText(QPointF(m_titleRect.left(), m_titleRect.top() + metrics.ascent()), title);
    }

    QPen statePen(HopState state, qreal width) const
    {
        QPen pen(PathDiagramView::stateColor(state, m_palette), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        if (state == HopState::NotUsed)
            pen.setDashPattern({ 4, 3 });
        return pen;
    }

    void drawArrowHead(const QPointF &tip, const QColor &color, qreal length, qreal halfWidth)
    {
        // Every arrow enters its box from the left.
        const QPolygonF head(
            { tip, QPointF(tip.x() - length, tip.y() - halfWidth), QPointF(tip.x() - length, tip.y() + halfWidth) });
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(color);
        m_painter->drawPolygon(head);
    }

    void drawEdge(const PathEdge &edge)
    {
        if (edge.from < 0 || edge.to < 0 || edge.from >= m_boxes.size() || edge.to >= m_boxes.size())
            return;
        const QRectF source = m_boxes.at(edge.from);
        const QRectF target = m_boxes.at(edge.to);
        // Every edge runs left to right; anything else is not a path this layout draws.
        if (source.isEmpty() || target.isEmpty() || target.left() <= source.right())
            return;
        const qreal headLength = px(8);
        const qreal headHalfWidth = px(4.5);
        const QColor color = PathDiagramView::stateColor(edge.state, m_palette);
        const QPointF tip(target.left() - px(1), target.center().y());

        QPainterPath path;
        qreal labelLeft = source.right();
        if (inBranch(edge.to) && !inBranch(edge.from)) {
            // Out of the subnet's right side, above or below its middle, then round a corner into the
            // middle of the gateway's or the nodes' left side.
            const bool up = target.center().y() < source.center().y();
            const QPointF start(source.right(), source.center().y() + (up ? -1 : 1) * source.height() * 0.2);
            const qreal split = source.right() + m_stub;
            const qreal radius = qMin(m_elbowRadius, qAbs(tip.y() - start.y()) / 2);
            const qreal direction = up ? -1 : 1;
            path.moveTo(start);
            path.lineTo(split - radius, start.y());
            path.quadTo(split, start.y(), split, start.y() + direction * radius);
            path.lineTo(split, tip.y() - direction * radius);
            path.quadTo(split, tip.y(), split + radius, tip.y());
            path.lineTo(tip.x() - headLength + px(0.5), tip.y());
            labelLeft = split + radius;
        } else {
            path.moveTo(source.right(), tip.y());
            path.lineTo(tip.x() - headLength + px(0.5), tip.y());
        }
        m_painter->setBrush(Qt::NoBrush);
        m_painter->setPen(statePen(edge.state, px(edge.state == HopState::Broken ? 2.4 : 1.8)));
        m_painter->drawPath(path);
        drawArrowHead(tip, color, headLength, headHalfWidth);

        // The ports sit above the last straight run, clear of the line and of the arrow head.
        const QString label = edge.label.simplified();
        if (label.isEmpty())
            return;
        // Above the line, so the arrow head (no taller than the gap below the text) does not take room.
        const qreal padding = m_labelPadding;
        const qreal width = target.left() - labelLeft - 2 * padding;
        const WrappedText wrapped = wrapText(label, m_edgeFont, width, 2, m_device);
        const QFontMetricsF metrics(m_edgeFont, m_device);
        m_painter->setFont(m_edgeFont);
        m_painter->setPen(edge.state == HopState::NotUsed ? m_muted : blend(m_text, m_base, 0.12));
        const qreal centre = labelLeft + padding + width / 2;
        qreal baseline = tip.y() - px(5) - metrics.descent() - metrics.lineSpacing() * qreal(wrapped.lines.size() - 1);
        for (const QString &line : wrapped.lines) {
            m_painter->drawText(QPointF(centre - metrics.horizontalAdvance(line) / 2, baseline), line);
            baseline += metrics.lineSpacing();
        }
    }

    // The state's glyph, drawn rather than typed so no font can lose it: ✔ in a disc, ⚠ as a triangle,
    // ✖ in a disc, ? and – in outlined circles. The shapes differ as well as the colours.
    void drawGlyph(HopState state, const QRectF &square, const QColor &color)
    {
        const qreal size = square.width();
        const QColor onColor = m_base;
        QPen mark(onColor, size * 0.15, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        const auto at = [&](qreal x, qreal y) { return QPointF(square.left() + x * size, square.top() + y * size); };
        switch (state) {
        case HopState::Ok:
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(color);
            m_painter->drawEllipse(square);
            m_painter->setPen(mark);
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawPolyline(QPolygonF({ at(0.27, 0.52), at(0.44, 0.68), at(0.74, 0.34) }));
            break;
        case HopState::Broken:
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(color);
            m_painter->drawEllipse(square);
            m_painter->setPen(mark);
            m_painter->drawLine(at(0.33, 0.33), at(0.67, 0.67));
            m_painter->drawLine(at(0.67, 0.33), at(0.33, 0.67));
            break;
        case HopState::Degraded: {
            m_painter->setPen(QPen(color, size * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            m_painter->setBrush(color);
            m_painter->drawPolygon(QPolygonF({ at(0.5, 0.04), at(0.98, 0.92), at(0.02, 0.92) }));
            m_painter->setPen(QPen(onColor, size * 0.13, Qt::SolidLine, Qt::RoundCap));
            m_painter->drawLine(at(0.5, 0.36), at(0.5, 0.62));
            m_painter->drawPoint(at(0.5, 0.78));
            break;
        }
        case HopState::Untested:
        case HopState::NotUsed: {
            QPen ring(color, size * 0.12);
            if (state == HopState::NotUsed)
                ring.setDashPattern({ 2, 1.5 });
            m_painter->setPen(ring);
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawEllipse(square.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05));
            if (state == HopState::NotUsed) {
                m_painter->setPen(QPen(color, size * 0.13, Qt::SolidLine, Qt::RoundCap));
                m_painter->drawLine(at(0.3, 0.5), at(0.7, 0.5));
            } else {
                QFont question(m_badgeFont);
                question.setPixelSize(qMax(6, qRound(size * 0.78)));
                question.setWeight(QFont::Bold);
                m_painter->setFont(question);
                m_painter->setPen(color);
                m_painter->drawText(square.translated(0, size * 0.02), Qt::AlignCenter, QStringLiteral("?"));
            }
            break;
        }
        }
    }

    // Glyph and word at the bottom of a box, centred.
    void drawBadge(HopState state, const QRectF &area, const QColor &color)
    {
        const QFontMetricsF metrics(m_badgeFont, m_device);
        const qreal glyph = qMin(metrics.ascent(), area.height());
        const qreal spacing = px(4);
        const QString word
            = metrics.elidedText(hopStateLabel(state), Qt::ElideRight, qMax(area.width() - glyph - spacing, 1.0));
        const qreal wordWidth = metrics.horizontalAdvance(word);
        const qreal left = area.center().x() - (glyph + spacing + wordWidth) / 2;
        const qreal baseline = area.top() + metrics.ascent();
        // Centre the glyph on the word's lower-case letters, not on the line box.
        const qreal glyphMiddle = baseline - metrics.xHeight() / 2;
        drawGlyph(state, QRectF(left, glyphMiddle - glyph / 2, glyph, glyph), color);
        m_painter->setFont(m_badgeFont);
        m_painter->setPen(color);
        m_painter->drawText(QPointF(left + glyph + spacing, baseline), word);
    }

    void drawLines(const QStringList &lines, const QFont &font, const QColor &color, qreal centre, qreal top)
    {
        const QFontMetricsF metrics(font, m_device);
        m_painter->setFont(font);
        m_painter->setPen(color);
        qreal baseline = top + metrics.ascent();
        for (const QString &line : lines) {
            m_painter->drawText(QPointF(centre - metrics.horizontalAdvance(line) / 2, baseline), line);
            baseline += metrics.lineSpacing();
        }
    }

    void drawHop(const PathHop &hop, const QRectF &box)
    {
        const QColor color = PathDiagramView::stateColor(hop.state, m_palette);
        const bool notUsed = hop.state == HopState::NotUsed;
        // A light tint of the state colour: the box reads as its state at a glance, the text stays readable.
        const QColor fill = notUsed           ? m_base
            : hop.state == HopState::Untested ? blend(m_base, color, m_dark ? 0.12 : 0.07)
                                              : blend(m_base, color, m_dark ? 0.2 : 0.12);
        const qreal borderWidth = px(hop.state == HopState::Broken ? 2.2 : 1.4);
        QPen border = statePen(hop.state, borderWidth);
        border.setCapStyle(Qt::FlatCap);
        m_painter->setPen(border);
        m_painter->setBrush(fill);
        const qreal radius = qMin(px(8), box.height() / 4);
        const qreal inset = borderWidth / 2;
        m_painter->drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), radius, radius);

        const QRectF inner = box.adjusted(m_boxPadding, px(7), -m_boxPadding, -px(6));
        if (inner.width() < 4 || inner.height() < 4)
            return;
        const QFontMetricsF badgeMetrics(m_badgeFont, m_device);
        const QRectF badge(inner.left(), inner.bottom() - badgeMetrics.height(), inner.width(), badgeMetrics.height());
        drawBadge(hop.state, badge, color);

        // Label and detail share what is above the badge, centred in it; the label gets up to three
        // lines, the detail (node lists can be long) up to two.
        const qreal room = badge.top() - px(4) - inner.top();
        const qreal detailGap = px(2);
        const QFontMetricsF detailMetrics(m_detailFont, m_device);
        const QString detail = hop.detail.simplified();
        const qreal detailReserve = detail.isEmpty() ? 0 : detailGap + detailMetrics.lineSpacing();
        const QFontMetricsF labelMetrics(m_labelFont, m_device);
        const int labelLines = qBound(1, int((room - detailReserve) / labelMetrics.lineSpacing()), 3);
        const WrappedText label = fitText(hop.label, m_labelFont, inner.width(), labelLines, m_device);
        const QFontMetricsF usedLabelMetrics(label.font, m_device);
        const qreal labelHeight = usedLabelMetrics.lineSpacing() * qreal(label.lines.size());
        WrappedText detailText;
        if (!detail.isEmpty()) {
            const int detailLines = qBound(1, int((room - labelHeight - detailGap) / detailMetrics.lineSpacing()), 2);
            detailText = fitText(detail, m_detailFont, inner.width(), detailLines, m_device);
        }
        const QFontMetricsF usedDetailMetrics(detailText.font, m_device);
        const qreal detailHeight = detailText.lines.isEmpty()
            ? 0
            : detailGap + usedDetailMetrics.lineSpacing() * qreal(detailText.lines.size());
        const qreal top = inner.top() + qMax(0.0, (room - labelHeight - detailHeight) / 2);
        drawLines(label.lines, label.font, notUsed ? m_muted : m_text, inner.center().x(), top);
        if (!detailText.lines.isEmpty())
            drawLines(detailText.lines, detailText.font, notUsed ? m_muted : blend(m_text, m_base, 0.28),
                      inner.center().x(), top + labelHeight + detailGap);
    }

    QPainter *m_painter;
    QPaintDevice *m_device;
    QRectF m_area;
    const PathView &m_view;
    const QPalette &m_palette;
    bool m_dark;
    qreal m_scale = 1;
    qreal m_fontPixels = 12;
    QFont m_titleFont;
    QFont m_labelFont;
    QFont m_detailFont;
    QFont m_badgeFont;
    QFont m_edgeFont;
    QColor m_text;
    QColor m_base;
    QColor m_muted;

    QRectF m_titleRect;
    QList<QRectF> m_boxes; // per hop, in the view's order
    QList<qsizetype> m_branch; // the hops stacked in the last column
    qreal m_stub = 0; // how far the branch edges run right before turning
    qreal m_elbowRadius = 0;
    qreal m_labelPadding = 0; // between an edge's label and the boxes either side
    qreal m_boxPadding = 0; // between a box's border and its text
};

} // namespace

PathDiagramView::PathDiagramView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Connection path diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleText();
}

void PathDiagramView::setPathView(const PathView &view)
{
    m_view = view;
    updateAccessibleText();
    update();
}

QSize PathDiagramView::sizeHint() const
{
    return { 720, 260 };
}

QSize PathDiagramView::minimumSizeHint() const
{
    return { 480, 200 };
}

void PathDiagramView::render(QPainter *painter, const QRectF &area, const PathView &view, const QPalette &palette)
{
    if (!painter || !painter->isActive() || area.width() < 1 || area.height() < 1)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setClipRect(area, Qt::IntersectClip);
    DiagramPainter(painter, area, view, palette).paint();
    painter->restore();
}

QColor PathDiagramView::stateColor(HopState state, const QPalette &palette)
{
    // Darker tones on light bases, lighter ones on dark bases.
    const bool dark = isDark(palette);
    QColor color;
    switch (state) {
    case HopState::Ok:
        color = dark ? QColor(0x6c, 0xd0, 0x86) : QColor(0x1a, 0x7f, 0x37);
        break;
    case HopState::Degraded:
        color = dark ? QColor(0xf2, 0xb8, 0x3a) : QColor(0x9a, 0x67, 0x00);
        break;
    case HopState::Broken:
        color = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
        break;
    case HopState::NotUsed:
        color = dark ? QColor(0x84, 0x84, 0x84) : QColor(0x8c, 0x8c, 0x8c);
        break;
    case HopState::Untested:
        color = dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x6e, 0x6e, 0x6e);
        break;
    }
    // A theme with an unusual base colour: push the tone until it stands out by 3:1, WCAG's minimum for
    // graphics.
    const QColor base = palette.color(QPalette::Base);
    for (int step = 0; step < 16 && contrastRatio(color, base) < 3.0; ++step)
        color = dark ? color.lighter(112) : color.darker(112);
    return color;
}

QSize PathDiagramView::exportSize() const
{
    // A widget that was never laid out still has Qt's default geometry, which says nothing.
    const QSize current = size();
    if (!testAttribute(Qt::WA_Resized) || current.isEmpty())
        return sizeHint();
    return current;
}

bool PathDiagramView::exportPng(const QString &path, QString *error) const
{
    const QSize logical = exportSize();
    constexpr int pixelRatio = 2;
    QImage image(logical * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setFont(font());
        render(&painter, QRectF(QPointF(0, 0), QSizeF(logical)), m_view, palette());
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("Cannot save the diagram to %1: %2")
                         .arg(QDir::toNativeSeparators(path), tr("the image could not be encoded"));
        return false;
    }
    QString reason;
    if (!saveFileAtomically(path, png, &reason)) {
        if (error)
            *error = tr("Cannot save the diagram to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

bool PathDiagramView::exportSvg(const QString &path, QString *error) const
{
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    const QSize logical = exportSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // 96 dpi: viewers show the drawing at the widget's size, not a third larger as at the default 72.
    generator.setResolution(96);
    generator.setSize(logical);
    generator.setViewBox(QRect(QPoint(0, 0), logical));
    generator.setTitle(tr("MI Connect Wizard — %1").arg(m_view.title));
    generator.setDescription(m_view.describe());
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error
                = tr("Cannot save the diagram to %1: the SVG could not be drawn").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // The family the font resolved to ("DejaVu Sans", "Segoe UI"): SVG viewers know those, not Qt's
    // generic aliases such as "Sans Serif".
    QFont svgFont = font();
    svgFont.setFamily(QFontInfo(svgFont).family());
    painter.setFont(svgFont);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(logical)), palette().color(QPalette::Base));
    render(&painter, QRectF(QPointF(0, 0), QSizeF(logical)), m_view, palette());
    painter.end();
    QString reason;
    if (!saveFileAtomically(path, svg, &reason)) {
        if (error)
            *error = tr("Cannot save the diagram to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

void PathDiagramView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    // A canvas of the base colour, like a view's: the state colours are chosen against it.
    painter.fillRect(rect(), palette().color(QPalette::Base));
    render(&painter, rect(), m_view, palette());
}

void PathDiagramView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        // The state words and the description follow the language; the hop labels come translated in
        // the view, which its owner rebuilds.
        setAccessibleName(tr("Connection path diagram"));
        updateAccessibleText();
        update();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void PathDiagramView::updateAccessibleText()
{
    const QString description = m_view.hops.isEmpty() ? QString() : m_view.describe();
    setAccessibleDescription(description);
    setToolTip(description);
}
