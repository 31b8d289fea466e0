#pragma once
// File → Export image…: format, content, range, size, scale, theme and an editable title, with a
// live preview of the page, remembering the last choices. Exporting goes through
// exportTimelineImage(), so the dialog shows exactly what the file will contain.

#include "export/image_export.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace samtidig {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `visible` is what the timeline shows now (range, panes, collapsed groups); without it only
    // the whole run can be exported. The trace must outlive the dialog.
    explicit ExportDialog(const Trace &trace, std::optional<TimelinePaintOptions> visible,
                          QWidget *parent = nullptr);
    ~ExportDialog() override;

    ImageExportOptions options() const;
    void setOptions(const ImageExportOptions &options);
    // The file the last successful export wrote.
    QString exportedPath() const { return m_exportedPath; }
    const QImage &preview() const { return m_preview; }

    // Stores the current choices (not the title: it belongs to the run); accept() does it too.
    void rememberChoices() const;
    // Options as last chosen in the dialog (QSettings), for the given trace and view.
    static ImageExportOptions rememberedOptions(const Trace &trace,
                                                const std::optional<TimelinePaintOptions> &visible);

public Q_SLOTS:
    void accept() override; // asks for a file name, exports, reports failures

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override; // keeps the dialog inside its screen
    void resizeEvent(QResizeEvent *event) override; // the preview follows the dialog's size

private:
    void createWidgets();
    void retranslateUi();
    void updateEnabled();
    void schedulePreview();
    void renderPreview();
    void showPreview(); // the rendered preview, scaled to the room the label has
    QString fileFilter() const;
    QString suffix() const;

    const Trace &m_trace;
    std::optional<TimelinePaintOptions> m_visible;
    QComboBox *m_format = nullptr;
    QComboBox *m_content = nullptr;
    QCheckBox *m_charts = nullptr;
    bool m_hasCharts = false; // the trace has something to chart
    QComboBox *m_range = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_sizeNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QList<QLabel *> m_fieldLabels;
    QTimer m_previewTimer; // coalesces quick changes into one preview render
    QImage m_preview;
    QString m_exportedPath;
};

} // namespace samtidig
