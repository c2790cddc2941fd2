// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QSqlDatabase;
class QTimer;

namespace ws {

/** One line of the audit trail as a colleague's change arrives. */
struct LoggedChange
{
    qlonglong id = 0;
    QString changedBy;
    QString table;
    QString rowKey;
    QString field;
    QString newValue;
};

/** What a workbook on a server hears while it is open: colleagues' changes, told by
    PostgreSQL's LISTEN/NOTIFY the moment they are committed and read from the audit trail, and
    the state of the connection, checked every @c heartbeatMs and re-established when the
    server is back. A file has neither; the feed then stays silent. */
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /** The channel every committed change of a server workbook is announced on. */
    static const QString channel;

    /** How often the connection is checked while nothing arrives. */
    static constexpr int heartbeatMs = 1000;

    /** Listens on the connection named @p connectionName, which must stay open while the
        feed lives. */
    explicit ChangeFeed(QString connectionName, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isConnected() const { return mConnected; }

    /** Sends the notice of a committed change on @p db's transaction (delivered at its
        commit); nothing on a file. Returns an empty string on success. */
    static QString announce(QSqlDatabase &db);

Q_SIGNALS:
    /** Changes other connections committed, oldest first. */
    void changesArrived(const QList<ws::LoggedChange> &changes);
    /** The server cannot be reached; edits must be refused until connectionRestored(). */
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    void subscribe();
    void readNewChanges();
    void checkConnection();
    qlonglong latestLogId(bool *ok) const;

    QString mConnectionName;
    QTimer *mHeartbeat = nullptr;
    qlonglong mSeenLogId = 0;
    bool mConnected = true;
};

} // namespace ws
