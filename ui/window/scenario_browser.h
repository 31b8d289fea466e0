#pragma once
// The list of scenarios, grouped by theme (processes and threads, synchronization, deadlock, ...),
// under "Your own program" (kProgramScenarioId) at the top. Selecting one tells the window which
// scenario to show.

#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace samtidig {

class ScenarioBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioBrowser(QWidget *parent = nullptr);

    QString currentScenario() const; // empty when a theme or nothing is selected
    bool selectScenario(const QString &id);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void currentScenarioChanged(const QString &id);
    void scenarioActivated(const QString &id); // double-click or Enter: run it

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void retranslateUi();

    QTreeWidget *m_tree = nullptr;
};

} // namespace samtidig
