// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTest>

namespace ws::test {

/** A connection of the test's own to a workbook's file, for reading back what an open Workbook
    wrote there: the document does not hand its store out. Closed when it goes out of scope;
    copies of connection() must not outlive it. */
class FileConnection
{
public:
    explicit FileConnection(const QString &path)
        : mName(QStringLiteral("file connection %1").arg(++count()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
        db.setDatabaseName(path);
        if (!db.open())
            QTest::qFail("the test's own connection to the workbook could not be opened", __FILE__,
                         __LINE__);
    }
    ~FileConnection()
    {
        QSqlDatabase::database(mName, false).close();
        QSqlDatabase::removeDatabase(mName);
    }
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(mName, false); }

private:
    static int &count()
    {
        static int opened = 0;
        return opened;
    }

    QString mName;
};

} // namespace ws::test
