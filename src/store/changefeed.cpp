// SPDX-License-Identifier: MIT
#include "changefeed.h"
#include "core/translation.h"

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace ws {

const QString ChangeFeed::channel = QStringLiteral("wafershare_changes");

ChangeFeed::ChangeFeed(QString connectionName, QObject *parent)
    : QObject(parent)
    , mConnectionName(std::move(connectionName))
{
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    if (!SqlDialect::isServer(db))
        return;
    bool ok = false;
    mSeenLogId = latestLogId(&ok);
    subscribe();
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                if (name == channel && source != QSqlDriver::SelfSource)
                    readNewChanges();
            });
    mHeartbeat = new QTimer(this);
    mHeartbeat->setInterval(heartbeatMs);
    connect(mHeartbeat, &QTimer::timeout, this, &ChangeFeed::checkConnection);
    mHeartbeat->start();
}

ChangeFeed::~ChangeFeed() = default;

QString ChangeFeed::announce(QSqlDatabase &db)
{
    if (!SqlDialect::isServer(db))
        return {};
    QSqlQuery notify(db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, '')"));
    notify.addBindValue(channel);
    return notify.exec() ? QString() : notify.lastError().text();
}

void ChangeFeed::subscribe()
{
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    if (!db.driver()->subscribedToNotifications().contains(channel))
        db.driver()->subscribeToNotification(channel);
}

qlonglong ChangeFeed::latestLogId(bool *ok) const
{
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    *ok = query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM edit_log")) && query.next();
    return *ok ? query.value(0).toLongLong() : 0;
}

void ChangeFeed::readNewChanges()
{
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.prepare(QStringLiteral("SELECT id, changed_by, table_name, row_key, field, new_value "
                                 "FROM edit_log WHERE id > ? ORDER BY id"));
    query.addBindValue(mSeenLogId);
    if (!query.exec())
        return; // the heartbeat tells a lost connection
    QList<LoggedChange> changes;
    while (query.next()) {
        LoggedChange change;
        change.id = query.value(0).toLongLong();
        change.changedBy = query.value(1).toString();
        change.table = query.value(2).toString();
        change.rowKey = query.value(3).toString();
        change.field = query.value(4).toString();
        change.newValue = query.value(5).toString();
        mSeenLogId = std::max(mSeenLogId, change.id);
        changes << change;
    }
    // A change that wrote no log row (a copy that replaced the workbook) still changed it.
    if (changes.isEmpty())
        changes << LoggedChange {};
    Q_EMIT changesArrived(changes);
}

void ChangeFeed::checkConnection()
{
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    QSqlQuery ping(db);
    if (mConnected) {
        if (ping.exec(QStringLiteral("SELECT 1")))
            return;
        mConnected = false;
        const QString reason = ping.lastError().text().trimmed();
        Q_EMIT connectionLost(reason.isEmpty() ? tr("the server does not answer") : reason);
        return;
    }
    // Down: try to connect again, with the same address and credentials.
    db.close();
    if (!db.open())
        return;
    mConnected = true;
    subscribe();
    Q_EMIT connectionRestored();
    readNewChanges(); // what colleagues changed meanwhile
}

} // namespace ws
