#include "export/export_dialog.h"

#include "export/chart_export.h"
#include "trace/trace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace samtidig {

namespace {

constexpr int kPreviewDelayMs = 150;
const QSize kPreviewBox(560, 320); // where the screen has room; it shrinks on a small one
const QSize kSmallestPreview(240, 135);
// The size presets in the order the list shows them (the settings keep the enum's number).
constexpr std::array kSizeOrder { ExportSizePreset::A4Landscape, ExportSizePreset::Slide,
                                  ExportSizePreset::Slide4x3, ExportSizePreset::Custom };

enum class Range { Visible, Whole };

QComboBox *makeCombo(QWidget *parent, int count)
{
    auto *combo = new QComboBox(parent);
    for (int i = 0; i < count; ++i)
        combo->addItem(QString(), i);
    return combo;
}

QString key(const char *name)
{
    return QStringLiteral("export/") + QLatin1String(name);
}

} // namespace

ExportDialog::ExportDialog(const Trace &trace, std::optional<TimelinePaintOptions> visible, QWidget *parent)
    : QDialog(parent)
    , m_trace(trace)
    , m_visible(std::move(visible))
{
    setObjectName(QStringLiteral("ExportDialog"));
    m_hasCharts = exportCharts(m_trace).count() > 0;
    createWidgets();
    retranslateUi();
    setOptions(rememberedOptions(m_trace, m_visible));
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::renderPreview);
    for (QComboBox *combo : { m_format, m_content, m_range, m_size, m_scale, m_theme })
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            schedulePreview();
        });
    for (QSpinBox *spin : { m_width, m_height })
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_charts, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    updateEnabled();
    renderPreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::createWidgets()
{
    m_format = makeCombo(this, 3);
    m_content = makeCombo(this, 3);
    m_charts = new QCheckBox(this);
    m_charts->setObjectName(QStringLiteral("exportCharts"));
    m_range = makeCombo(this, 2);
    m_size = new QComboBox(this);
    for (ExportSizePreset preset : kSizeOrder)
        m_size->addItem(QString(), int(preset));
    m_scale = makeCombo(this, 3);
    m_theme = makeCombo(this, 2);
    m_width = new QSpinBox(this);
    m_width->setRange(200, 16000);
    m_height = new QSpinBox(this);
    m_height->setRange(0, 16000); // 0: as tall as the lanes need
    m_title = new QLineEdit(this);
    m_title->setClearButtonEnabled(true);
    m_title->setMinimumWidth(240);
    // Long choices ("2× (sharp on high-resolution screens)") must not make the dialog wider than
    // a small screen: the lists show as much as fits and open as wide as they need.
    for (QComboBox *combo : { m_format, m_content, m_range, m_size, m_scale, m_theme }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    m_sizeNote = new QLabel(this);
    m_sizeNote->setForegroundRole(QPalette::PlaceholderText);

    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    custom->addStretch();

    auto *form = new QFormLayout;
    const auto addRow = [&](auto *field) {
        auto *label = new QLabel(this);
        m_fieldLabels << label;
        form->addRow(label, field);
    };
    addRow(m_format);
    addRow(m_content);
    addRow(m_charts);
    addRow(m_range);
    addRow(m_size);
    addRow(custom);
    addRow(m_scale);
    addRow(m_theme);
    addRow(m_title);
    form->addRow(QString(), m_sizeNote);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("exportPreview"));
    m_previewLabel->setMinimumSize(kSmallestPreview);
    m_previewLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Not the standard Save button: QDialogButtonBox renames its standard buttons on every
    // language change, after our retranslateUi(), and "Save" would replace "Export…".
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Timeline Image"));
    const QStringList labels { tr("Format:"),     tr("Content:"), tr("Charts:"),
                               tr("Time range:"), tr("Size:"),    tr("Custom size (px):"),
                               tr("Scale:"),      tr("Colours:"), tr("Title:") };
    for (int i = 0; i < m_fieldLabels.size() && i < labels.size(); ++i)
        m_fieldLabels[i]->setText(labels[i]);
    m_format->setItemText(0, tr("PNG image"));
    m_format->setItemText(1, tr("SVG vector drawing"));
    m_format->setItemText(2, tr("PDF document"));
    m_content->setItemText(0, tr("CPU cores and tasks"));
    m_content->setItemText(1, tr("CPU cores only"));
    m_content->setItemText(2, tr("Tasks only"));
    m_charts->setText(tr("Add the charts under the lanes"));
    m_charts->setToolTip(m_hasCharts
                             ? tr("The scenario's outcome, the cores' utilization and the lock waits, "
                                  "as in the window's chart panel.")
                             : tr("This run has nothing to chart."));
    m_range->setItemText(0, tr("The visible window"));
    m_range->setItemText(1, tr("The whole run"));
    m_size->setItemText(m_size->findData(int(ExportSizePreset::A4Landscape)), tr("A4 landscape"));
    m_size->setItemText(m_size->findData(int(ExportSizePreset::Slide)), tr("16:9 slide (1920 × 1080)"));
    m_size->setItemText(m_size->findData(int(ExportSizePreset::Slide4x3)), tr("4:3 slide (1440 × 1080)"));
    m_size->setItemText(m_size->findData(int(ExportSizePreset::Custom)), tr("Custom pixels"));
    m_scale->setItemText(0, tr("1× (normal)"));
    m_scale->setItemText(1, tr("2× (sharp on high-resolution screens)"));
    m_scale->setItemText(2, tr("3× (for printing)"));
    m_theme->setItemText(0, tr("Light, for printing"));
    m_theme->setItemText(1, tr("As on screen"));
    m_height->setSpecialValueText(tr("fit lanes"));
    m_title->setPlaceholderText(defaultExportTitle(m_trace));
    m_export->setText(tr("Export…"));
    updateEnabled();
}

void ExportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (const QScreen *where = screen()) {
        const QRect room = where->availableGeometry();
        QRect g = frameGeometry();
        const QSize frame = g.size() - size();
        if (g.width() > room.width() || g.height() > room.height())
            resize(size().boundedTo(room.size() - frame).expandedTo(minimumSizeHint()));
        g = frameGeometry();
        g.moveLeft(std::clamp(g.left(), room.left(), std::max(room.left(), room.right() - g.width() + 1)));
        g.moveTop(std::clamp(g.top(), room.top(), std::max(room.top(), room.bottom() - g.height() + 1)));
        move(g.topLeft());
    }
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ImageExportOptions ExportDialog::options() const
{
    ImageExportOptions o;
    o.format = static_cast<ExportFormat>(m_format->currentIndex());
    o.panes = std::array { TimelinePanes::Both, TimelinePanes::Cores,
                           TimelinePanes::Tasks }[m_content->currentIndex()];
    if (m_visible && m_range->currentIndex() == int(Range::Visible)) {
        o.startNs = m_visible->startNs;
        o.endNs = m_visible->endNs;
        o.collapsedTasks = m_visible->collapsedTasks;
    }
    o.size = static_cast<ExportSizePreset>(m_size->currentData().toInt());
    o.width = m_width->value();
    o.height = m_height->value();
    o.scale = o.format == ExportFormat::Png ? m_scale->currentIndex() + 1 : 1;
    o.theme = m_theme->currentIndex() == 0 ? TimelineThemeKind::Print : TimelineThemeKind::Screen;
    o.charts = m_hasCharts && m_charts->isChecked();
    o.title = m_title->text().trimmed();
    return o;
}

void ExportDialog::setOptions(const ImageExportOptions &o)
{
    m_format->setCurrentIndex(static_cast<int>(o.format));
    m_content->setCurrentIndex(o.panes == TimelinePanes::Cores ? 1 : o.panes == TimelinePanes::Tasks ? 2 : 0);
    m_range->setCurrentIndex(m_visible && o.endNs >= 0 ? int(Range::Visible) : int(Range::Whole));
    m_size->setCurrentIndex(std::max(0, m_size->findData(int(o.size))));
    m_width->setValue(o.width);
    m_height->setValue(o.height);
    m_scale->setCurrentIndex(std::clamp(o.scale, 1, 3) - 1);
    m_theme->setCurrentIndex(o.theme == TimelineThemeKind::Print ? 0 : 1);
    m_charts->setChecked(o.charts);
    m_title->setText(o.title.isEmpty() ? defaultExportTitle(m_trace) : o.title);
    m_title->setCursorPosition(0); // show the start of a long title, not its end
}

ImageExportOptions ExportDialog::rememberedOptions(const Trace &trace,
                                                   const std::optional<TimelinePaintOptions> &visible)
{
    (void)trace; // the title is per run: never remembered
    const QSettings s;
    ImageExportOptions o;
    o.format = static_cast<ExportFormat>(std::clamp(s.value(key("format"), 0).toInt(), 0, 2));
    const int panes = s.value(key("panes"), visible ? int(visible->panes) : int(TimelinePanes::Both)).toInt();
    o.panes = panes == int(TimelinePanes::Cores) ? TimelinePanes::Cores
        : panes == int(TimelinePanes::Tasks)     ? TimelinePanes::Tasks
                                                 : TimelinePanes::Both;
    if (visible && s.value(key("visibleRange"), true).toBool()) {
        o.startNs = visible->startNs;
        o.endNs = visible->endNs;
        o.collapsedTasks = visible->collapsedTasks;
    }
    o.size = static_cast<ExportSizePreset>(std::clamp(
        s.value(key("size"), int(ExportSizePreset::Slide)).toInt(), 0, int(kSizeOrder.size()) - 1));
    o.width = std::clamp(s.value(key("width"), 1920).toInt(), 200, 16000);
    o.height = std::clamp(s.value(key("height"), 0).toInt(), 0, 16000);
    o.scale = std::clamp(s.value(key("scale"), 2).toInt(), 1, 3);
    o.theme
        = s.value(key("screenTheme"), false).toBool() ? TimelineThemeKind::Screen : TimelineThemeKind::Print;
    o.charts = s.value(key("charts"), false).toBool();
    return o;
}

void ExportDialog::rememberChoices() const
{
    QSettings s;
    s.setValue(key("format"), m_format->currentIndex());
    s.setValue(key("panes"), int(options().panes));
    s.setValue(key("visibleRange"), m_range->currentIndex() == int(Range::Visible));
    s.setValue(key("size"), m_size->currentData().toInt());
    s.setValue(key("width"), m_width->value());
    s.setValue(key("height"), m_height->value());
    s.setValue(key("scale"), m_scale->currentIndex() + 1);
    s.setValue(key("screenTheme"), m_theme->currentIndex() == 1);
    s.setValue(key("charts"), m_charts->isChecked());
}

void ExportDialog::updateEnabled()
{
    const bool custom = m_size->currentData().toInt() == int(ExportSizePreset::Custom);
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_scale->setEnabled(m_format->currentIndex() == int(ExportFormat::Png));
    m_range->setEnabled(m_visible.has_value());
    m_charts->setEnabled(m_hasCharts);
    if (!m_visible)
        m_range->setCurrentIndex(int(Range::Whole));
    m_export->setEnabled(!m_trace.tasks().empty() || !m_trace.cpuLanes().empty());
}

void ExportDialog::schedulePreview()
{
    m_previewTimer.start();
}

void ExportDialog::renderPreview()
{
    ImageExportOptions o = options();
    o.scale = 1;
    m_preview = renderTimelineImage(m_trace, o);
    const QSize logical = (QSizeF(m_preview.size()) / m_preview.devicePixelRatio()).toSize();
    showPreview();
    const ImageExportOptions chosen = options();
    switch (chosen.format) {
    case ExportFormat::Png:
        m_sizeNote->setText(
            tr("%1 × %2 pixels").arg(logical.width() * chosen.scale).arg(logical.height() * chosen.scale));
        break;
    case ExportFormat::Svg:
        m_sizeNote->setText(
            tr("A drawing of %1 × %2 pixels; text stays text.").arg(logical.width()).arg(logical.height()));
        break;
    case ExportFormat::Pdf:
        m_sizeNote->setText(chosen.size == ExportSizePreset::A4Landscape
                                ? tr("One A4 landscape page.")
                                : tr("One page of %1 × %2 mm.")
                                      .arg(std::lround(logical.width() * 25.4 / 96))
                                      .arg(std::lround(logical.height() * 25.4 / 96)));
        break;
    }
}

void ExportDialog::showPreview()
{
    if (m_preview.isNull())
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize box
        = m_previewLabel->contentsRect().size().boundedTo(kPreviewBox).expandedTo(kSmallestPreview);
    QImage thumb = m_preview.scaled(box * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    thumb.setDevicePixelRatio(dpr);
    m_previewLabel->setPixmap(QPixmap::fromImage(thumb));
}

QString ExportDialog::suffix() const
{
    static const char *const suffixes[] = { "png", "svg", "pdf" };
    return QLatin1String(suffixes[std::clamp(m_format->currentIndex(), 0, 2)]);
}

QString ExportDialog::fileFilter() const
{
    switch (static_cast<ExportFormat>(m_format->currentIndex())) {
    case ExportFormat::Png: return tr("PNG images (*.png)");
    case ExportFormat::Svg: return tr("SVG drawings (*.svg)");
    case ExportFormat::Pdf: return tr("PDF documents (*.pdf)");
    }
    return {};
}

void ExportDialog::accept()
{
    QSettings settings;
    const QString folder
        = settings.value(key("folder"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
              .toString();
    const QString base = m_trace.scenario().isEmpty() ? QStringLiteral("timeline")
                                                      : m_trace.scenario() + QStringLiteral("-timeline");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline Image"),
                                                QDir(folder).filePath(base + QLatin1Char('.') + suffix()),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix(), Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix();
    QString error;
    if (!exportTimelineImage(m_trace, options(), path, &error)) {
        QMessageBox::warning(this, tr("Export Timeline Image"), error);
        return;
    }
    settings.setValue(key("folder"), QFileInfo(path).absolutePath());
    rememberChoices();
    m_exportedPath = path;
    QDialog::accept();
}

} // namespace samtidig
