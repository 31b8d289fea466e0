#include "window/program_panel.h"

#include "window/message_banner.h"
#include "window/program_examples.h"
#include "window/shell_words.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>

namespace samtidig {

namespace {
const QString kRecentKey = QStringLiteral("program/recent"); // compact JSON of ProgramRequest::toJson
const QString kRecordLocksKey = QStringLiteral("program/recordLocks");
constexpr int kFileRole = Qt::UserRole;
constexpr int kRequestRole = Qt::UserRole + 1;

// Every row visible without a scroll bar of its own: the panel scrolls as a whole.
void fitHeightToRows(QListWidget *list)
{
    const int rows = std::max(list->count(), 1);
    list->setFixedHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
}

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

ProgramPanel::ProgramPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("programPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the fields get the column's whole width
    m_program = new QLineEdit(this);
    m_program->setObjectName(QStringLiteral("programEdit"));
    m_chooseProgram = new QPushButton(this);
    auto *programRow = new QHBoxLayout;
    programRow->addWidget(m_program, 1);
    programRow->addWidget(m_chooseProgram);
    m_programLabel = new QLabel(this);
    form->addRow(m_programLabel, programRow);
    m_arguments = new QLineEdit(this);
    m_arguments->setObjectName(QStringLiteral("argumentsEdit"));
    m_argumentsLabel = new QLabel(this);
    form->addRow(m_argumentsLabel, m_arguments);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("workingFolderEdit"));
    m_chooseFolder = new QPushButton(this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    m_folderLabel = new QLabel(this);
    form->addRow(m_folderLabel, folderRow);
    m_environment = new QPlainTextEdit(this);
    m_environment->setObjectName(QStringLiteral("environmentEdit"));
    m_environment->setTabChangesFocus(true);
    m_environment->setFixedHeight(m_environment->fontMetrics().lineSpacing() * 3 + 12);
    m_environmentLabel = new QLabel(this);
    form->addRow(m_environmentLabel, m_environment);
    m_recordLocks = new QCheckBox(this);
    m_recordLocks->setObjectName(QStringLiteral("recordLocksBox"));
    m_recordLocks->setChecked(QSettings().value(kRecordLocksKey, true).toBool());
    connect(m_recordLocks, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(kRecordLocksKey, on); });
    form->addRow(QString(), m_recordLocks);
    layout->addLayout(form);

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("programMessage"));
    layout->addWidget(m_message);

    m_examplesLabel = boldLabel(this);
    m_examples = new QListWidget(this);
    m_examples->setObjectName(QStringLiteral("programExamples"));
    m_examples->setWordWrap(true);
    m_examples->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentLabel = boldLabel(this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentPrograms"));
    m_recent->setTextElideMode(Qt::ElideMiddle); // the script's name at the end stays readable
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_examplesLabel);
    layout->addWidget(m_examples);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent);
    layout->addStretch(1);

    connect(m_chooseProgram, &QPushButton::clicked, this, &ProgramPanel::chooseProgram);
    connect(m_chooseFolder, &QPushButton::clicked, this, &ProgramPanel::chooseFolder);
    connect(m_program, &QLineEdit::returnPressed, this, &ProgramPanel::runRequested);
    connect(m_arguments, &QLineEdit::returnPressed, this, &ProgramPanel::runRequested);
    connect(m_examples, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { pickExample(item->data(kFileRole).toString()); });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        setRequest(ProgramRequest::fromJson(
            QJsonDocument::fromJson(item->data(kRequestRole).toByteArray()).object()));
    });
    connect(&m_compiler, &QProcess::finished, this, &ProgramPanel::onCompiled);
    connect(&m_compiler, &QProcess::errorOccurred, this, &ProgramPanel::onCompilerError);
    m_compiler.setProcessChannelMode(QProcess::MergedChannels);

    populateExamples();
    loadRecent();
    retranslateUi();
}

ProgramPanel::~ProgramPanel()
{
    if (m_compiler.state() != QProcess::NotRunning) {
        m_compiler.kill();
        m_compiler.waitForFinished();
    }
}

bool ProgramPanel::request(ProgramRequest *request, QString *error) const
{
    ProgramRequest r;
    r.program = m_program->text().trimmed();
    if (!splitShellWords(m_arguments->text(), &r.arguments, error))
        return false;
    r.workingDirectory = m_folder->text().trimmed();
    for (const QString &line : m_environment->toPlainText().split(QLatin1Char('\n'))) {
        const QString variable = line.trimmed();
        if (!variable.isEmpty())
            r.environment << variable;
    }
    r.recordLocks = m_recordLocks->isChecked();
    *request = r;
    return true;
}

void ProgramPanel::setRequest(const ProgramRequest &request)
{
    m_program->setText(request.program);
    m_arguments->setText(joinShellWords(request.arguments));
    m_folder->setText(request.workingDirectory);
    m_environment->setPlainText(request.environment.join(QLatin1Char('\n')));
    showError(QString());
}

void ProgramPanel::showError(const QString &message)
{
    m_message->setMessage(message, MessageBanner::Kind::Error);
}

QString ProgramPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ProgramPanel::remember(const ProgramRequest &request)
{
    const QByteArray json = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeAll(QString::fromUtf8(json));
    recent.prepend(QString::fromUtf8(json));
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    loadRecent();
}

QStringList ProgramPanel::recentCommands() const
{
    QStringList out;
    for (int i = 0; i < m_recent->count(); ++i)
        out << m_recent->item(i)->text();
    return out;
}

void ProgramPanel::loadRecent()
{
    m_recent->clear();
    for (const QString &entry : QSettings().value(kRecentKey).toStringList()) {
        const QJsonObject json = QJsonDocument::fromJson(entry.toUtf8()).object();
        if (json.value(QStringLiteral("program")).toString().isEmpty())
            continue; // a damaged entry: not offered
        auto *item = new QListWidgetItem(ProgramRequest::commandLine(json), m_recent);
        item->setData(kRequestRole, entry.toUtf8());
        const ProgramRequest r = ProgramRequest::fromJson(json);
        item->setToolTip(r.workingDirectory.isEmpty()
                             ? r.program
                             : QStringLiteral("%1\n%2").arg(r.program, r.workingDirectory));
    }
    fitHeightToRows(m_recent);
    if (m_recentLabel) {
        m_recentLabel->setVisible(m_recent->count() > 0);
        m_recent->setVisible(m_recent->count() > 0);
    }
}

void ProgramPanel::populateExamples()
{
    m_examples->clear();
    for (const ProgramExample &e : ProgramExamples::all()) {
        auto *item = new QListWidgetItem(e.title, m_examples);
        item->setData(kFileRole, e.file);
        item->setToolTip(QStringLiteral("%1\n%2").arg(e.claim, e.file));
    }
    fitHeightToRows(m_examples);
}

bool ProgramPanel::pickExample(const QString &file)
{
    const QString folder = ProgramExamples::folder();
    if (folder.isEmpty()) {
        showError(tr("The example programs were not found: they are installed in share/samtidig/examples "
                     "beside Samtidig, or set SAMTIDIG_EXAMPLES_DIR to their folder."));
        return false;
    }
    const QString source = QDir(folder).filePath(file);
    if (!QFileInfo::exists(source)) {
        showError(tr("The example '%1' is not in %2.").arg(file, folder));
        return false;
    }
    if (!file.endsWith(QLatin1String(".c"))) {
        setRequest(ProgramRequest { ProgramExamples::python(), { source }, {}, {}, false });
        Q_EMIT exampleReady();
        return true;
    }
    if (compiling())
        return false; // one at a time; the one under way fills the form
    if (!m_buildDir || !m_buildDir->isValid())
        m_buildDir = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("samtidig-examples-XXXXXX")));
    if (!m_buildDir->isValid()) {
        showError(tr("No temporary folder could be made to compile '%1' in: %2.")
                      .arg(file, m_buildDir->errorString()));
        return false;
    }
    m_compiling = file;
    m_message->setMessage(tr("Compiling %1 with cc…").arg(file), MessageBanner::Kind::Information);
    m_compiler.start(
        QStringLiteral("cc"),
        ProgramExamples::compileArguments(source, m_buildDir->filePath(QFileInfo(file).baseName())));
    return true;
}

void ProgramPanel::onCompiled(int exitCode, QProcess::ExitStatus status)
{
    const QString binary = m_buildDir->filePath(QFileInfo(m_compiling).baseName());
    if (status != QProcess::NormalExit || exitCode != 0 || !QFileInfo(binary).isExecutable()) {
        const QString said = QString::fromLocal8Bit(m_compiler.readAll()).trimmed().left(600);
        showError(
            tr("cc could not compile %1 (exit status %2): %3").arg(m_compiling).arg(exitCode).arg(said));
        return;
    }
    setRequest(ProgramRequest { binary, {}, {}, {}, false });
    Q_EMIT exampleReady();
}

void ProgramPanel::onCompilerError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // a crash or an exit status arrives through finished()
    showError(tr("The C compiler 'cc' could not be started (%1), so %2 cannot be built. Install it "
                 "with: sudo apt install gcc libc6-dev")
                  .arg(m_compiler.errorString(), m_compiling));
}

void ProgramPanel::chooseProgram()
{
    const QString start = m_program->text().contains(QLatin1Char('/')) ? QFileInfo(m_program->text()).path()
                                                                       : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a program to record"), start);
    if (!path.isEmpty())
        m_program->setText(path);
}

void ProgramPanel::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder the program starts in"),
        m_folder->text().isEmpty() ? QDir::currentPath() : m_folder->text());
    if (!path.isEmpty())
        m_folder->setText(path);
}

void ProgramPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgramPanel::retranslateUi()
{
    m_intro->setText(tr("Record any program: every thread and process it starts appears on the lanes, "
                        "from the kernel's own records. Press Run to start it."));
    m_programLabel->setText(tr("Program:"));
    m_program->setPlaceholderText(tr("e.g. python3 or ./my-program"));
    m_program->setToolTip(tr("A path, or a name looked up in PATH"));
    m_chooseProgram->setText(tr("Choose…"));
    m_argumentsLabel->setText(tr("Arguments:"));
    m_arguments->setPlaceholderText(tr("e.g. my_script.py 4"));
    m_arguments->setToolTip(tr("Split into words as a shell would; quote a word that holds spaces"));
    m_folderLabel->setText(tr("Working folder:"));
    m_folder->setPlaceholderText(tr("Samtidig's own"));
    m_chooseFolder->setText(tr("Choose…"));
    m_environmentLabel->setText(tr("Environment:"));
    m_environment->setPlaceholderText(tr("NAME=VALUE, one per line"));
    m_environment->setToolTip(tr("Added to the environment Samtidig was started with (or replacing a "
                                 "variable of the same name)"));
    m_recordLocks->setText(tr("Record locks and the GIL"));
    m_recordLocks->setToolTip(tr("Loads a small library into the program that records its lock waits, "
                                 "their holders and Python's GIL. Off: only the kernel's view of its "
                                 "threads and processes, which costs the program the least."));
    m_examplesLabel->setText(tr("Examples to start from"));
    m_recentLabel->setText(tr("Recent programs"));
    populateExamples(); // titles and claims in the new language
}

} // namespace samtidig
