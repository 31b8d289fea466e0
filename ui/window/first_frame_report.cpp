#include "window/first_frame_report.h"

#include "record/clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace samtidig {

FirstFrameReport::FirstFrameReport(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

std::int64_t FirstFrameReport::processAgeNs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ..." with starttime the 22nd field, the 20th after the comm's ')'.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qulonglong ticks = fields[19].toULongLong(&ok);
    const long perSecond = sysconf(_SC_CLK_TCK);
    timespec now {};
    if (!ok || perSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const std::int64_t startedNs = static_cast<std::int64_t>(ticks) * (1'000'000'000 / perSecond);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec - startedNs;
}

bool FirstFrameReport::eventFilter(QObject *watched, QEvent *event)
{
    // The native window exists once the widget is shown; its first exposure paints and flushes
    // the first frame before the expose event returns, so the report is queued behind it.
    if (watched == m_window && event->type() == QEvent::Show && !m_handle && m_window->windowHandle()) {
        m_handle = m_window->windowHandle();
        m_handle->installEventFilter(this);
    } else if (watched == m_handle && event->type() == QEvent::Expose && m_handle->isExposed()) {
        m_handle->removeEventFilter(this);
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, &FirstFrameReport::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameReport::report()
{
    const std::uint64_t now = monotonicNs();
    const std::int64_t age = processAgeNs();
    const QString text = age >= 0
        ? tr("samtidig: first frame painted %1 ms after the process started (CLOCK_MONOTONIC %2 ns)\n")
              .arg(double(age) / 1e6, 0, 'f', 1)
              .arg(now)
        : tr("samtidig: first frame painted; the process start time could not be read (CLOCK_MONOTONIC %1 "
             "ns)\n")
              .arg(now);
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    QCoreApplication::quit();
    deleteLater();
}

} // namespace samtidig
