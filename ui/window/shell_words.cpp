#include "window/shell_words.h"

#include <QCoreApplication>

namespace samtidig {

bool splitShellWords(const QString &text, QStringList *words, QString *error)
{
    QStringList out;
    QString word;
    bool inWord = false; // a quote makes a word even when it is empty
    QChar quote; // '\'' or '"' while inside one
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quote == QLatin1Char('\'')) {
            if (c == QLatin1Char('\''))
                quote = QChar();
            else
                word += c;
        } else if (quote == QLatin1Char('"')) {
            if (c == QLatin1Char('"'))
                quote = QChar();
            else if (c == QLatin1Char('\\') && i + 1 < text.size()
                     && (text[i + 1] == QLatin1Char('"') || text[i + 1] == QLatin1Char('\\')))
                word += text[++i];
            else
                word += c;
        } else if (c.isSpace()) {
            if (inWord)
                out << word;
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word += text[++i];
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        *error = QCoreApplication::translate("ShellWords", "The arguments have a %1 that is never closed.")
                     .arg(quote);
        return false;
    }
    if (inWord)
        out << word;
    *words = out;
    return true;
}

QString joinShellWords(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words) {
        bool plain = !w.isEmpty();
        for (const QChar c : w)
            plain = plain && (c.isLetterOrNumber() || QStringLiteral("/._-+=:,@%").contains(c));
        quoted << (plain ? w
                         : QLatin1Char('\'') + QString(w).replace(QLatin1String("'"), QLatin1String("'\\''"))
                           + QLatin1Char('\''));
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace samtidig
