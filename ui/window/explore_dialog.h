#pragma once
// Explore (Run menu, or the step panel): every interleaving of the selected scenario's threads, each
// on real gated threads, counted by outcome in a chart. A bar's click replays its example schedule in
// the window. Stop, or closing the dialog, ends the exploration between two steps.

#include "scenarios/parameters.h"

#include <QDialog>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;

namespace samtidig {

class ExploreChart;
class ExploreJob;

class ExploreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExploreDialog(QWidget *parent = nullptr);
    ~ExploreDialog() override;

    // Starts exploring; false, with the reason shown in the dialog, when it cannot.
    bool explore(const QString &scenario, const ParamValues &params, const QString &language);
    void stop();
    bool isExploring() const;
    ExploreChart *chart() const { return m_chart; }
    QString statusText() const;

Q_SIGNALS:
    void replayRequested(const QString &scenario, const samtidig::ParamValues &params,
                         const std::vector<int> &schedule);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onProgress(int schedules);
    void onFinished(bool ok, const QString &error);
    void retranslateUi();
    void showSummary();

    ExploreJob *m_job = nullptr;
    ExploreChart *m_chart = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QString m_scenario;
    ParamValues m_params;
    QString m_error;
    bool m_done = false;
};

} // namespace samtidig
