#include "window/scenario_browser.h"

#include "scenarios/scenario_registry.h"
#include "session/program_request.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samtidig {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kThemeRole = Qt::UserRole + 1;
constexpr ScenarioTheme kThemes[]
    = { ScenarioTheme::ProcessesAndThreads,       ScenarioTheme::Synchronization, ScenarioTheme::Deadlock,
        ScenarioTheme::ParallelismAndConcurrency, ScenarioTheme::Async,           ScenarioTheme::More };
} // namespace

ScenarioBrowser::ScenarioBrowser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scenarioTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(14);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    layout->addWidget(m_tree);
    populate();
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *now, QTreeWidgetItem *before) {
                if (now && now->childCount() > 0) {
                    // A category header (arrow keys, Home, Page Up): step over it in the direction of
                    // travel, so a scenario stays selected. Up from a category's first scenario reaches
                    // its header; anything else comes from above.
                    QTreeWidgetItem *above = m_tree->itemAbove(now);
                    const bool up = before && before->parent() == now && above;
                    m_tree->setCurrentItem(up ? above : now->child(0));
                    return;
                }
                const QString id = currentScenario();
                if (!id.isEmpty())
                    Q_EMIT currentScenarioChanged(id);
            });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT scenarioActivated(id);
    });
}

void ScenarioBrowser::populate()
{
    QFont groupFont = font();
    groupFont.setBold(true);
    // First: a user's own program, an entry of its own above the themes.
    auto *program = new QTreeWidgetItem(m_tree);
    program->setData(0, kIdRole, QString::fromLatin1(kProgramScenarioId));
    program->setFont(0, groupFont);
    for (ScenarioTheme theme : kThemes) {
        QTreeWidgetItem *group = nullptr;
        for (const Scenario *scenario : allScenarios()) {
            const ScenarioInfo info = scenario->info();
            if (info.theme != theme || info.hidden)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree);
                group->setData(0, kThemeRole, static_cast<int>(theme));
                group->setFlags(Qt::ItemIsEnabled);
                group->setFont(0, groupFont);
                group->setForeground(0, palette().brush(QPalette::PlaceholderText));
            }
            auto *item = new QTreeWidgetItem(group);
            item->setData(0, kIdRole, info.id);
        }
    }
    m_tree->expandAll();
    retranslateUi();
}

QString ScenarioBrowser::currentScenario() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

bool ScenarioBrowser::selectScenario(const QString &id)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->data(0, kIdRole).toString() == id && !id.isEmpty()) {
            m_tree->setCurrentItem(group);
            return true;
        }
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kIdRole).toString() == id) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void ScenarioBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScenarioBrowser::retranslateUi()
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->data(0, kIdRole).toString() == QLatin1String(kProgramScenarioId)) {
            group->setText(0, tr("Your own program"));
            group->setToolTip(0,
                              tr("Record any program: its threads and processes on the lanes. On the command "
                                 "line: samtidig-cli record -- PROGRAM [ARGS]"));
            continue;
        }
        group->setText(0, themeName(static_cast<ScenarioTheme>(group->data(0, kThemeRole).toInt())));
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const Scenario *scenario = findScenario(item->data(0, kIdRole).toString());
            if (!scenario)
                continue;
            const ScenarioInfo info = scenario->info(); // built in the current language
            item->setText(0, info.name);
            item->setToolTip(0,
                             info.mayHang
                                 ? tr("%1 (hangs on purpose: press Stop to end it). On the command line: "
                                      "--scenario %2")
                                       .arg(info.name, info.id)
                                 : tr("%1. On the command line: --scenario %2").arg(info.name, info.id));
        }
    }
}

} // namespace samtidig
