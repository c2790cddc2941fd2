// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graphlayout.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace ws {

/** Runs one GraphLayout on a worker thread so that a large graph does not freeze the window.
    Single-shot: start() once, then wait for finished(), which arrives on the thread the job
    lives in. cancel() takes effect within milliseconds: Graphviz runs as a child process,
    which it kills (with the library in process, the fallback when Graphviz's tools are
    missing, only between Graphviz's run and our own steps). A cancelled job still finishes,
    with LayoutResult::cancelled. */
class LayoutJob : public QObject
{
    Q_OBJECT

public:
    LayoutJob(LayoutKind kind, QList<LayoutNode> nodes, QList<LayoutEdge> edges,
              QObject *parent = nullptr);
    /** Cancels a running layout and waits for the worker, which reads this job's data: a few
        milliseconds, unless the layout runs in process (see the class). */
    ~LayoutJob() override;

    LayoutKind kind() const { return mKind; }
    bool isRunning() const;

    /** Starts the layout; does nothing the second time. */
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &message);
    void finished(const ws::LayoutResult &result);

private:
    void deliver();

    LayoutKind mKind;
    QList<LayoutNode> mNodes;
    QList<LayoutEdge> mEdges;
    std::atomic_bool mCancel { false };
    LayoutResult mResult; // written by the worker, read after its thread has finished
    QThread *mThread = nullptr;
    QElapsedTimer mTimer;
};

} // namespace ws
