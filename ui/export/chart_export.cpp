#include "export/chart_export.h"

#include "charts/lock_wait_chart.h"
#include "charts/outcome_chart.h"
#include "charts/utilization_chart.h"
#include "trace/trace.h"

#include <QAbstractAxis>
#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLayout>
#include <QLegend>
#include <QPainter>
#include <QRectF>

#include <cmath>
#include <memory>

namespace samtidig {

namespace {

constexpr double kLogicalDpi = 96;
constexpr int kSpacing = 16; // logical px between two charts

// Point sizes resolve against the paint device (1200 dpi in a PDF): pixel sizes keep the logical
// size the charts have on screen, whatever the device.
QFont inPixels(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pointSizeF() * kLogicalDpi / 72))));
    return font;
}

void usePixelFonts(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets)
        w->setFont(inPixels(w->font()));
    for (QChartView *view : root->findChildren<QChartView *>()) {
        QChart *chart = view->chart();
        chart->setTitleFont(inPixels(chart->titleFont()));
        chart->legend()->setFont(inPixels(chart->legend()->font()));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(inPixels(axis->labelsFont()));
            axis->setTitleFont(inPixels(axis->titleFont()));
        }
        // Cached items (the legend) would be painted as pixmaps, and not at all right at PDF
        // resolution: draw every item as vector shapes and text.
        if (QGraphicsScene *scene = view->scene())
            for (QGraphicsItem *item : scene->items())
                item->setCacheMode(QGraphicsItem::NoCache);
    }
    // A picture cannot scroll: no scroll bars, whatever does not fit is cut off at the edge.
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>()) {
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area->setFrameShape(QFrame::NoFrame);
    }
}

// The chart pages with something to show, each with its share of the width.
struct ChartStrip {
    std::unique_ptr<QWidget> widget;
    int count = 0;
};

ChartStrip buildStrip(const Trace &trace)
{
    ChartStrip strip;
    strip.widget = std::make_unique<QWidget>();
    QWidget *w = strip.widget.get();
    w->setAttribute(Qt::WA_DontShowOnScreen);
    QPalette palette = w->palette();
    palette.setColor(QPalette::Window, Qt::white); // the charts' own light theme, as on paper
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x24));
    palette.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x24));
    w->setPalette(palette);
    w->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kSpacing);

    auto *outcome = new OutcomeChart(w);
    outcome->setTrace(&trace);
    if (outcome->kind() != OutcomeChart::Kind::None) {
        layout->addWidget(outcome, 5);
        ++strip.count;
    } else {
        delete outcome;
    }
    if (!trace.cpuLanes().empty()) {
        auto *utilization = new UtilizationChart(w);
        utilization->setTrace(&trace);
        layout->addWidget(utilization, 3);
        ++strip.count;
    }
    auto *locks = new LockWaitChart(w);
    locks->setTrace(&trace);
    if (locks->hasData()) {
        layout->addWidget(locks, 4);
        ++strip.count;
    } else {
        delete locks;
    }
    return strip;
}

} // namespace

int exportChartCount(const Trace &trace)
{
    return buildStrip(trace).count;
}

void paintExportCharts(QPainter &painter, const QRectF &target, const QSizeF &logicalSize, const Trace &trace)
{
    ChartStrip strip = buildStrip(trace);
    if (strip.count == 0 || logicalSize.isEmpty())
        return;
    QWidget *w = strip.widget.get();
    usePixelFonts(w);
    w->resize(logicalSize.toSize());
    // Lay out as a shown window would: widget layouts, then the charts' own graphics layouts,
    // which settle through posted events once the views have their size.
    w->ensurePolished();
    for (QLayout *layout : w->findChildren<QLayout *>())
        layout->activate();
    w->layout()->activate();
    w->show(); // not on screen (WA_DontShowOnScreen): delivers the pending resize events
    for (int i = 0; i < 3; ++i) // only layout requests: nothing else of the application runs here
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    // A chart view painted through QWidget::render() loses its legend on a high-resolution device
    // (PDF); its scene drawn directly does not. So the widgets are painted without the views (which
    // keep their place in the layout), and each chart's scene is drawn where its view was.
    struct Scene {
        QGraphicsScene *scene;
        QRectF where; // in the strip
        QRectF source; // in the scene
    };
    QList<Scene> scenes;
    for (QChartView *view : w->findChildren<QChartView *>()) {
        if (!view->isVisibleTo(w) || !view->scene())
            continue;
        scenes.append({ view->scene(), QRectF(QPointF(view->mapTo(w, QPoint(0, 0))), QSizeF(view->size())),
                        view->mapToScene(view->viewport()->rect()).boundingRect() });
        QSizePolicy policy = view->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        view->setSizePolicy(policy);
        view->hide();
    }
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logicalSize.width(), target.height() / logicalSize.height());
    w->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    for (const Scene &s : scenes)
        s.scene->render(&painter, s.where, s.source);
    painter.restore();
    w->hide();
}

} // namespace samtidig
