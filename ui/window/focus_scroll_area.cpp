#include "window/focus_scroll_area.h"

#include <QEvent>
#include <QPainter>

namespace samtidig {

namespace {
constexpr int kMargin = 2; // px around the viewport, always kept, so focus never moves the text
} // namespace

FocusScrollArea::FocusScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setViewportMargins(kMargin, kMargin, kMargin, kMargin);
}

bool FocusScrollArea::event(QEvent *event)
{
    const bool handled = QScrollArea::event(event);
    if (event->type() == QEvent::Paint && hasFocus()) {
        QPainter p(this);
        p.setPen(QPen(palette().color(QPalette::Highlight), kMargin));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(kMargin / 2.0, kMargin / 2.0, -kMargin / 2.0, -kMargin / 2.0));
    }
    return handled;
}

void FocusScrollArea::focusInEvent(QFocusEvent *event)
{
    QScrollArea::focusInEvent(event);
    update();
}

void FocusScrollArea::focusOutEvent(QFocusEvent *event)
{
    QScrollArea::focusOutEvent(event);
    update();
}

} // namespace samtidig
