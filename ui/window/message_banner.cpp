#include "window/message_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace samtidig {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setMessage(QString(), Kind::Information);
}

void MessageBanner::setMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    setVisible(!text.isEmpty());
    // Tints chosen to read on light and dark palettes; the icon repeats the kind for colour-blind users.
    QString border;
    QString fill;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Information:
        border = QStringLiteral("#3d7ebf");
        fill = QStringLiteral("rgba(61,126,191,0.12)");
        break;
    case Kind::Positive:
        border = QStringLiteral("#2e8b57");
        fill = QStringLiteral("rgba(46,139,87,0.12)");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Kind::Warning:
        border = QStringLiteral("#d68910");
        fill = QStringLiteral("rgba(214,137,16,0.14)");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        border = QStringLiteral("#c0392b");
        fill = QStringLiteral("rgba(192,57,43,0.14)");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    setStyleSheet(QStringLiteral("#messageBanner { border: 1px solid %1; border-left: 4px solid %1; "
                                 "border-radius: 4px; background: %2; }")
                      .arg(border, fill));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace samtidig
