#pragma once
// The File menu's export and recording entries for the main window: Open recording… (.samtidig
// and Chrome trace JSON), Save recording…, Export image…, Copy image, Export Chrome trace…, a
// Recent files submenu, and dropping a recording onto the window. It attaches itself through the
// window's hooks (fileMenu(), currentTrace(), openTrace()) and an event filter, so the window
// class needs only to create it.

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace samtidig {

class MainWindow;
class Trace;
struct TimelinePaintOptions;

struct RecordingActionSet {
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *exportImage = nullptr;
    QAction *copyImage = nullptr;
    QAction *exportChrome = nullptr;
    QMenu *recent = nullptr;
};

class RecordingActions : public QObject
{
    Q_OBJECT
public:
    explicit RecordingActions(MainWindow *window);
    ~RecordingActions() override;

    const RecordingActionSet &actions() const { return m_actions; }

    // Reads a .samtidig recording or Chrome trace JSON into the window. On failure the window's
    // trace is untouched and *error holds a translated message.
    bool openFile(const QString &path, QString *error);
    bool saveRecording(const QString &path, QString *error);
    bool exportChromeJson(const QString &path, QString *error);
    // Puts a PNG of the visible range on the clipboard.
    bool copyImageToClipboard();

    static QStringList recentFiles(); // existing files only, newest first
    static void addRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 8;
    // .samtidig or .json: files a drop or Open accepts.
    static bool isRecordingFile(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateEnabled();
    void rebuildRecentMenu();
    void openInteractively();
    void openReporting(const QString &path);
    void saveInteractively();
    void exportChromeInteractively();
    void exportImageInteractively();
    QString askSavePath(const QString &title, const QString &filter, const QString &suffix);
    std::optional<TimelinePaintOptions> visibleOptions() const;
    // The window's trace when it is not empty; for a recording file also finished, for a picture
    // (image export, copy) a live run is fine.
    enum class Picture { No, Yes };
    const Trace *exportableTrace(Picture picture) const;

    MainWindow *m_window = nullptr;
    RecordingActionSet m_actions;
};

} // namespace samtidig
