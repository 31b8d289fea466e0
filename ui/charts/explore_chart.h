#pragma once
// The outcomes of every interleaving explored, as bars: how many schedules ended each way (the
// counter's final value, or a deadlock). Clicking a bar asks for its example schedule to be replayed.

#include "chartdata/chart_data.h"
#include "session/schedule_explorer.h"

#include <QWidget>

#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;

namespace samtidig {

class ExploreChart : public QWidget
{
    Q_OBJECT
public:
    explicit ExploreChart(QWidget *parent = nullptr);

    void setOutcomes(const std::vector<ScheduleExplorer::Outcome> &outcomes);
    int barCount() const { return static_cast<int>(m_bars.categories.size()); }
    // "ends at 1", "deadlock": what outcome `i` was, in the UI language.
    QString outcomeLabel(int i) const;
    void clickBar(int i); // as a click on bar i does

Q_SIGNALS:
    void outcomeClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::vector<ScheduleExplorer::Outcome> m_outcomes;
    BarChartData m_bars; // one per outcome
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace samtidig
