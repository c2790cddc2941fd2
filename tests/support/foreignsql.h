// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace ws::test {

/** Runs @p statements on a plain SQLite connection of the test's own, as another program would
    change a workbook behind WaferShare's back. Fails the calling test on the first statement
    SQLite refuses. */
inline void runForeign(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace ws::test
