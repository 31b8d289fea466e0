#include "window/step_challenge_bar.h"

#include "trace/trace.h"
#include "window/run_controller.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace samtidig {

StepChallengeBar::StepChallengeBar(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("stepChallenge"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setMinimumContentsLength(30);
    m_label->setBuddy(m_box);
    connect(m_box, &QComboBox::activated, this, [this] {
        if (const StepChallenge *c = current())
            Q_EMIT challengeChosen(c->scenario, c->params);
    });
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stepChallengeState"));
    m_state->setWordWrap(true);
    m_solution = new QPushButton(this);
    m_solution->setObjectName(QStringLiteral("stepSolution"));
    connect(m_solution, &QPushButton::clicked, this, [this] {
        if (const StepChallenge *c = current())
            Q_EMIT solutionRequested(c->scenario, c->params, c->solution);
    });
    layout->addWidget(m_label);
    layout->addWidget(m_box, 2);
    layout->addWidget(m_state, 3);
    layout->addWidget(m_solution);
    retranslateUi();
}

void StepChallengeBar::setScenario(const QString &scenario)
{
    const int index = scenario == m_scenario ? m_box->currentIndex() : 0;
    m_scenario = scenario;
    m_challenges = StepChallenges::forScenario(scenario);
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    for (const StepChallenge &c : m_challenges)
        m_box->addItem(c.text);
    m_box->setCurrentIndex(std::min(index, m_box->count() - 1));
    setVisible(!m_challenges.empty());
    refresh();
}

const StepChallenge *StepChallengeBar::current() const
{
    const int i = m_box->currentIndex();
    return i >= 0 && i < static_cast<int>(m_challenges.size()) ? &m_challenges[static_cast<std::size_t>(i)]
                                                               : nullptr;
}

QString StepChallengeBar::state() const
{
    return m_state->text();
}

void StepChallengeBar::refresh()
{
    const Trace &trace = *m_controller->trace();
    const StepChallenge *c = current();
    // Only a run taken step by step counts: the challenge is about the order the user chose.
    const bool stepped = m_controller->stepDriver() || !trace.steps().empty();
    QString text;
    bool met = false;
    if (c && stepped && StepChallenges::isMetBy(*c, trace)) {
        met = true;
        text = tr("Met! %1").arg(c->whenMet);
    } else if (c && stepped && !m_controller->isActive() && trace.scenario() == c->scenario) {
        text = tr("Not met this time: try another order (F7).");
    }
    m_state->setText(text);
    m_state->setStyleSheet(met ? QStringLiteral("color: #1d7a3a; font-weight: bold;") : QString());
}

void StepChallengeBar::retranslateUi()
{
    m_label->setText(tr("Challenge:"));
    m_solution->setText(tr("Show a Solution"));
    m_solution->setToolTip(tr("Run the challenge's parameters and take one order of steps that meets it"));
    if (!m_scenario.isEmpty())
        setScenario(m_scenario); // the challenges' texts in the new language
}

void StepChallengeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace samtidig
