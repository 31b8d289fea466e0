#pragma once
// Arguments typed as a POSIX shell reads them: words split at blanks, '…' taken literally, "…"
// with \" and \\ inside, a backslash outside quotes escaping the next character. And back: words
// quoted so that splitting them gives the same words (an empty one as '').

#include <QString>
#include <QStringList>

namespace samtidig {

// False with *error naming the problem (an unclosed quote); *words untouched then.
bool splitShellWords(const QString &text, QStringList *words, QString *error);
QString joinShellWords(const QStringList &words);

} // namespace samtidig
