#pragma once
// samtidig --startup-time: once the main window's first frame is painted and on screen, prints how
// long that took from the start of the process (its start time in /proc/self/stat, so everything
// before main() counts: loading Qt, the platform plugin, fonts) and quits. The line also carries
// the CLOCK_MONOTONIC time of that moment, so a benchmark that noted when it started the process
// can measure to the nanosecond (the kernel's own start time has 10 ms ticks).

#include <QObject>

class QWindow;

namespace samtidig {

class FirstFrameReport : public QObject
{
    Q_OBJECT
public:
    // Watches `window` (a top-level widget, before it is shown); deletes itself after reporting.
    explicit FirstFrameReport(QWidget *window);

    // Nanoseconds since this process started, from /proc/self/stat; -1 if it cannot be read.
    static std::int64_t processAgeNs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window = nullptr;
    QWindow *m_handle = nullptr;
};

} // namespace samtidig
