#pragma once

#include "diagnosis/pathview.h"

#include <QWidget>

class QPainter;

// The connection path as a diagram: the application host, the join (peering, VPN, ExpressRoute, App
// Service integration, private endpoint, internet), the Managed Instance VNet and subnet, the gateway
// and the nodes, with the ports on each edge. Each hop is coloured by the checks — and carries a glyph
// and a word too, because colour is never the only signal.
class PathDiagramView : public QWidget {
    Q_OBJECT

public:
    explicit PathDiagramView(QWidget *parent = nullptr);

    void setPathView(const PathView &view);
    const PathView &pathView() const { return m_view; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Draws `view` into `area` of any paint device (the widget, an image, SVG, PDF) in `palette`'s colours.
    // Leaves the background alone: the caller fills it (with the palette's base colour, usually).
    static void render(QPainter *painter, const QRectF &area, const PathView &view, const QPalette &palette);
    // The colour a hop in `state` is drawn in, readable on `palette`'s base colour (light and dark).
    static QColor stateColor(HopState state, const QPalette &palette);

    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    // The size exports are drawn at: the widget's, or the size hint while it has none yet.
    QSize exportSize() const;

    PathView m_view;
};
