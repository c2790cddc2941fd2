// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTextBrowser;

namespace ws {

/** The user guide (docs/guide.md with its pictures, built into the program) in a window of its
    own beside the main window: readable offline, with links between its sections and, for
    addresses on the web, to the browser. */
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    /** Shows the guide window of @p owner, creating it the first time, and brings it to the
        front. */
    static GuideWindow *showFor(QWidget *owner);

    QTextBrowser *browser() const { return mBrowser; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Scales each picture down to the width of the text, keeping its proportions: the
        screenshots are wider than the window. */
    void fitPictures();

    QTextBrowser *mBrowser = nullptr;
};

} // namespace ws
