#include "window/parameter_form.h"

#include "scenarios/machine_load.h"
#include "scenarios/scenario.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace samtidig {

namespace {
int clampToInt(double v)
{
    return static_cast<int>(
        std::clamp(v, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max())));
}
} // namespace

ParameterForm::ParameterForm(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows); // long Danish labels put the field below
    outer->addLayout(m_form);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);
    m_runTime = new QLabel(this);
    m_runTime->setObjectName(QStringLiteral("runTime"));
    m_runTime->setWordWrap(true);
    m_runTime->setVisible(false);
    outer->addWidget(m_runTime);
    connect(this, &ParameterForm::valuesChanged, this, &ParameterForm::updateRunTime);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_reset = new QPushButton(this);
    connect(m_reset, &QPushButton::clicked, this, &ParameterForm::resetToDefaults);
    buttons->addWidget(m_reset);
    outer->addSpacing(6);
    outer->addLayout(buttons);
    outer->addStretch(1);
    retranslateUi();
}

void ParameterForm::setSpecs(const std::vector<ParamSpec> &specs)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0); // deletes the label and editor widgets
    m_editors.clear();
    m_labels.clear();
    m_estimate = {}; // the old scenario's estimate does not apply; the caller sets the new one
    m_specs = specs;
    for (const ParamSpec &spec : m_specs) {
        auto *label = new QLabel(this);
        QWidget *editor = createEditor(spec);
        label->setBuddy(editor);
        applyTexts(spec, editor, label);
        setEditorValue(editor, spec.defaultValue);
        m_form->addRow(label, editor);
        m_editors.push_back(editor);
        m_labels.push_back(label);
    }
    m_empty->setVisible(m_specs.empty());
    m_reset->setEnabled(!m_specs.empty());
    // New editors join the end of the window's tab order: put them, in form order, before Reset,
    // after the control that comes before it (setTabOrder ignores controls Tab never stops at).
    QWidget *before = m_reset->previousInFocusChain();
    while (before != m_reset && !(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    for (QWidget *editor : m_editors) {
        if (before == m_reset)
            break; // nothing before Reset takes focus: the editors stay where they are
        QWidget::setTabOrder(before, editor);
        before = editor;
    }
}

void ParameterForm::updateTexts(const std::vector<ParamSpec> &specs)
{
    if (specs.size() != m_specs.size()) {
        const ParamValues kept = values();
        setSpecs(specs);
        setValues(kept);
        return;
    }
    m_specs = specs;
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        applyTexts(m_specs[i], m_editors[i], m_labels[i]);
}

QWidget *ParameterForm::createEditor(const ParamSpec &spec)
{
    QWidget *editor = nullptr;
    switch (spec.type) {
    case ParamSpec::Type::Integer: {
        auto *box = new QSpinBox(this);
        box->setRange(clampToInt(spec.minimum), clampToInt(spec.maximum));
        box->setGroupSeparatorShown(spec.maximum >= 10000);
        box->setAccelerated(true);
        connect(box, &QSpinBox::valueChanged, this, &ParameterForm::valuesChanged);
        editor = box;
        break;
    }
    case ParamSpec::Type::Number: {
        auto *box = new QDoubleSpinBox(this);
        box->setDecimals(spec.maximum - spec.minimum <= 10 ? 3 : 2);
        box->setRange(spec.minimum, spec.maximum);
        box->setSingleStep(spec.maximum - spec.minimum <= 2 ? 0.05 : 1.0);
        box->setAccelerated(true);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParameterForm::valuesChanged);
        editor = box;
        break;
    }
    case ParamSpec::Type::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, &ParameterForm::valuesChanged);
        editor = box;
        break;
    }
    }
    editor->setObjectName(spec.name);
    return editor;
}

void ParameterForm::applyTexts(const ParamSpec &spec, QWidget *editor, QLabel *label)
{
    const QString suffix = spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + spec.unit;
    if (auto *box = qobject_cast<QSpinBox *>(editor))
        box->setSuffix(suffix);
    else if (auto *dbox = qobject_cast<QDoubleSpinBox *>(editor))
        dbox->setSuffix(suffix);
    label->setText(tr("%1:").arg(spec.label));
    const QString tip
        = tr("<p>%1</p><p>Allowed: %2. Default: %3. On the command line: "
             "<code>--set %4=VALUE</code></p>")
              .arg(spec.help.toHtmlEscaped(), Parameters::rangeText(spec).toHtmlEscaped(),
                   spec.type == ParamSpec::Type::Boolean ? (spec.defaultValue != 0 ? tr("on") : tr("off"))
                                                         : QLocale().toString(spec.defaultValue),
                   spec.name);
    editor->setToolTip(tip);
    label->setToolTip(tip);
    editor->setWhatsThis(spec.help);
}

void ParameterForm::setEditorValue(QWidget *editor, double value)
{
    if (auto *box = qobject_cast<QSpinBox *>(editor))
        box->setValue(clampToInt(std::round(value)));
    else if (auto *dbox = qobject_cast<QDoubleSpinBox *>(editor))
        dbox->setValue(value);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value != 0);
}

ParamValues ParameterForm::values() const
{
    ParamValues v;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        QWidget *editor = m_editors[i];
        double value = 0;
        if (auto *box = qobject_cast<QSpinBox *>(editor))
            value = box->value();
        else if (auto *dbox = qobject_cast<QDoubleSpinBox *>(editor))
            value = dbox->value();
        else if (auto *check = qobject_cast<QCheckBox *>(editor))
            value = check->isChecked() ? 1 : 0;
        v.set(m_specs[i].name, value);
    }
    return v;
}

void ParameterForm::setValues(const ParamValues &values)
{
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (values.contains(m_specs[i].name))
            setEditorValue(m_editors[i], values.number(m_specs[i].name));
}

QWidget *ParameterForm::editor(const QString &name) const
{
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].name == name)
            return m_editors[i];
    return nullptr;
}

void ParameterForm::setRunTimeEstimate(const RunTimeEstimate &estimate, bool mayHang)
{
    m_estimate = estimate;
    m_mayHang = mayHang;
    m_loadPerCore = loadPerCore();
    updateRunTime();
}

QString ParameterForm::runTimeText() const
{
    return m_runTime->text();
}

void ParameterForm::updateRunTime()
{
    m_runTime->setVisible(bool(m_estimate));
    m_overLimit = false;
    if (!m_estimate || m_editors.size() != m_specs.size()) // no estimate, or the form is being built
        return;
    const int cores = onlineCpuCount();
    const double seconds = m_estimate(values(), cores);
    m_overLimit = seconds > kMaxRunSeconds;
    const QString about = QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0);
    const QString limit = QLocale().toString(kMaxRunSeconds, 'f', 0);
    if (m_overLimit)
        m_runTime->setText(tr("<b>About %1 s on this machine (cores: %2): longer than the limit of %3 s.</b> "
                              "Run refuses these values; lower one of them.")
                               .arg(about)
                               .arg(cores)
                               .arg(limit));
    else if (m_mayHang)
        m_runTime->setText(tr("Hangs on purpose: after about %1 s (cores: %2) the deadlock can happen, and "
                              "then the run waits until you press Stop.")
                               .arg(about)
                               .arg(cores));
    else
        m_runTime->setText(tr("About %1 s on this machine (cores: %2); a run may take at most %3 s.")
                               .arg(about)
                               .arg(cores)
                               .arg(limit));
    // The estimate is for an idle machine: the work is CPU time, which other programs stretch.
    const double load = m_loadPerCore;
    if (!m_overLimit && load > kBusyLoadPerCore)
        m_runTime->setText(m_runTime->text() + QLatin1Char(' ')
                           + tr("The machine is busy now (load %1 a core): the run may take up to about %1 "
                                "times as long.")
                                 .arg(QLocale().toString(load, 'f', 1)));
}

void ParameterForm::resetToDefaults()
{
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        setEditorValue(m_editors[i], m_specs[i].defaultValue);
}

void ParameterForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParameterForm::retranslateUi()
{
    m_empty->setText(tr("This scenario has no parameters."));
    m_reset->setText(tr("Reset to defaults"));
    m_reset->setToolTip(tr("Set every parameter back to the value the scenario suggests."));
    updateRunTime();
    // Labels and help come from the scenario's spec, which the window fetches again in the new
    // language and hands over with updateTexts().
}

} // namespace samtidig
