#pragma once
// The step panel's record of the steps taken: a table (step, thread, operation, what it caused) and
// the same steps by step number (StepGrid). What a step caused is found in the trace's analysis once
// its events have arrived: the write that lost an update, the lock request that closed a deadlock.

#include "record/region_layout.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QScrollArea;
class QTabWidget;
class QTableWidget;

namespace samtidig {

class StepGrid;
class Trace;

class StepLog : public QWidget
{
    Q_OBJECT
public:
    explicit StepLog(QWidget *parent = nullptr);

    void clear(); // a new run
    // One more step: `thread` let go to do `op` on `object` (its name) at `atNs` (trace time).
    void add(int thread, GateOp op, const QString &object, std::int64_t atNs);
    void noteEffects(const Trace &trace);
    void setThreadCount(int threads); // the grid's rows
    int count() const { return static_cast<int>(m_steps.size()); }
    QString note(int step) const; // what step `step` (1-based) caused, or empty
    QTableWidget *table() const { return m_table; }
    StepGrid *grid() const { return m_grid; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Effect : std::uint8_t { None, LostUpdate, Deadlock };
    struct Step {
        int thread = 0;
        GateOp op = GateOp::None;
        QString object;
        std::int64_t atNs = 0;
        Effect effect = Effect::None;
        QString overwriter, lostWriter; // LostUpdate: the tasks, as the trace names them
        std::uint64_t lostValue = 0;
    };
    void showRow(int index);
    void updateGrid();
    QString result(const Step &step) const;
    void retranslateUi();

    QTabWidget *m_views = nullptr;
    QTableWidget *m_table = nullptr;
    StepGrid *m_grid = nullptr;
    QScrollArea *m_gridScroll = nullptr;
    std::vector<Step> m_steps;
    int m_threads = 0;
    std::size_t m_lostUpdatesSeen = 0;
    bool m_deadlockSeen = false;
};

} // namespace samtidig
