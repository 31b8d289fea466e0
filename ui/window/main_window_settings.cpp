// MainWindow: what is kept between sessions (QSettings): geometry and layout, the last scenario,
// every scenario's parameters as the user left them, and the language.
#include "window/main_window.h"

#include "i18n/language.h"
#include "scenarios/scenario_registry.h"
#include "window/parameter_form.h"

#include <QAction>
#include <QJsonDocument>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace samtidig {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kMainSplitter = QStringLiteral("window/mainSplitter");
const QString kLeftSplitter = QStringLiteral("window/leftSplitter");
const QString kCenterSplitter = QStringLiteral("window/centerSplitter");
const QString kShowScenarios = QStringLiteral("window/showScenarios");
const QString kShowCharts = QStringLiteral("window/showCharts");
const QString kShowExplanation = QStringLiteral("window/showExplanation");
const QString kLastScenario = QStringLiteral("scenario/last");
const QString kLanguage = QStringLiteral("language");

QString paramsKey(const QString &scenario)
{
    return QStringLiteral("scenario/params/%1").arg(scenario);
}
} // namespace

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState());
    s.setValue(kMainSplitter, m_mainSplitter->saveState());
    s.setValue(kLeftSplitter, m_leftSplitter->saveState());
    s.setValue(kCenterSplitter, m_centerSplitter->saveState());
    s.setValue(kShowScenarios, m_actions.showScenarios->isChecked());
    // Charts folded only for the step panel are the user's charts still.
    s.setValue(kShowCharts, m_actions.showCharts->isChecked() || m_chartsFoldedForSteps);
    s.setValue(kShowExplanation, m_actions.showExplanation->isChecked());
    s.setValue(kLanguage, currentLanguage());
    const QString scenario = currentScenario();
    if (findScenario(scenario))
        s.setValue(kLastScenario, scenario);
}

// Every edit is kept at once (not only on close or Run), so switching scenarios, a crash or a
// restart loses none of them.
void MainWindow::rememberParameters() const
{
    const Scenario *found = findScenario(m_formScenario);
    if (!found)
        return; // the form is being rebuilt for another scenario
    const QJsonObject json = m_form->values().toJson(found->info().params);
    QSettings().setValue(paramsKey(m_formScenario),
                         QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

ParamValues MainWindow::rememberedParameters(const QString &scenario) const
{
    const Scenario *found = findScenario(scenario);
    if (!found)
        return {};
    const QJsonObject json
        = QJsonDocument::fromJson(QSettings().value(paramsKey(scenario)).toString().toUtf8()).object();
    ParamValues saved = ParamValues::fromJson(json);
    QString ignored;
    // Values saved by an older version may no longer fit the spec: then the defaults stay.
    if (!Parameters::validate(found->info().params, saved, &ignored))
        return {};
    return saved;
}

void MainWindow::fitToScreen()
{
    // A geometry saved on a larger screen, or one placed below a title bar, would push the status
    // line off this screen (restoreGeometry() only rescues windows that are entirely off-screen).
    const QScreen *where = screen();
    if (!where)
        return;
    const QMargins frame(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    const QRect room = where->availableGeometry().marginsRemoved(frame);
    QRect g = geometry();
    g.setSize(g.size().boundedTo(room.size()).expandedTo(minimumSizeHint().boundedTo(room.size())));
    if (g.right() > room.right())
        g.moveRight(room.right());
    if (g.bottom() > room.bottom())
        g.moveBottom(room.bottom());
    g.moveLeft(std::max(g.left(), room.left()));
    g.moveTop(std::max(g.top(), room.top()));
    if (g != geometry())
        setGeometry(g);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (s.contains(kGeometry)) {
        restoreGeometry(s.value(kGeometry).toByteArray());
        fitToScreen();
    }
    if (s.contains(kState))
        restoreState(s.value(kState).toByteArray());
    if (s.contains(kMainSplitter))
        m_mainSplitterRestored = m_mainSplitter->restoreState(s.value(kMainSplitter).toByteArray());
    if (s.contains(kLeftSplitter))
        m_leftSplitter->restoreState(s.value(kLeftSplitter).toByteArray());
    if (s.contains(kCenterSplitter))
        m_centerSplitter->restoreState(s.value(kCenterSplitter).toByteArray());
    m_actions.showScenarios->setChecked(s.value(kShowScenarios, true).toBool());
    m_actions.showCharts->setChecked(s.value(kShowCharts, true).toBool());
    m_actions.showExplanation->setChecked(s.value(kShowExplanation, true).toBool());

    // Selecting it brings back its parameters (rememberedParameters()), as for any scenario.
    const QString scenario = s.value(kLastScenario).toString();
    if (findScenario(scenario) && scenario != currentScenario())
        selectScenario(scenario);
    else if (findScenario(scenario))
        m_form->setValues(rememberedParameters(scenario)); // chosen before the settings were read
}

} // namespace samtidig
