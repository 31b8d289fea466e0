#include "window/scenario_info_panel.h"

#include "analysis/describe.h"
#include "analysis/describe_program.h"
#include "analysis/other_programs.h"
#include "analysis/unended_lock_waits.h"
#include "analysis/utilization.h"
#include "i18n/language.h"
#include "scenarios/scenario_registry.h"
#include "session/program_request.h"
#include "trace/trace.h"
#include "window/message_banner.h"
#include "window/run_texts.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace samtidig {

namespace {
// Names a line must not break inside: "C++20" would wrap as "C++" and "20". Word joiners
// (U+2060) between their characters forbid the break and draw nothing.
QString keptTogether(QString text)
{
    static const QString cpp = QStringLiteral("C++20");
    QString joined;
    for (qsizetype i = 0; i < cpp.size(); ++i)
        joined += (i ? QString(QChar(0x2060)) : QString()) + cpp[i];
    return text.replace(cpp, joined);
}

constexpr int kMaxListed = 5; // sentences listed per kind of finding; the rest are counted
// Other programs' share of a core worth a finding; below it, tick rounding and our own window's
// drawing could make up much of it.
constexpr int kNotableOtherPercent = 10;

bool anyNotable(const OtherProgramsLoad &load)
{
    return std::any_of(load.cpus.begin(), load.cpus.end(),
                       [](const OtherProgramsShare &s) { return s.percent >= kNotableOtherPercent; });
}

// Whether the phases' figures tell a different story per phase: a core notable in one and not
// in another, or ten points apart.
bool phasesDiffer(const std::vector<OtherProgramsLoad> &phases)
{
    for (std::size_t i = 1; i < phases.size(); ++i)
        for (std::size_t c = 0; c < phases[i].cpus.size() && c < phases[0].cpus.size(); ++c) {
            const int a = phases[0].cpus[c].percent;
            const int b = phases[i].cpus[c].percent;
            if (std::abs(a - b) >= kNotableOtherPercent
                || (a >= kNotableOtherPercent) != (b >= kNotableOtherPercent))
                return true;
        }
    return false;
}
} // namespace

ScenarioInfoPanel::ScenarioInfoPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    updateTitleFont();
    m_title->setWordWrap(true);
    m_theme = new QLabel(this);
    m_theme->setObjectName(QStringLiteral("scenarioTheme"));
    m_theme->setForegroundRole(QPalette::PlaceholderText);
    m_theme->setWordWrap(true); // a recorded program's command line can be long
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("scenarioExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findingsHeader = new QLabel(this);
    QFont headerFont = m_findingsHeader->font();
    headerFont.setBold(true);
    m_findingsHeader->setFont(headerFont);
    m_deadlock = new MessageBanner(this);
    m_deadlock->setObjectName(QStringLiteral("deadlockBanner"));
    m_outcome = new MessageBanner(this);
    m_outcome->setObjectName(QStringLiteral("outcomeBanner"));
    m_warnings = new MessageBanner(this);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                        | Qt::LinksAccessibleByKeyboard);
    connect(m_findings, &QLabel::linkActivated, this, &ScenarioInfoPanel::onLinkActivated);

    layout->addWidget(m_title);
    layout->addWidget(m_theme);
    layout->addSpacing(4);
    layout->addWidget(m_explanation);
    layout->addSpacing(10);
    layout->addWidget(m_findingsHeader);
    layout->addWidget(m_deadlock);
    layout->addWidget(m_outcome);
    layout->addWidget(m_warnings);
    layout->addWidget(m_findings);
    m_selectionHeader = new QLabel(this);
    m_selectionHeader->setFont(headerFont);
    m_selection = new QLabel(this);
    m_selection->setWordWrap(true);
    m_selection->setTextFormat(Qt::PlainText);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addSpacing(10);
    layout->addWidget(m_selectionHeader);
    layout->addWidget(m_selection);
    setSelectionDetails(QString());
    layout->addStretch(1);
    retranslateUi();
}

void ScenarioInfoPanel::setScenario(const QString &id)
{
    m_scenario = id;
    retranslateUi();
}

void ScenarioInfoPanel::setTrace(const Trace *trace)
{
    if (trace != m_trace) {
        m_lostUpdatesFrom = 0;
        m_programFindingsLanguage.clear(); // another run: describe it afresh
    }
    m_trace = trace;
    m_error.clear();
    updateFindings();
}

void ScenarioInfoPanel::refresh()
{
    updateFindings();
}

void ScenarioInfoPanel::setError(const QString &message)
{
    m_error = message;
    updateFindings();
}

void ScenarioInfoPanel::setSelectionDetails(const QString &details)
{
    m_selection->setText(details);
    m_selectionHeader->setVisible(!details.isEmpty());
    m_selection->setVisible(!details.isEmpty());
}

QString ScenarioInfoPanel::deadlockText() const
{
    return m_deadlock->isHidden() ? QString() : m_deadlock->text();
}

QString ScenarioInfoPanel::outcomeText() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

QString ScenarioInfoPanel::findingsHeading() const
{
    return m_findingsHeader->isHidden() ? QString() : m_findingsHeader->text();
}

// The title is a size larger than the panel's text, also when that grows (presentation mode).
void ScenarioInfoPanel::updateTitleFont()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
}

void ScenarioInfoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        updateTitleFont();
    QWidget::changeEvent(event);
}

void ScenarioInfoPanel::retranslateUi()
{
    const Scenario *scenario = findScenario(m_scenario);
    if (scenario) {
        const ScenarioInfo info = scenario->info(); // built in the current language
        m_title->setText(info.name);
        m_theme->setText(themeName(info.theme));
        m_explanation->setText(keptTogether(info.explanation));
    } else if (m_scenario == QLatin1String(kProgramScenarioId)) {
        m_title->setText(tr("Your own program"));
        m_theme->clear();
        m_explanation->setText(tr(
            "Any Linux program, unmodified: Samtidig starts it, and the kernel's context-switch records show "
            "every thread and process it creates on the cores, from its first instruction. Pick an example "
            "or name a program on the left, then press Run."));
    } else {
        m_title->setText(tr("No scenario selected"));
        m_theme->clear();
        m_explanation->setText(tr("Choose a scenario on the left to read what it shows, then press Run to "
                                  "watch it happen on the real cores of this machine."));
    }
    m_selectionHeader->setText(tr("Selected in the timeline"));
    updateFindings();
}

void ScenarioInfoPanel::updateFindings()
{
    const bool haveTrace = m_trace && (m_trace->events() > 0 || m_trace->outcome() != RunOutcome::Running);
    m_findingsHeader->setVisible(haveTrace || !m_error.isEmpty());
    // Findings belong to the run on screen: when it is not the selected scenario's, say whose it is.
    const Scenario *runScenario = haveTrace ? findScenario(m_trace->scenario()) : nullptr;
    if (runScenario && m_trace->scenario() != m_scenario)
        m_findingsHeader->setText(m_trace->outcome() == RunOutcome::Running
                                      ? tr("Running: %1").arg(runScenario->info().name)
                                      : tr("Last run: %1").arg(runScenario->info().name));
    else
        m_findingsHeader->setText(tr("What happened"));
    if (!m_error.isEmpty()) {
        m_deadlock->setMessage(QString(), MessageBanner::Kind::Error);
        m_outcome->setMessage(m_error, MessageBanner::Kind::Error);
        m_warnings->setMessage(QString(), MessageBanner::Kind::Warning);
        m_findings->clear();
        return;
    }
    if (!haveTrace) {
        if (m_scenario == QLatin1String(kProgramScenarioId))
            m_theme->clear(); // no run of a program shown: no command to name
        m_deadlock->setMessage(QString(), MessageBanner::Kind::Error);
        m_outcome->setMessage(QString(), MessageBanner::Kind::Information);
        m_warnings->setMessage(QString(), MessageBanner::Kind::Warning);
        m_findings->clear();
        return;
    }
    const Trace &t = *m_trace;
    const AnalysisResults &a = t.analysis();
    if (m_scenario == QLatin1String(kProgramScenarioId) && t.scenario() == m_scenario)
        m_theme->setText(tr("Command: %1").arg(ProgramRequest::commandLine(t.parameters())));

    m_deadlock->setMessage(a.deadlocks.empty() ? QString() : RunTexts::deadlockMessage(t, a.deadlocks.back()),
                           MessageBanner::Kind::Error);

    MessageBanner::Kind outcomeKind = MessageBanner::Kind::Information;
    if (t.outcome() == RunOutcome::Completed)
        outcomeKind = MessageBanner::Kind::Positive;
    else if (t.outcome() == RunOutcome::Crashed || t.outcome() == RunOutcome::Failed)
        outcomeKind = MessageBanner::Kind::Error;
    m_outcome->setMessage(RunTexts::outcomeSentence(t), outcomeKind);

    QStringList warnings;
    // An actual deadlock says all a lock-order warning would, and more.
    for (std::size_t i = 0; a.deadlocks.empty() && i < a.lockOrderWarnings.size() && i < kMaxListed; ++i)
        warnings << tr("Potential deadlock: %1. Taking locks in opposite orders can hang another run.")
                        .arg(describeLockOrder(t, a.lockOrderWarnings[i]));
    m_warnings->setMessage(warnings.join(QStringLiteral("\n\n")), MessageBanner::Kind::Warning);

    QStringList items;
    if (t.scenario() == QLatin1String(kProgramScenarioId)) {
        // A paragraph each: they are longer than the other findings.
        QStringList program;
        for (const QString &finding : programFindings(t))
            program << finding.toHtmlEscaped();
        if (!program.isEmpty())
            items << program.join(QStringLiteral("<br><br>")) + QStringLiteral("<br>");
    }
    if (!a.lostUpdates.empty())
        items << lostUpdatesFinding(t);
    std::uint64_t contended = 0;
    std::uint64_t timeouts = 0;
    for (const auto &[id, stats] : a.locks) {
        contended += stats.contended;
        timeouts += stats.timeouts;
    }
    // A wait that has not ended (a deadlock, a long hold) is a wait too: counted while the run
    // goes on and after it, so a hanging run never reads "0 had to wait".
    const auto unended = static_cast<int>(unendedLockWaits(t).size());
    if (!a.locks.empty() && unended == 0)
        items << tr("Locks used: %1. Acquisitions that had to wait: %2. Timeouts: %3.")
                     .arg(QLocale().toString(qulonglong(a.locks.size())),
                          QLocale().toString(qulonglong(contended)),
                          QLocale().toString(qulonglong(timeouts)));
    else if (unended > 0)
        items << tr("Locks used: %1. Times a task had to wait for a lock: %2, of which %3 not ended. "
                    "Timeouts: %4.")
                     .arg(QLocale().toString(qulonglong(a.locks.size())),
                          QLocale().toString(qulonglong(contended) + qulonglong(unended)),
                          QLocale().toString(unended), QLocale().toString(qulonglong(timeouts)));
    if (unended > 0)
        items << (t.outcome() == RunOutcome::Running
                      ? tr("%n task(s) waiting for a lock right now.", nullptr, unended)
                      : tr("%n task(s) never got the lock they waited for: the run ended while they waited.",
                           nullptr, unended));
    const QString others = otherProgramsFinding(t);
    if (!others.isEmpty())
        items << others;
    m_findings->setText(items.join(QStringLiteral("<br>")));
    m_findings->setVisible(!items.isEmpty());
}

// A page of lost updates, each with a link that shows it in the timeline, and links to the pages
// before and after: a race with hundreds of them can be walked through one by one.
QString ScenarioInfoPanel::lostUpdatesFinding(const Trace &t) const
{
    const std::vector<LostUpdate> &lost = t.analysis().lostUpdates;
    const std::size_t from = m_lostUpdatesFrom < lost.size() ? m_lostUpdatesFrom : 0;
    const std::size_t to = std::min(lost.size(), from + kMaxListed);
    QString html
        = tr("<b>%n lost update(s)</b> on shared variables:", nullptr, static_cast<int>(lost.size()));
    QStringList sentences;
    for (std::size_t i = from; i < to; ++i)
        sentences << QStringLiteral("<li>%1 <a href=\"lost:%2\">%3</a></li>")
                         .arg(describeLostUpdate(t, lost[i]).toHtmlEscaped())
                         .arg(i)
                         .arg(tr("Show"));
    html += QStringLiteral("<ul style=\"margin-left: -20px;\">%1</ul>").arg(sentences.join(QString()));
    if (lost.size() > kMaxListed) {
        QStringList pages;
        pages << tr("Lost updates %1–%2 of %3.")
                     .arg(QLocale().toString(qulonglong(from) + 1), QLocale().toString(qulonglong(to)),
                          QLocale().toString(qulonglong(lost.size())));
        if (from > 0)
            pages << QStringLiteral("<a href=\"page:%1\">%2</a>")
                         .arg(from >= kMaxListed ? from - kMaxListed : 0)
                         .arg(tr("Previous"));
        if (to < lost.size())
            pages << QStringLiteral("<a href=\"page:%1\">%2</a>").arg(to).arg(tr("Next"));
        html += pages.join(QLatin1Char(' '));
    }
    return html;
}

void ScenarioInfoPanel::onLinkActivated(const QString &link)
{
    const auto number = [&link] { return link.section(QLatin1Char(':'), 1).toULongLong(); };
    if (link.startsWith(QLatin1String("page:"))) {
        m_lostUpdatesFrom = number();
        updateFindings();
    } else if (link.startsWith(QLatin1String("lost:")) && m_trace) {
        const std::vector<LostUpdate> &lost = m_trace->analysis().lostUpdates;
        if (number() >= lost.size())
            return;
        // From the overwriter's stale read to the overwrite, with as much again around it.
        const LostUpdate &u = lost[number()];
        const std::int64_t start = std::min(u.staleReadNs, u.lostWriteNs);
        const std::int64_t span = std::max<std::int64_t>(u.overwriteNs - start, 1000);
        Q_EMIT showTimeRequested(std::max<std::int64_t>(0, start - span / 2), u.overwriteNs + span / 2);
    }
}

QStringList ScenarioInfoPanel::programFindings(const Trace &trace)
{
    // While the run goes on: once a second, or less often when the trace has grown so large that
    // describing it takes more than a twentieth of that time (the window stays responsive).
    const qint64 interval = std::max<qint64>(1000, 20 * m_programFindingsCostMs);
    const bool recompute = m_programFindingsLanguage != currentLanguage()
        || m_programFindingsOutcome != static_cast<int>(trace.outcome()) // also a new run in the same object
        || (trace.outcome() == RunOutcome::Running
                ? !m_programFindingsAge.isValid() || m_programFindingsAge.elapsed() >= interval
                : trace.revision() != m_programFindingsRevision);
    if (recompute) {
        m_programFindingsAge.start();
        m_programFindings = describeProgram(trace);
        m_programFindingsCostMs = m_programFindingsAge.elapsed();
        m_programFindingsRevision = trace.revision();
        m_programFindingsLanguage = currentLanguage();
        m_programFindingsOutcome = static_cast<int>(trace.outcome());
    }
    return m_programFindings;
}

QString ScenarioInfoPanel::findingsText() const
{
    return m_findings->text();
}

QString ScenarioInfoPanel::otherProgramsFinding(const Trace &trace) const
{
    const OtherProgramsLoad run = otherProgramsLoad(trace);
    if (run.status != OtherProgramsStatus::Measured)
        return QString();
    std::vector<OtherProgramsLoad> phases;
    for (const Phase &p : trace.phases()) {
        phases.push_back(otherProgramsLoad(trace, p.startNs, p.endNs >= 0 ? p.endNs : trace.endNs()));
        if (phases.back().status != OtherProgramsStatus::Measured) {
            phases.clear(); // a phase too short for a figure: the run's figure only
            break;
        }
    }
    const bool perPhase = phases.size() > 1 && phasesDiffer(phases);
    if (!anyNotable(run) && !(perPhase && std::any_of(phases.begin(), phases.end(), anyNotable)))
        return QString();

    // "CPU 0 41 %, CPU 1 12 %": the cores others took a notable share of.
    const auto cores = [this](const OtherProgramsLoad &load) {
        QStringList parts;
        for (const OtherProgramsShare &s : load.cpus)
            if (s.percent >= kNotableOtherPercent)
                parts << tr("CPU %1 %2%").arg(s.cpu).arg(QLocale().toString(s.percent));
        return parts.join(QStringLiteral(", "));
    };
    QString head;
    if (perPhase) {
        QStringList parts;
        for (std::size_t i = 0; i < phases.size(); ++i)
            if (anyNotable(phases[i]))
                parts << tr("%1 during “%2”").arg(cores(phases[i]), trace.phases()[i].title.toHtmlEscaped());
        head = tr("Other programs used the cores too: %1.").arg(parts.join(QStringLiteral("; ")));
    } else {
        head = tr("Other programs used the cores too: %1 of the run.").arg(cores(run));
    }
    // Only say our tasks waited if the kernel saw them ready and not running.
    std::int64_t runnableNs = 0;
    for (const TaskTimeTotals &t : taskTimeTotals(trace))
        runnableNs += t.runnableNs;
    const QString tail = runnableNs > 0
        ? tr("Your tasks had to wait for a CPU meanwhile, so they took longer than on an idle machine.")
        : tr("Your tasks still found a free CPU whenever they were ready to run.");
    return head + QLatin1Char(' ') + tail;
}

} // namespace samtidig
