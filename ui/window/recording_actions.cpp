#include "window/recording_actions.h"

#include "export/export_dialog.h"
#include "export/image_export.h"
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "io/trace_file.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"
#include "window/main_window.h"
#include "window/run_controller.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace samtidig {

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
const QString kFolderKey = QStringLiteral("recordings/folder");
constexpr int kClipboardWidth = 1600; // wide enough to read, small enough to paste into notes
constexpr int kNoticeMs = 5000; // how long the status line says what was written

// The first local file among dropped URLs that looks like a recording.
QString droppedRecording(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && RecordingActions::isRecordingFile(url.toLocalFile()))
            return url.toLocalFile();
    return {};
}

} // namespace

RecordingActions::RecordingActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("recordingActions"));
    createActions();
    retranslate();
    rebuildRecentMenu();
    updateEnabled();
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    connect(m_window, &MainWindow::currentTraceChanged, this, &RecordingActions::updateEnabled);
    connect(m_window->runController(), &RunController::stateChanged, this, &RecordingActions::updateEnabled);
    // A run starts with no tasks: the picture actions turn on when its first ones arrive.
    connect(m_window->runController(), &RunController::traceUpdated, this, &RecordingActions::updateEnabled);
}

RecordingActions::~RecordingActions() = default;

void RecordingActions::createActions()
{
    RecordingActionSet &a = m_actions;
    a.open = new QAction(this);
    a.open->setShortcut(QKeySequence::Open);
    a.open->setObjectName(QStringLiteral("actionOpenRecording"));
    connect(a.open, &QAction::triggered, this, &RecordingActions::openInteractively);
    a.recent = new QMenu(m_window);
    a.recent->setObjectName(QStringLiteral("menuRecentFiles"));
    connect(a.recent, &QMenu::aboutToShow, this, &RecordingActions::rebuildRecentMenu);
    a.save = new QAction(this);
    a.save->setShortcut(QKeySequence::Save);
    a.save->setObjectName(QStringLiteral("actionSaveRecording"));
    connect(a.save, &QAction::triggered, this, &RecordingActions::saveInteractively);
    a.exportImage = new QAction(this);
    a.exportImage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a.exportImage->setObjectName(QStringLiteral("actionExportImage"));
    connect(a.exportImage, &QAction::triggered, this, &RecordingActions::exportImageInteractively);
    a.copyImage = new QAction(this);
    a.copyImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.copyImage->setObjectName(QStringLiteral("actionCopyImage"));
    connect(a.copyImage, &QAction::triggered, this, &RecordingActions::copyImageToClipboard);
    a.exportChrome = new QAction(this);
    a.exportChrome->setObjectName(QStringLiteral("actionExportChromeTrace"));
    connect(a.exportChrome, &QAction::triggered, this, &RecordingActions::exportChromeInteractively);

    // Above the separator that precedes Quit (see MainWindow::createMenus()).
    QMenu *file = m_window->fileMenu();
    const QList<QAction *> existing = file->actions();
    QAction *before = existing.isEmpty() ? nullptr : existing.first();
    file->insertActions(before, { a.open });
    file->insertMenu(before, a.recent);
    file->insertSeparator(before);
    file->insertActions(before, { a.save, a.exportChrome });
    file->insertSeparator(before);
    file->insertActions(before, { a.exportImage, a.copyImage });
    m_window->addActions({ a.open, a.save, a.exportImage, a.copyImage }); // shortcuts with the menu closed
}

void RecordingActions::retranslate()
{
    m_actions.open->setText(tr("&Open Recording…"));
    m_actions.open->setStatusTip(tr("Open a saved Samtidig recording or a Chrome trace JSON file."));
    m_actions.recent->setTitle(tr("Open &Recent"));
    m_actions.save->setText(tr("&Save Recording…"));
    m_actions.save->setStatusTip(tr("Save the finished run with its tasks, events and analysis."));
    m_actions.exportChrome->setText(tr("Export &Chrome Trace (JSON)…"));
    m_actions.exportChrome->setStatusTip(tr("Write the run for Perfetto or chrome://tracing."));
    m_actions.exportImage->setText(tr("&Export Image…"));
    m_actions.exportImage->setStatusTip(tr("Save the timeline as PNG, SVG or PDF for notes and slides."));
    m_actions.copyImage->setText(tr("Cop&y Image"));
    m_actions.copyImage->setStatusTip(tr("Copy the visible part of the timeline as a picture."));
    rebuildRecentMenu();
}

bool RecordingActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::DragEnter: {
            auto *drag = static_cast<QDragEnterEvent *>(event);
            if (!droppedRecording(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = droppedRecording(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                openReporting(path);
                return true;
            }
            break;
        }
        case QEvent::LanguageChange: retranslate(); break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

const Trace *RecordingActions::exportableTrace(Picture picture) const
{
    const Trace *trace = m_window->currentTrace();
    // A recording of a live trace would miss what is still open: save the finished run. A picture
    // of a run, running or paused, shows what is recorded so far (the deadlock as it hangs).
    if (!trace || (picture == Picture::No && m_window->runController()->isActive()))
        return nullptr;
    return trace->tasks().empty() && trace->cpuLanes().empty() ? nullptr : trace;
}

void RecordingActions::updateEnabled()
{
    const bool file = exportableTrace(Picture::No) != nullptr;
    const bool picture = exportableTrace(Picture::Yes) != nullptr;
    m_actions.save->setEnabled(file);
    m_actions.exportChrome->setEnabled(file);
    m_actions.exportImage->setEnabled(picture);
    m_actions.copyImage->setEnabled(picture);
}

bool RecordingActions::isRecordingFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("samtidig") || suffix == QLatin1String("json");
}

QStringList RecordingActions::recentFiles()
{
    QSettings settings;
    const QStringList stored = settings.value(kRecentKey).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path) && existing.size() < kMaxRecentFiles)
            existing << path;
    if (existing != stored)
        settings.setValue(kRecentKey, existing); // prune moved and deleted files for good
    return existing;
}

void RecordingActions::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
}

void RecordingActions::rebuildRecentMenu()
{
    QMenu *menu = m_actions.recent;
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // When it was saved, as the UI language writes dates ("06.12.2026 19.43" in Danish).
        const QFileInfo file(path);
        QAction *action = menu->addAction(
            tr("&%1 %2 (%3)", "number, file name, when it was saved")
                .arg(i + 1)
                .arg(file.fileName(), QLocale().toString(file.lastModified(), QLocale::ShortFormat)));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openReporting(path); });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->menuAction()->setEnabled(!files.isEmpty());
}

bool RecordingActions::openFile(const QString &path, QString *error)
{
    auto trace = std::make_unique<Trace>();
    if (!openTraceFile(path, trace.get(), error))
        return false; // the window keeps its trace: nothing was handed over
    m_window->openTrace(std::move(trace));
    addRecentFile(path);
    rebuildRecentMenu();
    return true;
}

void RecordingActions::openReporting(const QString &path)
{
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(m_window, tr("Open Recording"), error);
}

void RecordingActions::openInteractively()
{
    QSettings settings;
    const QString folder
        = settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Recording"), folder,
        tr("Recordings (*.samtidig *.json);;Samtidig recordings (*.samtidig);;Chrome trace JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    openReporting(path);
}

QString RecordingActions::askSavePath(const QString &title, const QString &filter, const QString &suffix)
{
    const Trace *trace = exportableTrace(Picture::No);
    QSettings settings;
    const QString folder
        = settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString base
        = trace && !trace->scenario().isEmpty() ? trace->scenario() : QStringLiteral("recording");
    QString path
        = QFileDialog::getSaveFileName(m_window, title, QDir(folder).filePath(base + suffix), filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

bool RecordingActions::saveRecording(const QString &path, QString *error)
{
    const Trace *trace = exportableTrace(Picture::No);
    if (!trace) {
        *error = tr("There is no finished run to save.");
        return false;
    }
    if (!writeRecording(*trace, path, error))
        return false;
    addRecentFile(path);
    return true;
}

bool RecordingActions::exportChromeJson(const QString &path, QString *error)
{
    const Trace *trace = exportableTrace(Picture::No);
    if (!trace) {
        *error = tr("There is no finished run to export.");
        return false;
    }
    return exportChromeTrace(*trace, path, error);
}

void RecordingActions::saveInteractively()
{
    const QString path = askSavePath(tr("Save Recording"), tr("Samtidig recordings (*.samtidig)"),
                                     QLatin1String(kRecordingExtension));
    QString error;
    if (path.isEmpty())
        return;
    if (saveRecording(path, &error))
        m_window->statusBar()->showMessage(
            tr("Saved the recording to %1.").arg(QDir::toNativeSeparators(path)), kNoticeMs);
    else
        QMessageBox::warning(m_window, tr("Save Recording"), error);
}

void RecordingActions::exportChromeInteractively()
{
    const QString path
        = askSavePath(tr("Export Chrome Trace"), tr("Chrome trace JSON (*.json)"), QStringLiteral(".json"));
    QString error;
    if (path.isEmpty())
        return;
    if (exportChromeJson(path, &error))
        m_window->statusBar()->showMessage(
            tr("Wrote the Chrome trace to %1.").arg(QDir::toNativeSeparators(path)), kNoticeMs);
    else
        QMessageBox::warning(m_window, tr("Export Chrome Trace"), error);
}

std::optional<TimelinePaintOptions> RecordingActions::visibleOptions() const
{
    if (TimelineWidget *timeline = m_window->timeline(); timeline && timeline->trace())
        return timeline->exportOptions();
    return std::nullopt;
}

void RecordingActions::exportImageInteractively()
{
    const Trace *trace = exportableTrace(Picture::Yes);
    if (!trace)
        return;
    ExportDialog dialog(*trace, visibleOptions(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(
            tr("Exported the timeline to %1.").arg(QDir::toNativeSeparators(dialog.exportedPath())),
            kNoticeMs);
}

bool RecordingActions::copyImageToClipboard()
{
    const Trace *trace = exportableTrace(Picture::Yes);
    if (!trace)
        return false;
    ImageExportOptions options = ExportDialog::rememberedOptions(*trace, visibleOptions());
    options.size = ExportSizePreset::Custom;
    options.width = kClipboardWidth;
    options.height = 0;
    options.scale = 1;
    if (const auto visible = visibleOptions()) { // the visible range, whatever the dialog last used
        options.startNs = visible->startNs;
        options.endNs = visible->endNs;
        options.panes = visible->panes;
    }
    const QImage image = renderTimelineImage(*trace, options);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto *mime = new QMimeData;
    mime->setImageData(image);
    mime->setData(QStringLiteral("image/png"), png); // what notes apps and browsers paste
    QGuiApplication::clipboard()->setMimeData(mime);
    m_window->statusBar()->showMessage(tr("Copied the timeline to the clipboard as a picture."), kNoticeMs);
    return true;
}

} // namespace samtidig
