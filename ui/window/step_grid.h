#pragma once
// The steps taken by step number: one column per step, one row per thread, each step's operation in
// its thread's row, so the order of operations reads left to right ("thread 1 read, thread 2 read,
// thread 1 wrote, thread 2 wrote"). A step that lost an update or closed a deadlock is marked.

#include <QString>
#include <QWidget>

#include <vector>

namespace samtidig {

class StepGrid : public QWidget
{
    Q_OBJECT
public:
    struct Cell {
        int thread = 0; // 1-based
        QString text; // the operation, in the UI language
        bool marked = false; // it lost an update or closed a deadlock
    };
    explicit StepGrid(QWidget *parent = nullptr);

    void setSteps(std::vector<Cell> steps, int threads);
    int columnCount() const { return static_cast<int>(m_steps.size()); }
    QString cellText(int thread, int step) const; // empty where another thread took the step
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int columnWidth() const;

    std::vector<Cell> m_steps;
    int m_threads = 0;
};

} // namespace samtidig
