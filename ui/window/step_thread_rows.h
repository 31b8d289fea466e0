#pragma once
// The step panel's threads: one row per numbered thread of a stepped run, with its Step button and,
// in words and in the UI language, the operation it stands before ("thread 1 will lock B (held by
// thread 2: it will wait)") or what it waits for.

#include "session/step_driver.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace samtidig {

class Trace;

class StepThreadRows : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kKeyedThreads = 9; // keys 1–9 step threads 1–9

    explicit StepThreadRows(QWidget *parent = nullptr);
    ~StepThreadRows() override;

    int count() const { return static_cast<int>(m_rows.size()); }
    QString text(int thread) const; // "thread 2 will read shared counter"; empty for no such thread
    QPushButton *button(int thread) const; // nullptr for no such thread
    void setCount(int count);
    // Each thread's next operation or wait; the buttons of threads at a gate are enabled when `canStep`.
    void showThreads(const std::vector<StepDriver::ThreadView> &views, const Trace &trace, bool canStep);
    void showAllFinished(); // the run completed: every thread has finished
    void disableAll();

Q_SIGNALS:
    void stepRequested(int thread); // a row's Step button

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QWidget *widget = nullptr;
        QPushButton *button = nullptr;
        QLabel *text = nullptr;
    };

    QString describe(const Trace &trace, const StepDriver::ThreadView &view) const;
    void retranslateUi();

    QVBoxLayout *m_layout = nullptr;
    std::vector<Row> m_rows;
};

} // namespace samtidig
