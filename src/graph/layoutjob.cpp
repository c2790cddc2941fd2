// SPDX-License-Identifier: MIT
#include "layoutjob.h"

#include <QLocale>
#include <QThread>

namespace ws {

LayoutJob::LayoutJob(LayoutKind kind, QList<LayoutNode> nodes, QList<LayoutEdge> edges,
                     QObject *parent)
    : QObject(parent)
    , mKind(kind)
    , mNodes(std::move(nodes))
    , mEdges(std::move(edges))
{
    // finished() may be connected across threads, which needs the type registered.
    qRegisterMetaType<ws::LayoutResult>();
}

LayoutJob::~LayoutJob()
{
    if (mThread) {
        mCancel = true;
        mThread->wait();
    }
}

bool LayoutJob::isRunning() const
{
    return mThread && mThread->isRunning();
}

void LayoutJob::start()
{
    if (mThread)
        return;
    Q_EMIT progress(tr("Laying out %1 companies…").arg(QLocale().toString(mNodes.size())));
    mTimer.start();
    mThread =
        QThread::create([this] { mResult = GraphLayout::run(mKind, mNodes, mEdges, &mCancel); });
    mThread->setObjectName(QStringLiteral("LayoutJob"));
    mThread->setParent(this);
    // The context object makes this a queued call on the job's own thread.
    connect(mThread, &QThread::finished, this, &LayoutJob::deliver);
    mThread->start();
}

void LayoutJob::cancel()
{
    mCancel = true;
}

void LayoutJob::deliver()
{
    const QString seconds = QLocale().toString(mTimer.elapsed() / 1000.0, 'f', 1);
    if (mResult.cancelled)
        Q_EMIT progress(tr("Layout cancelled."));
    else if (!mResult.error.isEmpty())
        Q_EMIT progress(tr("Layout failed: %1").arg(mResult.error));
    else
        Q_EMIT progress(tr("Laid out %1 companies in %2 s.")
                            .arg(QLocale().toString(mResult.positions.size()), seconds));
    Q_EMIT finished(mResult);
}

} // namespace ws
