#include "charts/outcome_chart.h"

#include "analysis/describe_program.h"
#include "analysis/program_shape.h"
#include "charts/chart_style.h"
#include "i18n/recorded_names.h"
#include "scenarios/result_labels.h"
#include "session/program_request.h"
#include "timeline/time_coordinates.h"
#include "trace/trace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace samtidig {

namespace {
// Result keys scenarios use for "the value the shared counter ended with".
const char *const kActualKeys[] = { "actual", "counter", "shared_counter", "final_counter", "total" };

QString keyText(const QString &key);

QString valueText(const QJsonValue &v)
{
    const QLocale locale;
    if (v.isBool())
        return v.toBool() ? OutcomeChart::tr("yes") : OutcomeChart::tr("no");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? locale.toString(qlonglong(d))
                                                        : locale.toString(d, 'g', 4);
    }
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList parts;
        bool records = false;
        const QJsonArray a = v.toArray();
        for (const auto &e : a) { // QJsonValueConstRef: converted once, in the call
            records |= e.isObject() || e.isArray(); // "0, 1; 1" for a list per child
            parts << valueText(e);
        }
        return parts.join(records ? QStringLiteral("; ") : QStringLiteral(", "));
    }
    if (v.isObject()) {
        // One entry of a per-task list: "thread 1: Attempts 7, Retries 4" (translated field names,
        // the task's own name first rather than as a field).
        QString name;
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool isName = it.key() == QLatin1String("thread") || it.key() == QLatin1String("name")
                || it.key() == QLatin1String("task");
            if (isName && it.value().isString() && name.isEmpty())
                name = displayedName(it.value().toString()); // recorded in the run's language
            else
                parts << QStringLiteral("%1 %2").arg(keyText(it.key()), valueText(it.value()));
        }
        const QString fields = parts.join(QStringLiteral(", "));
        return name.isEmpty() ? fields : QStringLiteral("%1: %2").arg(name, fields);
    }
    return {};
}

// "shared_counter" -> "Shared counter": result keys are ids, this makes the generic table readable.
QString keyText(const QString &key)
{
    return ResultLabels::label(key);
}

std::int64_t phaseDuration(const Trace &trace, const Phase &phase)
{
    return (phase.endNs < 0 ? trace.endNs() : phase.endNs) - phase.startNs;
}
} // namespace

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
    m_set->setColor(QColor(0x00, 0x72, 0xb2));
    m_series->append(m_set);
    m_chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(m_chart);
    m_values = new QValueAxis(m_chart);
    m_values->setLabelFormat(
        QStringLiteral("%.7g")); // localized labels need a precision (Qt 6.4 shows none for "%g")
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
    retranslateUi();
}

void OutcomeChart::setTrace(const Trace *trace)
{
    m_trace = trace;
    refresh();
}

void OutcomeChart::refresh()
{
    m_kind = Kind::None;
    if (m_trace && m_trace->scenario() == QLatin1String(kProgramScenarioId)) {
        m_kind = Kind::Program;
    } else if (m_trace && !m_trace->results().isEmpty()) {
        const QJsonObject &r = m_trace->results();
        m_kind = Kind::Table;
        if (r.value(QLatin1String("expected")).isDouble()) {
            for (const char *key : kActualKeys) {
                if (r.value(QLatin1String(key)).isDouble()) {
                    m_kind = Kind::Counter;
                    break;
                }
            }
        }
        if (m_kind == Kind::Table && m_trace->phases().size() >= 2)
            m_kind = Kind::Phases;
    } else if (m_trace && m_trace->phases().size() >= 2) {
        m_kind = Kind::Phases; // phase times are known live, before the results arrive
    }
    retranslateUi();
}

QString OutcomeChart::summary() const
{
    return m_kind == Kind::Program ? m_programText->text() : m_summary->text();
}

void OutcomeChart::showCounter(double expected, double actual)
{
    const double lost = std::max(0.0, expected - actual);
    m_categories->clear();
    // Bottom to top, so they read top down: expected, actual, lost.
    m_categories->append({ tr("Lost updates"), tr("Actual"), tr("Expected") });
    m_set->remove(0, m_set->count());
    m_set->append({ lost, actual, expected });
    m_values->setRange(0, std::max(1.0, expected) * 1.15);
    m_values->applyNiceNumbers();
    m_values->setTitleText(tr("Counter value"));
    m_chart->setTitle(tr("Shared counter at the end of the run"));
    const QLocale locale;
    m_summary->setText(
        lost > 0 ? tr("The counter should have reached %1 but reached %2: %Ln increment(s) "
                      "were lost because tasks overwrote each other's updates.",
                      nullptr, int(std::min(lost, 2e9)))
                       .arg(locale.toString(qlonglong(expected)), locale.toString(qlonglong(actual)))
                 : tr("The counter reached the expected %1: no update was lost.")
                       .arg(locale.toString(qlonglong(expected))));
}

void OutcomeChart::showPhases()
{
    const QLocale locale;
    QStringList names;
    QList<qreal> ms;
    for (const Phase &p : m_trace->phases()) { // bottom to top: the first phase on top
        names.prepend(p.title);
        ms.prepend(double(std::max<std::int64_t>(0, phaseDuration(*m_trace, p))) / 1e6);
    }
    m_categories->clear();
    m_categories->append(names);
    m_set->remove(0, m_set->count());
    m_set->append(ms);
    m_values->setRange(0, std::max(0.001, *std::max_element(ms.begin(), ms.end())) * 1.15);
    m_values->applyNiceNumbers();
    m_values->setTitleText(tr("Duration (ms)"));
    m_chart->setTitle(tr("Time taken by each phase"));
    const QJsonValue speedup = m_trace->results().value(QLatin1String("speedup"));
    const Phase &first = m_trace->phases()[0];
    const Phase &second = m_trace->phases()[1];
    const std::int64_t a = phaseDuration(*m_trace, first);
    const std::int64_t b = phaseDuration(*m_trace, second);
    if (speedup.isDouble())
        m_summary->setText(tr("Speedup: %1 times as fast.").arg(locale.toString(speedup.toDouble(), 'f', 2)));
    else if (a > 0 && b > 0 && m_trace->outcome() != RunOutcome::Running)
        m_summary->setText(
            tr("“%1” took %2 and “%3” took %4: the slower one took %5 times as long.")
                .arg(first.title, formatDuration(a, locale), second.title, formatDuration(b, locale),
                     locale.toString(double(std::max(a, b)) / double(std::min(a, b)), 'f', 2)));
    else
        m_summary->setText(tr("The phases are still running."));
}

void OutcomeChart::showProgram()
{
    m_view->hide();
    m_programScroll->show();
    if (m_trace->outcome() == RunOutcome::Running) {
        m_table->hide();
        m_summary->clear();
        m_programText->setText(tr("What your program did appears here when it ends."));
        return;
    }
    const ProgramActivity activity = programActivity(*m_trace);
    m_programText->setText(describeProgram(*m_trace, activity).join(QStringLiteral("\n\n")));

    // The time with exactly 1, 2, ... cores running the program's threads at once.
    const QLocale locale;
    const std::vector<std::int64_t> &busy = activity.cores.nsWithCoresBusy;
    QStringList parts;
    for (std::size_t k = 1; k < busy.size(); ++k)
        if (busy[k] > 0)
            parts << tr("%n for %1", nullptr, static_cast<int>(k)).arg(formatDuration(busy[k], locale));
    m_summary->setText(parts.isEmpty() ? QString()
                                       : tr("Cores busy at once: %1.").arg(parts.join(QStringLiteral(", "))));

    // Its processes, parents first.
    const std::vector<ProcessNode> tree = processTree(*m_trace);
    m_table->setHorizontalHeaderLabels({ tr("Process"), tr("Threads and time") });
    m_table->setRowCount(static_cast<int>(tree.size()));
    int row = 0;
    for (const ProcessNode &n : tree) {
        QString what = tr("%n thread(s)", nullptr, n.threads);
        if (n.endNs >= 0 && n.beginNs >= 0)
            what += QStringLiteral(", ") + formatDuration(n.endNs - n.beginNs, locale);
        auto *key = new QTableWidgetItem(tr("%1 (pid %2)").arg(n.command, QString::number(n.pid)));
        key->setToolTip(n.parentPid ? tr("Started by pid %1").arg(n.parentPid)
                                    : tr("The program's first process"));
        m_table->setItem(row, 0, key);
        auto *value = new QTableWidgetItem(what);
        value->setToolTip(what);
        m_table->setItem(row, 1, value);
        ++row;
    }
    m_table->resizeColumnToContents(0);
    m_table->setVisible(!tree.empty());
}

void OutcomeChart::fillTable()
{
    m_table->setHorizontalHeaderLabels({ tr("Result"), tr("Value") });
    const QJsonObject results = m_trace ? m_trace->results() : QJsonObject();
    m_table->setRowCount(static_cast<int>(results.size()));
    QStringList keys = results.keys(); // alphabetical: put them in the order a reader needs them
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return ResultLabels::order(a) < ResultLabels::order(b);
    });
    int row = 0;
    for (const QString &name : keys) {
        auto *key = new QTableWidgetItem(keyText(name));
        key->setToolTip(name);
        auto *value = new QTableWidgetItem(valueText(results.value(name)));
        value->setToolTip(value->text());
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, value);
        ++row;
    }
    m_table->resizeColumnToContents(0);
}

void OutcomeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutcomeChart::retranslateUi()
{
    applyChartLocale(m_chart);
    m_set->setLabel(tr("Value"));
    if (m_kind == Kind::Program) {
        m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        showProgram();
        return;
    }
    fillTable();
    m_programScroll->hide();
    m_view->setVisible(m_kind == Kind::Counter || m_kind == Kind::Phases);
    m_table->setVisible(m_kind != Kind::None);
    m_summary->setAlignment(m_kind == Kind::None ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignTop);
    switch (m_kind) {
    case Kind::None:
        if (!m_trace || (m_trace->events() == 0 && m_trace->outcome() == RunOutcome::Running))
            m_summary->setText(tr("Run a scenario to see what it measured here."));
        else if (m_trace->outcome() == RunOutcome::Running)
            m_summary->setText(tr("The scenario's results appear here when the run ends."));
        else if (m_trace->source() == SchedulingSource::Imported)
            m_summary->setText(
                tr("This trace was imported from a Chrome trace: no scenario ran, so there are no "
                   "results to show."));
        else
            m_summary->setText(tr("The run ended before the scenario could report its results."));
        break;
    case Kind::Table: m_summary->setText(tr("What the scenario measured:")); break;
    case Kind::Counter: {
        const QJsonObject &r = m_trace->results();
        double actual = 0;
        for (const char *key : kActualKeys)
            if (r.value(QLatin1String(key)).isDouble()) {
                actual = r.value(QLatin1String(key)).toDouble();
                break;
            }
        showCounter(r.value(QLatin1String("expected")).toDouble(), actual);
        break;
    }
    case Kind::Phases: showPhases(); break;
    case Kind::Program: break; // above
    }
}

} // namespace samtidig
