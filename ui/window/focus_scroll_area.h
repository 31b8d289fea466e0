#pragma once
// A scroll area for reading (the explanation and findings) that takes the keyboard focus, so the
// arrow and page keys scroll it, and shows that it has it: a highlight in a thin margin around the
// text, where a frameless scroll area would show nothing.

#include <QScrollArea>

namespace samtidig {

class FocusScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FocusScrollArea(QWidget *parent = nullptr);

protected:
    // The area's own paint events come here (paintEvent() is the viewport's in a scroll area).
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace samtidig
