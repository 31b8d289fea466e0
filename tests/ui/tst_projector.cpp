// The window on a projector and a small screen: at 1280x720 and 1024x700, in English and Danish,
// nothing lies outside the window, the parameters and their estimate show without scrolling, no
// chart label is cut to "…", dialogs fit the screen, presentation mode toggles and restores, the
// folded panes are remembered, results read in a meaningful order and slides are filled.
#include "builder/trace_builder.h"
#include "charts/chart_panel.h"
#include "charts/outcome_chart.h"
#include "export/export_dialog.h"
#include "export/image_export.h"
#include "i18n/language.h"
#include "io/recording_file.h"
#include "scenarios/result_labels.h"
#include "session/run_session.h"
#include "support/synthetic_trace.h"
#include "support/test_settings.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"
#include "window/main_window.h"
#include "window/parameter_form.h"
#include "window/recording_actions.h"
#include "window/run_controller.h"
#include "window/scenario_info_panel.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <unistd.h>

using namespace samtidig;

namespace {

// The offscreen screen is as small as the smallest size the window is made for.
const QSize kScreen(1024, 700);

// Visible widgets outside `window`'s rect. Widgets inside a scroll area are left out: they may be
// scrolled out of view on purpose, and their viewport is checked instead.
QStringList widgetsOutside(QWidget *window)
{
    QStringList outside;
    const QRect bounds = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->isWindow())
            continue;
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p);
                area && area->viewport() != w && area->viewport()->isAncestorOf(w))
                scrolled = true;
        if (scrolled)
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!bounds.contains(r))
            outside << QStringLiteral("%1 %2 at %3,%4 %5x%6")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                           .arg(r.x())
                           .arg(r.y())
                           .arg(r.width())
                           .arg(r.height());
    }
    return outside;
}

// Texts in the charts' scenes that Qt Charts cut short ("Expe…", "Lost upda...").
QStringList elidedChartTexts(QWidget *root)
{
    QStringList cut;
    for (QChartView *view : root->findChildren<QChartView *>()) {
        if (!view->isVisibleTo(root) || !view->scene())
            continue;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            if (text.contains(QChar(0x2026)) || text.contains(QLatin1String("...")))
                cut << text;
        }
    }
    return cut;
}

// A finished race run of the window's own scenario, with results, as a recording would bring back.
std::unique_ptr<Trace> raceTrace()
{
    auto trace = std::make_unique<Trace>();
    SyntheticTraceSpec spec;
    spec.threads = 2;
    spec.cpus = 2;
    spec.events = 2000;
    makeSyntheticTrace(spec, *trace);
    TraceBuilder b(*trace);
    b.restoreRun().scenario = QStringLiteral("race");
    b.restoreRun().outcome = RunOutcome::Completed;
    b.restoreRun().results = QJsonDocument::fromJson(
                                 R"({"lost": 38, "actual": 162, "expected": 200, "threads": 2,
                                     "increments_per_thread": 100})")
                                 .object();
    b.restorePausedSpan({ 1'000'000, 2'000'000 });
    return trace;
}

// Rows of `image` with anything but the background colour, as a share of its height.
double inkedHeightShare(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int first = -1, last = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != background) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
    return first < 0 ? 0 : double(last - first + 1) / image.height();
}

} // namespace

class TstProjector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startWithEmptySettings(QStringLiteral("tst_projector")));
        QVERIFY(QGuiApplication::primaryScreen());
        QCOMPARE(QGuiApplication::primaryScreen()->size(), kScreen);
    }
    void cleanup()
    {
        installLanguage(QStringLiteral("en"));
        QSettings().clear();
    }

    void windowFitsItsScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize size : { QSize(1280, 720), QSize(1024, 700) })
            for (const char *language : { "en", "da" })
                QTest::addRow("%dx%d %s", size.width(), size.height(), language)
                    << size << QString::fromLatin1(language);
    }
    void windowFitsItsScreen()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QVERIFY(installLanguage(language));
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openTrace(raceTrace());
        QVERIFY(window.selectScenario(QStringLiteral("race")));
        QCoreApplication::processEvents(); // the deferred room for the parameters
        QCOMPARE(window.size(), size);
        const QStringList outside = widgetsOutside(&window);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1String("; "))));

        // The parameters and the run-time estimate under them show without scrolling.
        ParameterForm *form = window.parameterForm();
        auto *scroll = qobject_cast<QAbstractScrollArea *>(form->parentWidget()->parentWidget());
        QVERIFY(scroll);
        const QRect viewport = scroll->viewport()->rect();
        for (QLabel *label : form->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(form) || label->text().isEmpty())
                continue;
            const QRect r(label->mapTo(scroll->viewport(), QPoint(0, 0)), label->size());
            QVERIFY2(viewport.contains(r), qPrintable(label->text()));
        }
        QVERIFY(form->runTimeText().size() > 0);

        // The timeline keeps most of the height: more than the charts under it.
        QVERIFY2(window.timeline()->height() > window.chartPanel()->height(),
                 qPrintable(QStringLiteral("%1 / %2")
                                .arg(window.timeline()->height())
                                .arg(window.chartPanel()->height())));

        // No chart text is cut short, on any page.
        auto *tabs = window.chartPanel()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QStringList cut = elidedChartTexts(tabs->currentWidget());
            if (!qEnvironmentVariableIsEmpty("TST_PROJECTOR_PNG"))
                window.grab().save(QStringLiteral("%1/%2-%3.png")
                                       .arg(qEnvironmentVariable("TST_PROJECTOR_PNG"),
                                            QString::fromLatin1(QTest::currentDataTag()))
                                       .arg(i));
            QVERIFY2(cut.isEmpty(),
                     qPrintable(tabs->tabText(i) + QLatin1String(": ") + cut.join(QLatin1String(" | "))));
        }
    }

    void exportDialogFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("da") << QStringLiteral("da");
    }
    void exportDialogFitsTheScreen()
    {
        QFETCH(QString, language);
        QVERIFY(installLanguage(language));
        const std::unique_ptr<Trace> trace = raceTrace();
        ExportDialog dialog(*trace, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect screen = dialog.screen()->availableGeometry();
        QVERIFY2(dialog.minimumSizeHint().width() <= screen.width()
                     && dialog.minimumSizeHint().height() <= screen.height(),
                 qPrintable(QStringLiteral("minimum %1x%2")
                                .arg(dialog.minimumSizeHint().width())
                                .arg(dialog.minimumSizeHint().height())));
        QVERIFY2(screen.contains(dialog.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
        const QStringList outside = widgetsOutside(&dialog);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1String("; "))));
        QVERIFY(!dialog.preview().isNull());
    }

    // Tab walks the window as it reads: scenarios, their parameters (in form order), Reset, the
    // timeline, the charts, the findings; the charts' pictures are passed by. The timeline, drawn by
    // Samtidig itself, shows its focus with a frame, as the standard controls do.
    void tabOrderAndFocusFrames()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openTrace(raceTrace()); // the form is rebuilt for race: its editors are new widgets
        QCoreApplication::processEvents(); // new children of a shown form show on the next turn
        QList<QWidget *> stops;
        QWidget *w = &window;
        for (int i = 0; i < 1000 && (w = w->nextInFocusChain()) != &window; ++i)
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&window) && w->isEnabled()
                && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                stops << w;
        QStringList names;
        for (QWidget *stop : stops)
            names << QString::fromLatin1(stop->metaObject()->className()) + QLatin1Char(' ')
                    + stop->objectName();
        const auto at = [&](QWidget *widget) { return stops.indexOf(widget); };
        auto *tree = window.findChild<QWidget *>(QStringLiteral("scenarioTree"));
        const QList<QAbstractSpinBox *> editors = window.parameterForm()->findChildren<QAbstractSpinBox *>();
        QVERIFY(editors.size() >= 2);
        auto *reset = window.parameterForm()->findChild<QPushButton *>();
        auto *tabBar = window.chartPanel()->findChild<QTabBar *>();
        auto *findings = window.infoPanel()->findChild<QLabel *>(QStringLiteral("findings"));
        QVERIFY(tree && reset && tabBar && findings);
        QList<qsizetype> order { at(tree) };
        for (QAbstractSpinBox *editor : editors) // findChildren lists them in the order they were made
            order << at(editor);
        order << at(reset) << at(window.timeline()) << at(tabBar) << at(findings);
        QVERIFY2(!order.contains(-1), qPrintable(names.join(QLatin1String(", "))));
        QVERIFY2(std::is_sorted(order.begin(), order.end()), qPrintable(names.join(QLatin1String(", "))));
        for (QChartView *view : window.chartPanel()->findChildren<QChartView *>())
            QVERIFY(!stops.contains(view) && !stops.contains(view->viewport()));

        // The timeline's focus frame: its edge looks different with the focus than without.
        window.activateWindow();
        tree->setFocus();
        QVERIFY(!window.timeline()->hasFocus());
        const QImage without = window.timeline()->grab().toImage();
        window.timeline()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(window.timeline()->hasFocus());
        const QImage with = window.timeline()->grab().toImage();
        int changed = 0;
        for (int x = 0; x < with.width(); ++x)
            changed += with.pixel(x, 1) != without.pixel(x, 1) ? 1 : 0;
        QVERIFY2(changed > with.width() / 2, qPrintable(QString::number(changed)));

        // Every other stop that is not a standard control drawing its own focus: the reading pane.
        for (QWidget *stop : stops) {
            auto *area = qobject_cast<QAbstractScrollArea *>(stop);
            if (!area || qobject_cast<QAbstractItemView *>(stop) || stop == window.timeline())
                continue;
            tree->setFocus();
            const QImage plain = area->grab().toImage();
            area->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(area->hasFocus());
            const QImage focused = area->grab().toImage();
            int edge = 0;
            for (int x = 0; x < focused.width(); ++x)
                edge += focused.pixel(x, 0) != plain.pixel(x, 0) ? 1 : 0;
            QVERIFY2(edge > focused.width() / 2, stop->metaObject()->className());
        }
    }

    // The help and about boxes (modal) open inside a 1024x700 screen, in both languages.
    void messageBoxesFitTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("action");
        for (const char *language : { "en", "da" })
            for (const char *action : { "actionMouseAndKeys", "actionAbout" })
                QTest::addRow("%s %s", language, action)
                    << QString::fromLatin1(language) << QString::fromLatin1(action);
    }
    void messageBoxesFitTheScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, action);
        QVERIFY(installLanguage(language));
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QRect shown;
        QStringList outside;
        QTimer::singleShot(200, &window, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                shown = box->frameGeometry();
                outside = widgetsOutside(box);
                box->close();
            }
        });
        auto *trigger = window.findChild<QAction *>(action);
        QVERIFY(trigger);
        trigger->trigger(); // modal: returns when the timer closed it
        QVERIFY(shown.isValid());
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(shown.width() <= screen.width() && shown.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(shown.width()).arg(shown.height())));
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1String("; "))));
    }

    void presentationModeTogglesAndRestores_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("da") << QStringLiteral("da");
    }
    void presentationModeTogglesAndRestores()
    {
        QFETCH(QString, language);
        QVERIFY(installLanguage(language));
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openTrace(raceTrace());
        QAction *presentation = window.actions().presentation;
        QVERIFY(presentation->shortcuts().contains(QKeySequence(Qt::Key_F11)));
        QVERIFY(presentation->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
        const Qt::WindowStates states = window.windowState();
        const double infoPoints = window.infoPanel()->font().pointSizeF();
        const QChart *chart = window.chartPanel()->findChild<QChartView *>()->chart();
        const double axisPoints = chart->axes().first()->labelsFont().pointSizeF();
        const int lanesTop = int(window.timeline()->currentFrame().lanes.top());

        QVERIFY(window.actions().showCharts->isChecked());
        presentation->trigger();
        QVERIFY(window.isPresentationMode());
        // A 700 px screen has no room for the charts under the larger lanes: they fold, and come back.
        QVERIFY(!window.actions().showCharts->isChecked());
        QVERIFY(!window.chartPanel()->isVisible());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QCOMPARE(window.timeline()->magnification(), MainWindow::kPresentationScale);
        QVERIFY(window.infoPanel()->font().pointSizeF() > infoPoints * 1.2);
        QVERIFY(chart->axes().first()->labelsFont().pointSizeF() > axisPoints * 1.2);
        // Nothing of the larger window leaves it.
        QCoreApplication::processEvents();
        const QStringList outside = widgetsOutside(&window);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1String("; "))));

        presentation->trigger();
        QVERIFY(!window.isPresentationMode());
        QCOMPARE(window.windowState(), states);
        QVERIFY(window.actions().showCharts->isChecked());
        QVERIFY(window.chartPanel()->isVisible());
        QCOMPARE(window.timeline()->magnification(), 1.0);
        QCOMPARE(window.infoPanel()->font().pointSizeF(), infoPoints);
        QCOMPARE(chart->axes().first()->labelsFont().pointSizeF(), axisPoints);
        QCOMPARE(int(window.timeline()->currentFrame().lanes.top()), lanesTop);
    }

    void foldedPanesAreRemembered()
    {
        {
            MainWindow window;
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.mainSplitter()->widget(0)->isVisible());
            window.actions().showScenarios->trigger(); // F9
            window.actions().showExplanation->trigger(); // Shift+F9
            QVERIFY(!window.mainSplitter()->widget(0)->isVisible());
            QVERIFY(!window.mainSplitter()->widget(2)->isVisible());
            window.close(); // saves the settings, as quitting does
        }
        MainWindow again;
        again.restoreSettings();
        again.resize(1280, 720);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.actions().showScenarios->isChecked());
        QVERIFY(!again.actions().showExplanation->isChecked());
        QVERIFY(!again.mainSplitter()->widget(0)->isVisible());
        QVERIFY(!again.mainSplitter()->widget(2)->isVisible());
        again.actions().showScenarios->trigger();
        QVERIFY(again.mainSplitter()->widget(0)->isVisible());
        QVERIFY(again.mainSplitter()->sizes().value(0) > 100);
        // A pane dragged shut counts as folded: its action says so, and brings it back.
        again.mainSplitter()->setSizes({ 0, 900, 0 });
        Q_EMIT again.mainSplitter()->splitterMoved(0, 1);
        QVERIFY(!again.actions().showScenarios->isChecked());
        again.actions().showScenarios->trigger();
        QVERIFY(again.mainSplitter()->sizes().value(0) > 100);
    }

    // A pause is drawn while it lasts: the live edge, the paused span and the status line's
    // "(paused …)" grow during it; after Stop the recording keeps it.
    void pausedSpanGrowsWhilePausedAndIsRecorded()
    {
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("threads")));
        ParamValues params;
        params.set(QStringLiteral("threads"), 1);
        params.set(QStringLiteral("work_ms"), 5000);
        window.parameterForm()->setValues(params);
        window.actions().run->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.runController()->phase() == RunSession::Phase::Running, 10000);
        window.actions().pauseResume->trigger();
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Paused);
        const Trace *trace = window.currentTrace();
        QCOMPARE(trace->pausedSpans().size(), std::size_t { 1 });
        const std::int64_t edge = trace->endNs();
        // Still paused: the edge moves on and the pause with it (it stood still until Resume).
        QTRY_VERIFY(trace->pausedNs() > 300'000'000);
        QVERIFY(trace->endNs() > edge + 300'000'000);
        QCOMPARE(trace->pausedSpans().front().endNs, -1);
        QVERIFY(window.timeline()->currentLayout().uses(LegendEntry::Paused));
        auto *elapsed = window.findChild<QLabel *>(QStringLiteral("statusElapsed"));
        QVERIFY(elapsed);
        QTRY_VERIFY2(!elapsed->text().contains(QStringLiteral("µs"))
                         && elapsed->text().contains(QStringLiteral("paused")),
                     qPrintable(elapsed->text()));
        window.actions().stop->trigger();
        QCOMPARE(trace->outcome(), RunOutcome::Stopped);
        QCOMPARE(trace->pausedSpans().size(), std::size_t { 1 });
        const PausedSpan pause = trace->pausedSpans().front();
        QVERIFY(pause.endNs >= pause.startNs + 300'000'000); // stopped while paused: closed at Stop

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paused.samtidig"));
        QString error;
        QVERIFY2(writeRecording(*trace, path, &error), qPrintable(error));
        QVERIFY2(window.openFile(path, &error), qPrintable(error));
        QCOMPARE(window.currentTrace()->pausedSpans().size(), std::size_t { 1 });
        QCOMPARE(window.currentTrace()->pausedSpans().front().startNs, pause.startNs);
        QCOMPARE(window.currentTrace()->pausedSpans().front().endNs, pause.endNs);
    }

    void resultsReadInAMeaningfulOrder()
    {
        const std::unique_ptr<Trace> trace = raceTrace();
        OutcomeChart chart;
        chart.setTrace(trace.get());
        auto *table = chart.findChild<QTableWidget *>();
        QVERIFY(table);
        QStringList rows;
        for (int i = 0; i < table->rowCount(); ++i)
            rows << table->item(i, 0)->toolTip(); // the result's key
        // What ran, what should have happened, what did, what was lost; not alphabetical.
        QCOMPARE(
            rows,
            QStringList({ QStringLiteral("threads"), QStringLiteral("increments_per_thread"),
                          QStringLiteral("expected"), QStringLiteral("actual"), QStringLiteral("lost") }));
        QVERIFY(ResultLabels::order(QStringLiteral("expected"))
                < ResultLabels::order(QStringLiteral("actual")));
        QVERIFY(ResultLabels::order(QStringLiteral("per_thread"))
                < ResultLabels::order(QStringLiteral("an unknown key")));
    }

    void slidesAreFilled_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("16:9") << int(ExportSizePreset::Slide) << QSize(1920, 1080);
        QTest::newRow("4:3") << int(ExportSizePreset::Slide4x3) << QSize(1440, 1080);
    }
    void slidesAreFilled()
    {
        QFETCH(int, preset);
        QFETCH(QSize, pixels);
        const std::unique_ptr<Trace> trace = raceTrace(); // a few lanes: they would sit small in the middle
        ImageExportOptions options;
        options.size = static_cast<ExportSizePreset>(preset);
        options.scale = 1;
        options.title = QStringLiteral("Race");
        QImage image;
        QVERIFY(image.loadFromData(renderTimelinePng(*trace, options), "PNG"));
        QCOMPARE(image.size(), pixels);
        QVERIFY2(inkedHeightShare(image) > 0.8, qPrintable(QString::number(inkedHeightShare(image))));
        // The same trace on A4 is not blown up beyond 1.5x: its picture is the reference.
        options.size = ExportSizePreset::A4Landscape;
        QImage page;
        QVERIFY(page.loadFromData(renderTimelinePng(*trace, options), "PNG"));
        QVERIFY(inkedHeightShare(image) > inkedHeightShare(page));
    }

    // The recent recordings say when each was saved, written as the UI language writes dates.
    void recentRecordingsDatesFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("race.samtidig"));
        QString error;
        QVERIFY2(writeRecording(*raceTrace(), path, &error), qPrintable(error));
        const QDateTime saved(QDate(2026, 12, 6), QTime(19, 45));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(saved, QFileDevice::FileModificationTime));
        }
        RecordingActions::addRecentFile(path);
        MainWindow window;
        auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecentFiles"));
        QVERIFY(recent);
        for (const char *language : { "da", "en" }) {
            QVERIFY(installLanguage(QString::fromLatin1(language)));
            QCoreApplication::sendPostedEvents(); // the window's language change
            Q_EMIT recent->aboutToShow();
            QVERIFY(!recent->actions().isEmpty());
            const QString entry = recent->actions().first()->text();
            const QString date = QLocale().toString(saved, QLocale::ShortFormat);
            QVERIFY2(entry.contains(QStringLiteral("race.samtidig")) && entry.contains(date),
                     qPrintable(entry + QLatin1String(" / ") + date));
        }
        QVERIFY(QLocale(QLocale::Danish).toString(saved, QLocale::ShortFormat)
                != QLocale(QLocale::English).toString(saved, QLocale::ShortFormat));
    }

    void exportCaptionDatesFollowTheLanguage()
    {
        const std::unique_ptr<Trace> trace = raceTrace();
        const QDateTime date(QDate(2026, 12, 6), QTime(19, 45));
        QVERIFY(installLanguage(QStringLiteral("da")));
        const QString danish = exportCaption(*trace, date).join(QLatin1Char(' '));
        QVERIFY2(
            danish.contains(QLocale(QLocale::Danish, QLocale::Denmark).toString(date, QLocale::ShortFormat)),
            qPrintable(danish));
        QVERIFY(installLanguage(QStringLiteral("en")));
        const QString english = exportCaption(*trace, date).join(QLatin1Char(' '));
        QVERIFY2(english.contains(QLocale(QLocale::English).toString(date, QLocale::ShortFormat)),
                 qPrintable(english));
        QVERIFY(danish != english);
    }
};

// The offscreen platform's screen is 800x600 unless told otherwise: give it the small screen the
// window is made for, before the application starts.
int main(int argc, char **argv)
{
    const QByteArray config
        = QDir::temp().filePath(QStringLiteral("tst_projector-%1.json").arg(getpid())).toLocal8Bit();
    {
        QFile file(QString::fromLocal8Bit(config));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QStringLiteral(R"({"screens": [{"name": "projector", "x": 0, "y": 0, "width": %1,
                                      "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                       .arg(kScreen.width())
                       .arg(kScreen.height())
                       .toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config);
    int status = 0;
    {
        QApplication app(argc, argv);
        TstProjector test;
        status = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(QString::fromLocal8Bit(config));
    return status;
}

#include "tst_projector.moc"
