#include "window/program_output_pane.h"

#include "session/run_session.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace samtidig {

ProgramOutputPane::ProgramOutputPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("programOutput"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    retranslateUi();
}

void ProgramOutputPane::setOutput(const QByteArray &output, bool capped)
{
    if (output.size() < m_shownBytes)
        clear();
    if (output.size() > m_shownBytes) {
        const bool atEnd = m_text->verticalScrollBar()->value() == m_text->verticalScrollBar()->maximum();
        QTextCursor end(m_text->document());
        end.movePosition(QTextCursor::End);
        end.insertText(m_decoder.decode(QByteArrayView(output).sliced(m_shownBytes)));
        m_shownBytes = output.size();
        if (atEnd)
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    }
    if (capped != m_capped) {
        m_capped = capped;
        retranslateUi();
    }
}

void ProgramOutputPane::setCommand(const QString &commandLine)
{
    if (commandLine == m_command)
        return;
    m_command = commandLine;
    retranslateUi();
}

void ProgramOutputPane::clear()
{
    m_text->clear();
    m_shownBytes = 0;
    m_decoder.resetState();
}

QString ProgramOutputPane::text() const
{
    return m_text->toPlainText();
}

QString ProgramOutputPane::heading() const
{
    return m_heading->text();
}

void ProgramOutputPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgramOutputPane::retranslateUi()
{
    // One arg() call: a command may itself contain "%1".
    const QString mib = QLocale().toString(RunSession::kMaxOutputBytes >> 20);
    m_heading->setText(
        m_capped
            ? tr("Output of “%1”: the program wrote more than %2 MiB; only the first "
                 "%2 MiB is shown.")
                  .arg(m_command, mib)
            : tr("Output of “%1” (standard output and error; the first %2 MiB is kept)").arg(m_command, mib));
    m_heading->setStyleSheet(m_capped ? QStringLiteral("color: #b35900;") : QString());
}

} // namespace samtidig
