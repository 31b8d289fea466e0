// Danish and English, switched live: every text a user can read in the window (actions, menus,
// labels, buttons, tabs, docks, the scenario tree, charts, the window title) changes to its Danish
// translation and back to the same English text, with only a short list of words that are the same
// in both languages. Runs on the offscreen platform with the .qm files embedded in samtidig_core.
#include "export/export_dialog.h"
#include "i18n/language.h"
#include "scenarios/scenario_registry.h"
#include "support/synthetic_trace.h"
#include "support/test_settings.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"
#include "window/main_window.h"
#include "window/parameter_form.h"
#include "window/run_controller.h"
#include "window/scenario_info_panel.h"
#include "window/status_panel.h"

#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QBarCategoryAxis>

#include <functional>

using namespace samtidig;

namespace {

// Words that are the same in Danish and English (Danish uses the English term), and the
// language menu's own entries, which are written in their own language on purpose.
const QStringList kSameInBothLanguages = {
    QStringLiteral("Mutex"),
    QStringLiteral("Deadlock"),
    QStringLiteral("Stop"),
    QStringLiteral("Pause"),
    QStringLiteral("Async"),
    QStringLiteral("Samtidig"),
    QStringLiteral("Sprog / Language"),
    QStringLiteral("Dansk"),
    QStringLiteral("English"),
    QStringLiteral("main"), // the main thread's lane: "main tråd" in Danish
    QStringLiteral("Timeouts"), // the Danish word too
    QStringLiteral("Program:"), // "Your own program"'s form: the same word in Danish
    QStringLiteral("Operation"), // the step table's column: the same word in Danish
};

// Plain text of a widget text: no mnemonic ampersand, no rich-text tags, trimmed.
QString plain(const QString &text)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    t.replace(QLatin1String("&&"), QLatin1String("\x01"));
    t.remove(QLatin1Char('&'));
    t.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return t.trimmed();
}

// True when a text may legitimately read the same in both languages: an allowed word, or nothing
// but numbers, units and punctuation ("0", "12 ms", "2 / 4").
bool sameIsAllowed(const QString &text)
{
    const QString t = plain(text);
    if (kSameInBothLanguages.contains(t) || t.size() <= 2) // lock names "A", "B"
        return true;
    QString rest = t;
    rest.remove(QRegularExpression(QStringLiteral("\\b(ms|µs|s|%)\\b")));
    return !rest.contains(QRegularExpression(QStringLiteral("\\p{L}")));
}

struct Text {
    QString where; // for messages: which object and which property
    QString text;
};

QString nameOf(const QObject *o)
{
    const QString name = o->objectName().isEmpty() ? QStringLiteral("(unnamed)") : o->objectName();
    return QStringLiteral("%1 %2").arg(QLatin1String(o->metaObject()->className()), name);
}

// A key that survives objects being rebuilt on a language change (the recent-files menu, say):
// the chain of parents, each as class and object name, or class and index among its siblings.
QString pathOf(const QObject *o)
{
    QStringList parts;
    for (; o; o = o->parent()) {
        QString part = QLatin1String(o->metaObject()->className());
        if (!o->objectName().isEmpty()) {
            part += QLatin1Char('#') + o->objectName();
        } else if (const QObject *parent = o->parent()) {
            int index = 0;
            for (const QObject *sibling : parent->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject() && sibling->objectName().isEmpty())
                    ++index;
            }
            part += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

// Every user-visible text of the window, keyed by the object and property it sits in.
QMap<QString, Text> snapshot(MainWindow &window)
{
    QMap<QString, Text> out;
    const auto add = [&out](const QObject *o, const QString &property, const QString &text) {
        if (plain(text).isEmpty())
            return;
        const QString key = pathOf(o) + QLatin1Char('.') + property;
        out.insert(key, { nameOf(o) + QLatin1Char('.') + property, text });
    };
    add(&window, QStringLiteral("windowTitle"), window.windowTitle());
    for (const QAction *a : window.findChildren<QAction *>()) {
        if (a->isSeparator())
            continue;
        add(a, QStringLiteral("text"), a->text());
        if (a->toolTip() != plain(a->text())) // Qt derives a tool tip from the text when none is set
            add(a, QStringLiteral("toolTip"), a->toolTip());
    }
    for (const QMenu *m : window.findChildren<QMenu *>())
        add(m, QStringLiteral("title"), m->title());
    for (const QLabel *l : window.findChildren<QLabel *>()) {
        add(l, QStringLiteral("text"), l->text());
        add(l, QStringLiteral("toolTip"), l->toolTip());
    }
    for (const QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
        add(b, QStringLiteral("text"), b->text());
        add(b, QStringLiteral("toolTip"), b->toolTip());
    }
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(tabs, QStringLiteral("tab%1").arg(i), tabs->tabText(i));
            add(tabs, QStringLiteral("tabToolTip%1").arg(i), tabs->tabToolTip(i));
        }
    }
    for (const QTableWidget *table : window.findChildren<QTableWidget *>()) {
        for (int c = 0; c < table->columnCount(); ++c)
            if (const QTableWidgetItem *header = table->horizontalHeaderItem(c))
                add(table, QStringLiteral("header%1").arg(c), header->text());
    }
    for (const QDockWidget *d : window.findChildren<QDockWidget *>())
        add(d, QStringLiteral("windowTitle"), d->windowTitle());
    for (const QTreeWidget *tree : window.findChildren<QTreeWidget *>()) {
        std::function<void(const QTreeWidgetItem *, const QString &)> walk
            = [&](const QTreeWidgetItem *item, const QString &path) {
                  for (int c = 0; c < item->columnCount(); ++c) {
                      add(tree, QStringLiteral("item%1:%2").arg(path).arg(c), item->text(c));
                      add(tree, QStringLiteral("itemToolTip%1:%2").arg(path).arg(c), item->toolTip(c));
                  }
                  for (int i = 0; i < item->childCount(); ++i)
                      walk(item->child(i), path + QLatin1Char('.') + QString::number(i));
              };
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            walk(tree->topLevelItem(i), QString::number(i));
        const QTreeWidgetItem *header = tree->headerItem();
        if (header && !tree->isHeaderHidden())
            for (int c = 0; c < header->columnCount(); ++c)
                add(tree, QStringLiteral("header%1").arg(c), header->text(c));
    }
    for (const QChartView *view : window.findChildren<QChartView *>()) {
        const QChart *chart = view->chart();
        if (!chart)
            continue;
        add(view, QStringLiteral("chartTitle"), chart->title());
        const QList<QAbstractAxis *> axes = chart->axes();
        for (qsizetype i = 0; i < axes.size(); ++i) {
            add(view, QStringLiteral("axis%1").arg(i), axes[i]->titleText());
            if (const auto *categories = qobject_cast<const QBarCategoryAxis *>(axes[i]))
                for (qsizetype c = 0; c < categories->count(); ++c)
                    add(view, QStringLiteral("axis%1category%2").arg(i).arg(c), categories->at(c));
        }
        const QList<QAbstractSeries *> series = chart->series();
        for (qsizetype i = 0; i < series.size(); ++i)
            add(view, QStringLiteral("series%1").arg(i), series[i]->name());
    }
    return out;
}

// The cells of the window's tables (the scenario's results: a name and a value per row).
QStringList tableCells(MainWindow &window)
{
    QStringList cells;
    for (const QTableWidget *table : window.findChildren<QTableWidget *>())
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                if (const QTableWidgetItem *item = table->item(r, c))
                    cells << item->text();
    return cells;
}

// Switches through the window's Language menu and waits until every widget had its LanguageChange.
void switchTo(MainWindow &window, const QString &code)
{
    const int count = window.retranslateCount();
    QAction *action = code == QLatin1String("da") ? window.actions().danish : window.actions().english;
    action->trigger();
    QCOMPARE(currentLanguage(), code);
    QTRY_VERIFY(window.retranslateCount() > count);
    // The children had theirs in the same dispatch; what they posted (layouts, deferred sizes) now.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// English -> Danish -> English: every text changes (or is allowed to stay), and comes back exactly.
void checkRoundTrip(MainWindow &window, int minimumTexts)
{
    const QMap<QString, Text> english = snapshot(window);
    QVERIFY2(english.size() >= minimumTexts, qPrintable(QString::number(english.size())));
    const QStringList englishCells = tableCells(window);

    switchTo(window, QStringLiteral("da"));
    if (QTest::currentTestFailed())
        return;
    const QMap<QString, Text> danish = snapshot(window);
    const QStringList danishCells = tableCells(window);
    // Names of tasks and locks come with the run: the workload names them in the runner process,
    // in the language the run started in. They are checked apart from the window's own texts.
    const Trace *trace = window.currentTrace();
    QSet<QString> runNames;
    for (const auto &[id, info] : trace->tasks())
        runNames.insert(trace->taskName(id));
    for (const auto &[id, info] : trace->names())
        runNames.insert(trace->nameOf(id));
    QStringList unchanged;
    QStringList unchangedRunNames;
    QStringList vanished;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const auto da = danish.constFind(it.key());
        if (da == danish.cend()) {
            vanished << QStringLiteral("%1: \"%2\"").arg(it->where, it->text);
            continue;
        }
        if (da->text == it->text && !sameIsAllowed(it->text))
            (runNames.contains(it->text) ? unchangedRunNames : unchanged)
                << QStringLiteral("%1: \"%2\"").arg(it->where, it->text);
    }
    QVERIFY2(
        unchanged.isEmpty(),
        qPrintable(QStringLiteral("still English in Danish:\n  ") + unchanged.join(QStringLiteral("\n  "))));
    QVERIFY2(vanished.isEmpty(),
             qPrintable(QStringLiteral("empty in Danish:\n  ") + vanished.join(QStringLiteral("\n  "))));
    for (auto it = danish.cbegin(); it != danish.cend(); ++it)
        QVERIFY2(english.contains(it.key()),
                 qPrintable(QStringLiteral("only in Danish: %1: \"%2\"").arg(it->where, it->text)));
    if (!unchangedRunNames.isEmpty()) {
        // A run started in English keeps its English task names ("thread 1") when the window
        // switches; only a run started in Danish has Danish ones (see runStartedInDanish).
        qInfo("run data keeps its language: %s", qPrintable(unchangedRunNames.join(QStringLiteral(", "))));
    }

    {
        QStringList sameCells;
        for (const QString &cell : englishCells)
            if (danishCells.contains(cell) && !sameIsAllowed(cell))
                sameCells << cell;
        QVERIFY2(sameCells.isEmpty(),
                 qPrintable(QStringLiteral("results table still English: ")
                            + sameCells.join(QStringLiteral(", "))));
    }

    switchTo(window, QStringLiteral("en"));
    if (QTest::currentTestFailed())
        return;
    const QMap<QString, Text> back = snapshot(window);
    QStringList different;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString now = back.value(it.key()).text;
        if (now != it->text)
            different << QStringLiteral("%1: \"%2\" became \"%3\"").arg(it->where, it->text, now);
    }
    QVERIFY2(
        different.isEmpty(),
        qPrintable(QStringLiteral("not restored in English:\n  ") + different.join(QStringLiteral("\n  "))));
    QCOMPARE(back.size(), english.size());
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startWithEmptySettings(QStringLiteral("tst_language"))); }

    void init() { QSettings().clear(); }
    void cleanup() { installLanguage(QStringLiteral("en")); }
    void cleanupTestCase() { QSettings().clear(); }

    // The embedded Danish catalogue is there and is Danish, in the program's own words (tråde, låse).
    void danishCatalogueIsEmbedded()
    {
        QVERIFY(installLanguage(QStringLiteral("da")));
        QCOMPARE(QCoreApplication::translate("samtidig::MainWindow",
                                             "Samtidig: threads, processes and locks, live"),
                 QStringLiteral("Samtidig: tråde, processer og låse, live"));
        QCOMPARE(QCoreApplication::translate("Analysis", "%1 holds %2 and waits for %3"),
                 QStringLiteral("%1 holder %2 og venter på %3"));
        QCOMPARE(QCoreApplication::translate("samtidig::TimelineText", "Lost update"),
                 QStringLiteral("Tabt opdatering"));
        QCOMPARE(QCoreApplication::translate("samtidig::ScenarioInfoPanel",
                                             "<b>%n lost update(s)</b> on shared variables:", nullptr, 1),
                 QStringLiteral("<b>1 tabt opdatering</b> i delte variabler:"));
        QCOMPARE(QCoreApplication::translate("samtidig::ScenarioInfoPanel",
                                             "<b>%n lost update(s)</b> on shared variables:", nullptr, 3),
                 QStringLiteral("<b>3 tabte opdateringer</b> i delte variabler:"));
        // A lost-update count of one is singular in both languages, with Danish digit grouping.
        const char *lost = "The counter should have reached %1 but reached %2: %Ln increment(s) were lost "
                           "because tasks overwrote each other's updates.";
        QVERIFY2(QCoreApplication::translate("Charts", lost, nullptr, 1)
                     .contains(QStringLiteral(": 1 optælling gik tabt")),
                 qPrintable(QCoreApplication::translate("Charts", lost, nullptr, 1)));
        QVERIFY(QCoreApplication::translate("Charts", lost, nullptr, 1500)
                    .contains(QStringLiteral(": 1.500 optællinger gik tabt")));
        // Scenario names and parameter labels, built in the current language.
        QCOMPARE(findScenario(QStringLiteral("deadlock"))->info().name,
                 QStringLiteral("Deadlock: to tråde, to låse"));
        // Danish numbers: decimal comma.
        QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));

        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("samtidig::ScenarioInfoPanel",
                                             "<b>%n lost update(s)</b> on shared variables:", nullptr, 1),
                 QStringLiteral("<b>1 lost update</b> on shared variables:"));
        QCOMPARE(findScenario(QStringLiteral("deadlock"))->info().name,
                 QStringLiteral("Deadlock: two threads, two locks"));
        QVERIFY(QCoreApplication::translate("Charts", lost, nullptr, 1)
                    .contains(QStringLiteral(": 1 increment was lost")));
        QVERIFY(QCoreApplication::translate("Charts", lost, nullptr, 1500)
                    .contains(QStringLiteral(": 1,500 increments were lost")));
        QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1.5"));
    }

    // The window as it opens, with a scenario selected: menus, tool bar, tree, form, explanation.
    void idleWindowSwitches_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("none") << QString();
        for (const Scenario *s : allScenarios())
            if (!s->info().hidden)
                QTest::newRow(qPrintable(s->info().id)) << s->info().id;
    }

    void idleWindowSwitches()
    {
        QFETCH(QString, scenario);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!scenario.isEmpty())
            QVERIFY(window.selectScenario(scenario));
        checkRoundTrip(window, 30);
        if (QTest::currentTestFailed())
            return;

        // A few exact Danish texts, so the check above cannot pass on some other language.
        switchTo(window, QStringLiteral("da"));
        const WindowActions &a = window.actions();
        QCOMPARE(window.windowTitle(), QStringLiteral("Samtidig: tråde, processer og låse, live"));
        QCOMPARE(a.run->text(), QStringLiteral("&Kør"));
        QCOMPARE(a.pauseResume->text(), QStringLiteral("&Pause"));
        QCOMPARE(a.runAgain->text(), QStringLiteral("Kør &igen"));
        QCOMPARE(window.fileMenu()->title(), QStringLiteral("&Filer"));
        QCOMPARE(window.viewMenu()->title(), QStringLiteral("&Vis"));
        if (!scenario.isEmpty())
            for (const ParamSpec &spec : findScenario(scenario)->info().params)
                QVERIFY2(window.parameterForm()->editor(spec.name), qPrintable(spec.name));
        switchTo(window, QStringLiteral("en"));
        QCOMPARE(a.run->text(), QStringLiteral("&Run"));
    }

    // After a finished run: status line, findings, outcome and the charts' titles, axes and series.
    void finishedRunSwitches_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("params");
        QTest::newRow("threads") << QStringLiteral("threads")
                                 << QStringLiteral("threads=2;work_ms=40;increments=100");
        QTest::newRow("race") << QStringLiteral("race")
                              << QStringLiteral("threads=2;increments=100;work_us=500");
        QTest::newRow("mutex") << QStringLiteral("mutex")
                               << QStringLiteral("threads=2;increments=100;work_us=500");
    }

    void finishedRunSwitches()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, params);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(scenario));
        ParamValues values = window.parameterForm()->values();
        const ScenarioInfo info = findScenario(scenario)->info();
        for (const QString &assignment : params.split(QLatin1Char(';'))) {
            const QString name = assignment.section(QLatin1Char('='), 0, 0);
            bool known = false;
            for (const ParamSpec &spec : info.params)
                known = known || spec.name == name;
            if (known) // parameters are the scenario owners'; skip one that was renamed
                values.set(name, assignment.section(QLatin1Char('='), 1).toDouble());
        }
        window.parameterForm()->setValues(values);
        window.run();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), 60000);
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Completed);
        // The run's end drew the final charts (MainWindow::onStateChanged); the timer that
        // redraws them while live has stopped.
        QCoreApplication::processEvents();
        checkRoundTrip(window, 40);
    }

    // An open dialog (File > Export image) and the timeline's painted labels switch too, and come
    // back exactly.
    void dialogAndTimelineSwitch()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto owned = std::make_unique<Trace>();
        SyntheticTraceSpec spec;
        spec.threads = 3;
        spec.cpus = 2;
        spec.events = 2000;
        makeSyntheticTrace(spec, *owned);
        const Trace *trace = owned.get();
        window.openTrace(std::move(owned));
        TimelineWidget *timeline = window.timeline();
        QVERIFY(timeline);
        QCoreApplication::processEvents();
        const QImage englishTimeline = timeline->grab().toImage();

        ExportDialog dialog(*trace, std::nullopt, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto texts = [&dialog] {
            QStringList out { dialog.windowTitle() };
            for (const QLabel *l : dialog.findChildren<QLabel *>())
                if (!plain(l->text()).isEmpty() && l->objectName() != QLatin1String("exportPreview"))
                    out << plain(l->text());
            for (const QComboBox *c : dialog.findChildren<QComboBox *>())
                for (int i = 0; i < c->count(); ++i)
                    out << c->itemText(i);
            for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
                if (!plain(b->text()).isEmpty())
                    out << plain(b->text());
            return out;
        };
        const QStringList english = texts();
        QVERIFY(english.size() >= 25);

        switchTo(window, QStringLiteral("da"));
        const QStringList danish = texts();
        QCOMPARE(danish.size(), english.size());
        // The same in both languages: "Format:", "1× (normal)", numbers, "1920 × 1080 pixels".
        const QStringList same = { QStringLiteral("Format:"), QStringLiteral("1× (normal)") };
        QStringList unchanged;
        for (int i = 0; i < english.size(); ++i)
            if (english[i] == danish[i] && !same.contains(english[i]) && !sameIsAllowed(english[i])
                && !QRegularExpression(QStringLiteral("^[\\d.,]+ × [\\d.,]+ pixels$"))
                        .match(english[i])
                        .hasMatch())
                unchanged << english[i];
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QStringLiteral(" | "))));
        QVERIFY(danish.contains(QStringLiteral("Eksportér billede af tidslinjen")));
        QVERIFY(danish.contains(QStringLiteral("Tilføj diagrammerne under rækkerne")));
        // Qt's own standard buttons come from Qt's Danish catalogue (qtbase_da), not from ours.
        QVERIFY2(danish.contains(QStringLiteral("Annuller")), qPrintable(danish.join(QStringLiteral(" | "))));
        QVERIFY(english.contains(QStringLiteral("Cancel")));
        QCoreApplication::processEvents();
        const QImage danishTimeline = timeline->grab().toImage();
        QVERIFY2(danishTimeline != englishTimeline, "the timeline's lane labels and legend did not change");

        switchTo(window, QStringLiteral("en"));
        QCOMPARE(texts(), english);
        QCoreApplication::processEvents();
        QVERIFY2(timeline->grab().toImage() == englishTimeline, "the timeline did not come back to English");
    }

    // A deadlock run started in English, switched to Danish: what was said during the run (the
    // status line's notice, the cycle's sentences, the task names in them) and every number (spin
    // boxes, the time axis) now reads as Danish; and back.
    void deadlockRunSwitchesEverything()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(QStringLiteral("deadlock")));
        window.run();
        QTRY_VERIFY_WITH_TIMEOUT(!window.infoPanel()->deadlockText().isEmpty(), 10000);
        auto *notice = window.statusPanel()->findChild<QLabel *>(QStringLiteral("statusNotice"));
        QVERIFY(notice);
        QCOMPARE(notice->text(), QStringLiteral("Deadlock detected"));
        QVERIFY2(notice->toolTip().contains(QStringLiteral("thread 1")), qPrintable(notice->toolTip()));
        QVERIFY(window.infoPanel()->deadlockText().contains(QStringLiteral("thread 1")));

        switchTo(window, QStringLiteral("da"));
        QCOMPARE(notice->text(), QStringLiteral("Deadlock opdaget"));
        QVERIFY2(notice->toolTip().contains(QStringLiteral("tråd 1")), qPrintable(notice->toolTip()));
        QVERIFY2(window.infoPanel()->deadlockText().contains(QStringLiteral("tråd 1")),
                 qPrintable(window.infoPanel()->deadlockText()));
        QTRY_VERIFY(!window.timeline()->currentLayout().deadlockSentences.isEmpty());
        QVERIFY2(
            window.timeline()->currentLayout().deadlockSentences.first().contains(QStringLiteral("tråd 1")),
            qPrintable(window.timeline()->currentLayout().deadlockSentences.first()));
        window.actions().stop->trigger(); // the finished run keeps its Danish
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Deadlock);
        // No text on screen is left in English from the run.
        const QRegularExpression english(QStringLiteral("\\b(thread \\d|Deadlock detected|holds|waits for)"));
        for (const Text &t : snapshot(window))
            QVERIFY2(!english.match(plain(t.text)).hasMatch(),
                     qPrintable(t.where + QStringLiteral(": ") + t.text));
        // Numbers: the time axis and the panels write them the Danish way, and so do the spin boxes
        // made before the switch ("2.000 µs", not the English "2,000 µs" a Dane reads as 2).
        QCOMPARE(window.timeline()->locale().language(), QLocale::Danish);
        QVERIFY(window.selectScenario(QStringLiteral("race")));
        auto *window_us
            = qobject_cast<QSpinBox *>(window.parameterForm()->editor(QStringLiteral("window_us")));
        QVERIFY(window_us);
        window_us->setValue(2000);
        QVERIFY2(window_us->text().startsWith(QStringLiteral("2.000")), qPrintable(window_us->text()));
        switchTo(window, QStringLiteral("en"));
        QVERIFY2(window_us->text().startsWith(QStringLiteral("2,000")), qPrintable(window_us->text()));
        QVERIFY(window.selectScenario(QStringLiteral("deadlock")));
        QVERIFY(window.infoPanel()->deadlockText().contains(QStringLiteral("thread 1")));
    }

    // A run started in Danish names its tasks and locks in Danish (the workload names them in the
    // runner process, which the window starts with --lang).
    void runStartedInDanish()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        switchTo(window, QStringLiteral("da"));
        QVERIFY(window.selectScenario(QStringLiteral("mutex")));
        ParamValues values = window.parameterForm()->values();
        values.set(QStringLiteral("threads"), 2);
        values.set(QStringLiteral("increments"), 50);
        window.parameterForm()->setValues(values);
        window.run();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), 60000);
        const Trace *trace = window.currentTrace();
        QCOMPARE(trace->outcome(), RunOutcome::Completed);
        QStringList names;
        for (const auto &[id, info] : trace->tasks())
            names << trace->taskName(id);
        for (const auto &[id, info] : trace->names())
            names << trace->nameOf(id);
        QVERIFY2(names.contains(QStringLiteral("tråd 1")) && names.contains(QStringLiteral("tællerlås")),
                 qPrintable(names.join(QStringLiteral(", "))));
        switchTo(window, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
