// The parameter form tells how long a run with its values takes about on this machine, and says
// so plainly when the values are over the run-time limit; the window's Run waits for better values.
#include "i18n/language.h"
#include "scenarios/machine_load.h"
#include "scenarios/scenario.h"
#include "scenarios/scenario_registry.h"
#include "support/test_settings.h"
#include "window/main_window.h"
#include "window/parameter_form.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QSpinBox>
#include <QTest>

using namespace samtidig;

class TstParameterForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::startWithEmptySettings(QStringLiteral("tst_parameterform")); }

    void showsTheRunTimeAndTheLimit()
    {
        const ScenarioInfo info = findScenario(QStringLiteral("processes"))->info();
        ParameterForm form;
        form.setSpecs(info.params);
        QVERIFY(form.runTimeText().isEmpty()
                || !form.findChild<QWidget *>(QStringLiteral("runTime"))->isVisibleTo(&form));
        form.setRunTimeEstimate(info.estimatedSeconds);
        QVERIFY(form.findChild<QWidget *>(QStringLiteral("runTime"))->isVisibleTo(&form));
        QVERIFY(!form.runTimeOverLimit());
        QVERIFY2(form.runTimeText().contains(QStringLiteral("at most 60 s")), qPrintable(form.runTimeText()));

        // 64 processes of 10 s each: far over the limit on any ordinary machine, said in the form.
        auto *processes = qobject_cast<QSpinBox *>(form.editor(QStringLiteral("processes")));
        auto *work = qobject_cast<QSpinBox *>(form.editor(QStringLiteral("work_ms")));
        QVERIFY(processes && work);
        processes->setValue(64);
        work->setValue(10000);
        const double seconds = info.estimatedSeconds(form.values(), onlineCpuCount());
        QCOMPARE(form.runTimeOverLimit(), seconds > kMaxRunSeconds);
        if (seconds > kMaxRunSeconds)
            QVERIFY2(form.runTimeText().contains(QStringLiteral("longer than the limit of 60 s")),
                     qPrintable(form.runTimeText()));
        // Back to the defaults: allowed again.
        form.resetToDefaults();
        QVERIFY(!form.runTimeOverLimit());

        // Another scenario's form starts without the old estimate.
        form.setSpecs(findScenario(QStringLiteral("race"))->info().params);
        QVERIFY(!form.findChild<QWidget *>(QStringLiteral("runTime"))->isVisibleTo(&form));
    }

    // The estimate is for an idle machine; on a busy one the form says the run may take longer, and
    // by about how much. (The load is read before and after: only a steady reading is asserted on.)
    void saysWhenTheMachineIsBusy()
    {
        const ScenarioInfo info = findScenario(QStringLiteral("processes"))->info();
        ParameterForm form;
        form.setSpecs(info.params);
        const double before = loadPerCore();
        form.setRunTimeEstimate(info.estimatedSeconds);
        const double after = loadPerCore();
        const bool noted = form.runTimeText().contains(QStringLiteral("The machine is busy now"));
        if (before > kBusyLoadPerCore && after > kBusyLoadPerCore) {
            QVERIFY2(noted, qPrintable(form.runTimeText()));
            QVERIFY2(form.runTimeText().contains(QLocale().toString(after, 'f', 1))
                         || form.runTimeText().contains(QLocale().toString(before, 'f', 1)),
                     qPrintable(form.runTimeText()));
        } else if (before <= kBusyLoadPerCore && after <= kBusyLoadPerCore) {
            QVERIFY2(!noted, qPrintable(form.runTimeText()));
        }
        // Over the limit the form says that instead: no note about the load.
        qobject_cast<QSpinBox *>(form.editor(QStringLiteral("processes")))->setValue(64);
        qobject_cast<QSpinBox *>(form.editor(QStringLiteral("work_ms")))->setValue(10000);
        if (!form.runTimeOverLimit())
            QVERIFY(onlineCpuCount() > 10); // 640 s of work: over the limit on up to 10 cores
        else
            QVERIFY2(!form.runTimeText().contains(QStringLiteral("The machine is busy now")),
                     qPrintable(form.runTimeText()));
    }

    void runWaitsForValuesWithinTheLimit()
    {
        MainWindow window;
        QVERIFY(window.selectScenario(QStringLiteral("processes")));
        QVERIFY(window.actions().run->isEnabled());
        ParameterForm *form = window.parameterForm();
        qobject_cast<QSpinBox *>(form->editor(QStringLiteral("processes")))->setValue(64);
        qobject_cast<QSpinBox *>(form->editor(QStringLiteral("work_ms")))->setValue(10000);
        QCOMPARE(window.actions().run->isEnabled(), !form->runTimeOverLimit());
        QVERIFY(form->runTimeOverLimit() || onlineCpuCount() > 10);
        form->resetToDefaults();
        QVERIFY(window.actions().run->isEnabled());
        // Another scenario with its own defaults: allowed.
        qobject_cast<QSpinBox *>(form->editor(QStringLiteral("work_ms")))->setValue(10000);
        QVERIFY(window.selectScenario(QStringLiteral("threads")));
        QVERIFY(window.actions().run->isEnabled());
    }
};

QTEST_MAIN(TstParameterForm)
#include "tst_parameterform.moc"
