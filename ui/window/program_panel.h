#pragma once
// "Your own program": the form that says which program to record (the program with a file
// chooser, its arguments, working folder and extra environment variables), the programs recorded
// before (kept in QSettings) and the examples to start from. A C example is compiled with the
// system's `cc` into a temporary folder when it is picked.

#include "session/program_request.h"

#include <QProcess>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTemporaryDir;

namespace samtidig {

class MessageBanner;

class ProgramPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgramPanel(QWidget *parent = nullptr);
    ~ProgramPanel() override;

    // What the form says: the arguments split as a shell would, one NAME=VALUE per line. False
    // with *error when the arguments cannot be split (an unclosed quote).
    bool request(ProgramRequest *request, QString *error) const;
    void setRequest(const ProgramRequest &request);
    // A message under the form (an error names the program and what is wrong); empty hides it.
    void showError(const QString &message);
    QString message() const;

    // Puts `request` first in the recent programs (kept in QSettings, at most kMaxRecent).
    void remember(const ProgramRequest &request);
    QStringList recentCommands() const; // as shown, newest first
    static constexpr int kMaxRecent = 8;

    // Fills the form with example `file` (resources/examples); a C example is compiled first and
    // exampleReady() follows when the form holds it (or the message says why it could not be).
    bool pickExample(const QString &file);
    bool compiling() const { return m_compiler.state() != QProcess::NotRunning; }

    QLineEdit *programEdit() const { return m_program; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    QLineEdit *workingFolderEdit() const { return m_folder; }
    QPlainTextEdit *environmentEdit() const { return m_environment; }
    QCheckBox *recordLocksBox() const { return m_recordLocks; } // remembered across runs
    QListWidget *examplesList() const { return m_examples; }
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void runRequested(); // Enter in the program or arguments field
    void exampleReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void populateExamples();
    void loadRecent();
    void chooseProgram();
    void chooseFolder();
    void onCompiled(int exitCode, QProcess::ExitStatus status);
    void onCompilerError(QProcess::ProcessError error);

    QLabel *m_intro = nullptr;
    QLabel *m_programLabel = nullptr;
    QLabel *m_argumentsLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLineEdit *m_program = nullptr;
    QPushButton *m_chooseProgram = nullptr;
    QLineEdit *m_arguments = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QPlainTextEdit *m_environment = nullptr;
    QCheckBox *m_recordLocks = nullptr;
    MessageBanner *m_message = nullptr;
    QLabel *m_examplesLabel = nullptr;
    QListWidget *m_examples = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;

    QProcess m_compiler;
    std::unique_ptr<QTemporaryDir> m_buildDir; // the compiled examples, removed with the panel
    QString m_compiling; // the example being compiled
};

} // namespace samtidig
