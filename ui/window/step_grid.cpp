#include "window/step_grid.h"

#include "i18n/recorded_names.h"

#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace samtidig {

namespace {
constexpr int kRowHeight = 22;
constexpr int kLabelWidth = 80;
constexpr int kMinColumnWidth = 60;
constexpr int kMaxColumnWidth = 160;
} // namespace

StepGrid::StepGrid(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepGrid"));
}

void StepGrid::setSteps(std::vector<Cell> steps, int threads)
{
    m_steps = std::move(steps);
    m_threads = threads;
    for (const Cell &c : m_steps)
        m_threads = std::max(m_threads, c.thread);
    updateGeometry();
    resize(sizeHint());
    update();
}

QString StepGrid::cellText(int thread, int step) const
{
    if (step < 1 || step > columnCount())
        return {};
    const Cell &c = m_steps[static_cast<std::size_t>(step - 1)];
    return c.thread == thread ? c.text : QString();
}

int StepGrid::columnWidth() const
{
    const QFontMetrics fm(font());
    int widest = kMinColumnWidth;
    for (const Cell &c : m_steps)
        widest = std::max(widest, fm.horizontalAdvance(c.text) + 12);
    return std::min(widest, kMaxColumnWidth);
}

QSize StepGrid::sizeHint() const
{
    return { kLabelWidth + columnCount() * columnWidth() + 2, (m_threads + 1) * kRowHeight + 2 };
}

void StepGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());
    const int w = columnWidth();
    const QFontMetrics fm(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int s = 0; s < columnCount(); ++s) // the header: step numbers
        p.drawText(QRect(kLabelWidth + s * w, 0, w, kRowHeight), Qt::AlignCenter, QString::number(s + 1));
    for (int t = 1; t <= m_threads; ++t) {
        const int y = t * kRowHeight;
        if (t % 2 == 0)
            p.fillRect(QRect(0, y, width(), kRowHeight), pal.alternateBase());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(4, y, kLabelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(recordedName(RecordedWord::Thread, t), Qt::ElideRight, kLabelWidth - 8));
    }
    for (int s = 0; s < columnCount(); ++s) {
        const Cell &c = m_steps[static_cast<std::size_t>(s)];
        const QRect cell(kLabelWidth + s * w + 2, c.thread * kRowHeight + 2, w - 4, kRowHeight - 4);
        const QColor edge = c.marked ? QColor(0xB0, 0x10, 0x10) : QColor(0x4B, 0x3F, 0xA0);
        QColor fill = edge;
        fill.setAlpha(c.marked ? 50 : 30);
        p.fillRect(cell, fill);
        p.setPen(edge);
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(cell.adjusted(3, 0, -3, 0), Qt::AlignCenter,
                   fm.elidedText(c.text, Qt::ElideRight, cell.width() - 6));
    }
}

} // namespace samtidig
