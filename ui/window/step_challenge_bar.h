#pragma once
// The step panel's challenge row: the selected scenario's challenges (window/step_challenges.h) to
// choose from, whether the run on screen, taken step by step, has met the chosen one, and Show a
// Solution. Hidden for a scenario without challenges.

#include "scenarios/parameters.h"
#include "window/step_challenges.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace samtidig {

class RunController;

class StepChallengeBar : public QWidget
{
    Q_OBJECT
public:
    explicit StepChallengeBar(RunController *controller, QWidget *parent = nullptr);

    void setScenario(const QString &scenario);
    void refresh(); // after every poll of the run: met yet?
    QComboBox *box() const { return m_box; }
    QPushButton *solutionButton() const { return m_solution; }
    QString state() const; // "Met! …" once a stepped run has met the chosen challenge

Q_SIGNALS:
    void challengeChosen(const QString &scenario, const samtidig::ParamValues &params);
    void solutionRequested(const QString &scenario, const samtidig::ParamValues &params,
                           const std::vector<int> &schedule);

protected:
    void changeEvent(QEvent *event) override;

private:
    const StepChallenge *current() const;
    void retranslateUi();

    RunController *m_controller = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_box = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_solution = nullptr;
    QString m_scenario;
    std::vector<StepChallenge> m_challenges;
};

} // namespace samtidig
