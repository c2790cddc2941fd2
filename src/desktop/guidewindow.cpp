// SPDX-License-Identifier: MIT
#include "guidewindow.h"

#include <QEvent>
#include <QImageReader>
#include <QKeySequence>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ws {

namespace {

// docs/guide.md as built in (src/CMakeLists.txt): its pictures sit where its relative links
// "../resources/screenshots/…" point, so they resolve inside the resource as on disk.
const QUrl guideUrl(QStringLiteral("qrc:/guide/docs/guide.md"));

} // namespace

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("WaferShare User Guide"));
    mBrowser->setOpenExternalLinks(true);
    mBrowser->setAccessibleName(tr("User guide"));
    mBrowser->setSource(guideUrl, QTextDocument::MarkdownResource);
    mBrowser->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mBrowser);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(900, 760);
}

bool GuideWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The text's width is the viewport's, known once the layout has sized it.
    if (watched == mBrowser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QWidget::eventFilter(watched, event);
}

void GuideWindow::fitPictures()
{
    QTextDocument *document = mBrowser->document();
    const qreal available = mBrowser->viewport()->width() - 2 * document->documentMargin() -
        mBrowser->verticalScrollBar()->sizeHint().width();
    if (available <= 0)
        return;
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            if (!picture.isValid())
                continue;
            // The picture's own size, read from the resource without decoding it.
            const QUrl url = mBrowser->source().resolved(QUrl(picture.name()));
            const QSize natural = QImageReader(QLatin1Char(':') + url.path()).size();
            if (!natural.isValid() || natural.width() <= 0)
                continue;
            const qreal width = std::min<qreal>(natural.width(), available);
            picture.setWidth(width);
            picture.setHeight(natural.height() * width / natural.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

GuideWindow *GuideWindow::showFor(QWidget *owner)
{
    auto *guide = owner->findChild<GuideWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new GuideWindow(owner);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

} // namespace ws
