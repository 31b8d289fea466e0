#pragma once
// ChartPanel drawn with Qt Charts: three tabs (core utilization, lock waits, the scenario's
// outcome). The only class that knows the chart pages; replace it to move to Qt Graphs.

#include "charts/chart_panel.h"

class QTabWidget;

namespace samtidig {

class LockWaitChart;
class OutcomeChart;
class UtilizationChart;

class QtChartsPanel : public ChartPanel
{
    Q_OBJECT
public:
    explicit QtChartsPanel(QWidget *parent = nullptr);

    void setTrace(const Trace *trace) override;
    void refresh() override;
    void setTextScale(double scale) override;
    QStringList pageTitles() const override;
    // Below this height Qt Charts cuts the axis numbers and titles to "…": the panel never gets less.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choosePage();

    QTabWidget *m_tabs = nullptr;
    const Trace *m_trace = nullptr;
    double m_textScale = 1;
    bool m_userChoseTab = false; // once the user picks a page, the panel stops choosing for them
    UtilizationChart *m_utilization = nullptr;
    LockWaitChart *m_locks = nullptr;
    OutcomeChart *m_outcome = nullptr;
};

} // namespace samtidig
