#include "charts/outcome_chart.h"

#include "charts/chart_style.h"
#include "export/chart_look.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace samtidig {

OutcomeChart::OutcomeChart(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    applyChartStyle(m_chart);
    m_chart->legend()->hide();
    // Bars lie down: their names go left of them, where they have room in any language, instead of
    // under bars a narrow chart makes narrower than the words ("Expe…").
    m_series = new QHorizontalBarSeries(m_chart);
    m_set = new QBarSet(QString(), m_series);
    m_set->setColor(chart_look::outcomeBar());
    m_series->append(m_set);
    m_chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(m_chart);
    m_values = new QValueAxis(m_chart);
    styleAxis(m_categories);
    styleAxis(m_values);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("outcomeSummary"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("outcomeTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    // A program's run in words, where a scenario's chart goes: several sentences, scrolled if need be.
    m_programText = new QLabel(this);
    m_programText->setObjectName(QStringLiteral("programOutcome"));
    m_programText->setWordWrap(true);
    m_programText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_programText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_programText->setContentsMargins(8, 6, 8, 6);
    m_programScroll = new QScrollArea(this);
    m_programScroll->setWidget(m_programText);
    m_programScroll->setWidgetResizable(true);
    m_programScroll->setFrameShape(QFrame::NoFrame);
    m_programScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_programScroll->hide();

    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_table, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_programScroll, 3);
    layout->addLayout(right, 2);
    refresh();
}

void OutcomeChart::setTrace(const Trace *trace)
{
    m_trace = trace;
    refresh();
}

void OutcomeChart::refresh()
{
    m_data = outcomeData(m_trace);
    display();
}

QString OutcomeChart::summary() const
{
    return m_data.kind == Kind::Program ? m_programText->text() : m_summary->text();
}

void OutcomeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the data's texts are in the language it was computed in
    QWidget::changeEvent(event);
}

void OutcomeChart::display()
{
    applyChartLocale(m_chart);
    const bool program = m_data.kind == Kind::Program;
    const bool chart = m_data.kind == Kind::Counter || m_data.kind == Kind::Phases;
    m_view->setVisible(chart);
    m_programScroll->setVisible(program);
    m_programText->setText(m_data.programText);
    m_summary->setText(m_data.summary);
    m_summary->setAlignment(m_data.kind == Kind::None ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignTop);
    if (chart) {
        const BarChartData &bars = m_data.chart;
        m_chart->setTitle(bars.title);
        m_set->setLabel(bars.sets.front().label);
        m_series->setBarWidth(bars.barWidth);
        m_categories->clear();
        m_categories->append(bars.categories);
        m_set->remove(0, m_set->count());
        m_set->append(bars.sets.front().values);
        applyAxis(m_values, bars.values);
    }
    m_table->setHorizontalHeaderLabels(m_data.tableHeader);
    m_table->setRowCount(static_cast<int>(m_data.table.size()));
    int row = 0;
    for (const OutcomeTableRow &r : m_data.table) {
        auto *key = new QTableWidgetItem(r.key);
        key->setToolTip(r.keyToolTip);
        auto *value = new QTableWidgetItem(r.value);
        value->setToolTip(r.valueToolTip);
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, value);
        ++row;
    }
    m_table->resizeColumnToContents(0);
    m_table->setVisible(m_data.tableShown);
}

} // namespace samtidig
