// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <unistd.h>

namespace ws::test {

/** A throw-away PostgreSQL server from Debian's packages, for the tests of team workbooks: its
    data and its Unix socket in a scratch folder, no TCP port, trust authentication, fsync off
    (a test's data need not survive a power cut). As root the server runs as the user postgres,
    since PostgreSQL refuses to run as root. Stopped and removed with the object. */
class PostgresServer
{
public:
    /** The folder of initdb and pg_ctl of the newest installed version; empty when the
        server's binaries are not installed. */
    static QString binaryFolder()
    {
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(found.begin(), found.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        for (auto version = found.crbegin(); version != found.crend(); ++version) {
            const QString bin = versions.filePath(*version + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")) &&
                QFile::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        return {};
    }

    PostgresServer() = default;
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;
    ~PostgresServer() { stop(); }

    /** Creates and starts the server with one database, "work"; returns an empty string on
        success, otherwise what failed with the tool's own words. */
    QString start()
    {
        mBin = binaryFolder();
        if (mBin.isEmpty())
            return QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql");
        if (!mFolder.isValid())
            return mFolder.errorString();
        mPort = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(20000));
        const QString data = mFolder.filePath(QStringLiteral("pg"));
        QDir().mkpath(data);
        if (geteuid() == 0) {
            // The server's user must reach the socket folder and own its data folder.
            QFile::setPermissions(mFolder.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                      QFileDevice::ExeGroup);
            if (const QString error =
                    run(QStringLiteral("chown"),
                        { QStringLiteral("postgres"), mFolder.path(), data }, false);
                !error.isEmpty())
                return error;
        }
        QFile::setPermissions(
            data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (QString error = run(mBin + QStringLiteral("/initdb"),
                                { QStringLiteral("-D"), data, QStringLiteral("-A"),
                                  QStringLiteral("trust"), QStringLiteral("-U"),
                                  QStringLiteral("postgres"), QStringLiteral("--no-sync") });
            !error.isEmpty())
            return QStringLiteral("initdb failed: ") + error;
        if (QString error = startAgain(); !error.isEmpty())
            return error;
        return psql({ QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                      QStringLiteral("CREATE DATABASE work") });
    }

    /** Drops the database "work" with every connection to it and creates it empty again;
        returns an empty string on success, otherwise psql's error. */
    QString emptyWorkDatabase() const
    {
        const QString dropped =
            psql({ QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                   QStringLiteral("DROP DATABASE IF EXISTS work WITH (FORCE)") });
        return dropped.isEmpty()
            ? psql({ QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                     QStringLiteral("CREATE DATABASE work") })
            : dropped;
    }

    /** The address of database @p database as user @p user, as a libpq URI. */
    QString uri(const QString &user = QStringLiteral("postgres"),
                const QString &database = QStringLiteral("work")) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
            .arg(user, database, mFolder.path())
            .arg(mPort);
    }

    /** Runs SQL through psql as the superuser, on "work" unless @p arguments name a database;
        returns an empty string on success, otherwise psql's error. */
    QString psql(const QStringList &arguments, QString *output = nullptr) const
    {
        QStringList all = { QStringLiteral("-X"), QStringLiteral("-q"),
                            QStringLiteral("-A"), QStringLiteral("-t"),
                            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                            QStringLiteral("-h"), mFolder.path(),
                            QStringLiteral("-p"), QString::number(mPort),
                            QStringLiteral("-U"), QStringLiteral("postgres") };
        if (!arguments.contains(QStringLiteral("-d")))
            all << QStringLiteral("-d") << QStringLiteral("work");
        return run(QStringLiteral("psql"), all + arguments, false, output);
    }

    /** The one value a query returns, through psql; empty on an error. */
    QString value(const QString &sql) const
    {
        QString output;
        return psql({ QStringLiteral("-c"), sql }, &output).isEmpty() ? output.trimmed()
                                                                      : QString();
    }

    QString folder() const { return mFolder.path(); }

    /** Starts the stopped server again, on the same socket and data. */
    QString startAgain()
    {
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses= -c fsync=off -c full_page_writes=off")
                .arg(mPort)
                .arg(mFolder.path());
        if (QString error = run(
                mBin + QStringLiteral("/pg_ctl"),
                { QStringLiteral("-D"), mFolder.filePath(QStringLiteral("pg")),
                  QStringLiteral("-l"), mFolder.filePath(QStringLiteral("server.log")),
                  QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start") });
            !error.isEmpty())
            return QStringLiteral("the server did not start: ") + error;
        mRunning = true;
        return {};
    }

    void stop()
    {
        if (!mRunning)
            return;
        mRunning = false;
        run(mBin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), mFolder.filePath(QStringLiteral("pg")), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("stop") });
    }

private:
    // Runs a server program as the server's user when we are root, any other directly.
    QString run(const QString &program, const QStringList &arguments, bool asServerUser = true,
                QString *output = nullptr) const
    {
        QProcess process;
        if (asServerUser && geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                        QStringLiteral("--"), program } +
                              arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120'000))
            return program + QStringLiteral(" did not finish: ") + process.errorString();
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError()).trimmed() +
                QStringLiteral(" (exit %1)").arg(process.exitCode());
        return {};
    }

    // In /tmp whatever TMPDIR says: the server's user must reach it (a folder under a private
    // home would not do), and a Unix socket's path must stay short.
    QTemporaryDir mFolder { QStringLiteral("/tmp/ws-pg-XXXXXX") };
    QString mBin;
    int mPort = 0;
    bool mRunning = false;
};

} // namespace ws::test

/** main() of a test that needs a server: it exits with @p skipCode, saying why, when the
    server's binaries are not installed (77 tells CTest the test was skipped). */
#define WS_SERVER_TEST_MAIN(TestClass, Application, skipCode)                                      \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        Application app(argc, argv);                                                               \
        if (ws::test::PostgresServer::binaryFolder().isEmpty()) {                                  \
            std::fprintf(stderr,                                                                   \
                         "SKIP: no PostgreSQL server binaries (Debian package postgresql)\n");     \
            return skipCode;                                                                       \
        }                                                                                          \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
