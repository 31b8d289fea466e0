#pragma once
// Under the timeline while a recorded program is shown: which command ran, and what it wrote to
// its standard output and error, as it writes it (or as a saved recording kept it). Only the first
// RunSession::kMaxOutputBytes are kept; the pane says so, and says when the program wrote more.

#include <QByteArray>
#include <QStringDecoder>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace samtidig {

class ProgramOutputPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProgramOutputPane(QWidget *parent = nullptr);

    // The output so far; appends what is new (a shorter one starts afresh: a new run).
    void setOutput(const QByteArray &output, bool capped);
    void setCommand(const QString &commandLine); // "python3 threads_cpu.py", named in the heading
    void clear(); // another run is shown: its output starts afresh
    QString text() const;
    QString heading() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QPlainTextEdit *m_text = nullptr;
    qsizetype m_shownBytes = 0;
    // Keeps a UTF-8 sequence cut between two reads until its last byte arrives ("æ" is two bytes).
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
    bool m_capped = false;
    QString m_command;
};

} // namespace samtidig
