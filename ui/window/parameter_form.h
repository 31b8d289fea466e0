#pragma once
// The parameter form of one scenario, built from its ParamSpec list: a spin box per number (the
// widget enforces the range, the unit is its suffix) and a check box per switch, each with its
// label and a tooltip holding the help text and the allowed range. Below them, how long a run with
// these values takes about on this machine, and whether that is over the run-time limit.

#include "scenarios/parameters.h"

#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;

namespace samtidig {

class ParameterForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterForm(QWidget *parent = nullptr);

    // Rebuilds the form for `specs` with their default values.
    void setSpecs(const std::vector<ParamSpec> &specs);
    // Same parameters in another language: refreshes labels, units and tooltips, keeps the values.
    void updateTexts(const std::vector<ParamSpec> &specs);
    const std::vector<ParamSpec> &specs() const { return m_specs; }

    ParamValues values() const;
    // Sets the values it knows; the widgets clamp anything outside the range.
    void setValues(const ParamValues &values);
    // The editor of parameter `name` (QSpinBox, QDoubleSpinBox or QCheckBox), for tests.
    QWidget *editor(const QString &name) const;
    // The scenario's run-time estimate (ScenarioInfo::estimatedSeconds); empty hides the line.
    using RunTimeEstimate = std::function<double(const ParamValues &, int cores)>;
    // `mayHang`: the scenario deadlocks on purpose (ScenarioInfo::mayHang); the line says so.
    void setRunTimeEstimate(const RunTimeEstimate &estimate, bool mayHang = false);
    QString runTimeText() const; // for tests
    bool runTimeOverLimit() const { return m_overLimit; }

public Q_SLOTS:
    void resetToDefaults();

Q_SIGNALS:
    void valuesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createEditor(const ParamSpec &spec);
    void applyTexts(const ParamSpec &spec, QWidget *editor, QLabel *label);
    void setEditorValue(QWidget *editor, double value);
    void updateRunTime();

    std::vector<ParamSpec> m_specs;
    std::vector<QWidget *> m_editors; // parallel to m_specs
    std::vector<QLabel *> m_labels;
    QFormLayout *m_form = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_runTime = nullptr;
    RunTimeEstimate m_estimate;
    bool m_mayHang = false;
    bool m_overLimit = false;
    double m_loadPerCore = 0; // read when the estimate is set: a language switch keeps the text
};

} // namespace samtidig
