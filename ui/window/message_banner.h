#pragma once
// An inline message (like KDE's KMessageWidget): a tinted frame with an icon and a sentence,
// used for the deadlock notice, analysis warnings and errors next to the picture they explain.

#include <QFrame>

class QLabel;

namespace samtidig {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void setMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace samtidig
