#include "pathdiagramview.h"

#include <QPainter>

PathDiagramView::PathDiagramView(QWidget *parent)
    : QWidget(parent)
{
}

void PathDiagramView::setPathView(const PathView &view)
{
    m_view = view;
    updateAccessibleText();
    update();
}

QSize PathDiagramView::sizeHint() const
{
    return {720, 260};
}

QSize PathDiagramView::minimumSizeHint() const
{
    return {480, 200};
}

void PathDiagramView::render(QPainter *painter, const QRectF &area, const PathView &view, const QPalette &palette)
{
    Q_UNUSED(painter);
    Q_UNUSED(area);
    Q_UNUSED(view);
    Q_UNUSED(palette);
}

QColor PathDiagramView::stateColor(HopState state, const QPalette &palette)
{
    Q_UNUSED(state);
    return palette.text().color();
}

bool PathDiagramView::exportPng(const QString &path, QString *error) const
{
    Q_UNUSED(path);
    Q_UNUSED(error);
    return false;
}

bool PathDiagramView::exportSvg(const QString &path, QString *error) const
{
    Q_UNUSED(path);
    Q_UNUSED(error);
    return false;
}

void PathDiagramView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    render(&painter, rect(), m_view, palette());
}

void PathDiagramView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}

void PathDiagramView::updateAccessibleText()
{
    setAccessibleDescription(m_view.describe());
}
