// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral("org.wafershare.WaferShare");
const QString workbookType = QStringLiteral("application/vnd.wafershare.workbook");

struct Finished
{
    bool ran = false;
    int exitCode = -1;
    QString output;
};

Finished run(const QString &program, const QStringList &arguments,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
             int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A bare name is looked up on the PATH the program is given, as a desktop does.
    const QString found = program.contains(u'/')
        ? program
        : QStandardPaths::findExecutable(
              program, environment.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts));
    process.start(found.isEmpty() ? program : found, arguments);
    Finished finished;
    finished.ran =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!finished.ran)
        process.kill();
    finished.exitCode = process.exitCode();
    finished.output = QString::fromUtf8(process.readAll());
    return finished;
}

// The Exec key of a desktop entry split into arguments the way the Desktop Entry Specification
// says: separated by spaces, double quotes around an argument with reserved characters in it.
QStringList execArguments(const QString &exec)
{
    QStringList arguments;
    QString current;
    bool quoted = false, started = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);
        if (quoted && c == u'\\' && i + 1 < exec.size()) {
            current += exec.at(++i);
        } else if (c == u'"') {
            quoted = !quoted;
            started = true;
        } else if (c == u' ' && !quoted) {
            if (started)
                arguments << current;
            current.clear();
            started = false;
        } else {
            current += c;
            started = true;
        }
    }
    if (started)
        arguments << current;
    return arguments;
}

// What a desktop runs for the Exec line: %f replaced by @p file as one argument, or, with no
// file, the field codes for files and URLs left out.
QStringList expandExec(const QStringList &exec, const QString &file)
{
    static const QStringList fileCodes = { QStringLiteral("%f"), QStringLiteral("%F"),
                                           QStringLiteral("%u"), QStringLiteral("%U") };
    QStringList expanded;
    for (const QString &argument : exec) {
        if (fileCodes.contains(argument)) {
            if (!file.isEmpty())
                expanded << file;
        } else {
            expanded << QString(argument).replace(QStringLiteral("%%"), QStringLiteral("%"));
        }
    }
    return expanded;
}

} // namespace

/** The program as the Linux desktop meets it, from its installed files: the desktop entry and
    AppStream metainfo pass their validators, the Exec line starts the program with and without
    a file, and a workbook is known as WaferShare's own type by its content or its name. */
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installedFilesPassTheirValidators();
    void desktopEntryClaimsOnlyTheWorkbookType();
    void execLineStartsTheProgramWithoutAFile();
    void execLineOpensTheFileGiven_data();
    void execLineOpensTheFileGiven();
    void workbookIsKnownByItsContentWhateverItsName();
    void plainSqliteFileIsNotAWorkbook();
    void ownSuffixNamesAWorkbook();

private:
    QString installed(const QString &relative) const { return mPrefix + u'/' + relative; }
    QString desktopEntryValue(const QString &key) const;
    // A fresh home for one start of the program, with the installed program first on PATH.
    QProcessEnvironment freshHome(const QString &name) const;
    QString settingsFile(const QString &home) const;

    QTemporaryDir mDir;
    QString mPrefix;
    QString mWorkbook; // made by the installed program, a WaferShare workbook
    QProcessEnvironment mSystemEnvironment; // before this test points XDG_DATA_DIRS elsewhere
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(mDir.isValid());
    mSystemEnvironment = QProcessEnvironment::systemEnvironment();
    mPrefix = mDir.filePath(QStringLiteral("prefix"));
    const Finished install = run(QStringLiteral(WS_CMAKE_COMMAND),
                                 { QStringLiteral("--install"), QStringLiteral(WS_BUILD_DIR),
                                   QStringLiteral("--prefix"), mPrefix });
    QVERIFY2(install.ran && install.exitCode == 0, qPrintable(install.output));
    QVERIFY2(QFile::exists(installed(QStringLiteral("share/mime/packages/") + appId +
                                     QStringLiteral(".xml"))),
             "the MIME package is not installed");

    // One MIME database, as the package's lands beside shared-mime-info's own in
    // /usr/share/mime/packages and one cache is built from both; Qt's QMimeDatabase (read for
    // the first time below) is pointed at it alone. (Qt 6.4 takes the magic match of the last
    // MIME folder that has one, not the one of highest priority, so a user's folder in front
    // of /usr/share would lose to the plain SQLite type; one cache sorts them by priority.)
    const QString packages = installed(QStringLiteral("share/mime/packages"));
    const QDir systemPackages(QStringLiteral("/usr/share/mime/packages"));
    const QStringList systemFiles = systemPackages.entryList({ QStringLiteral("*.xml") });
    QVERIFY2(systemFiles.contains(QStringLiteral("freedesktop.org.xml")),
             "shared-mime-info is not installed (scripts/install-deps)");
    for (const QString &file : systemFiles)
        QVERIFY(QFile::copy(systemPackages.filePath(file), packages + u'/' + file));
    const Finished update =
        run(QStringLiteral("update-mime-database"), { installed(QStringLiteral("share/mime")) },
            mSystemEnvironment, 120000);
    QVERIFY2(update.ran && update.exitCode == 0,
             qPrintable(
                 QStringLiteral("update-mime-database (shared-mime-info, scripts/install-deps): ") +
                 update.output));
    qputenv("XDG_DATA_HOME", QFile::encodeName(installed(QStringLiteral("share"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(installed(QStringLiteral("share"))));

    // A workbook as the program makes it: its default one, on a first start.
    const QProcessEnvironment home = freshHome(QStringLiteral("first"));
    const Finished first =
        run(QStringLiteral("wafershare"), { QStringLiteral("--quit-after-show") }, home);
    QVERIFY2(first.ran && first.exitCode == 0, qPrintable(first.output));
    mWorkbook = home.value(QStringLiteral("XDG_DATA_HOME")) +
        QStringLiteral("/WaferShare/WaferShare/wafershare.sqlite");
    QVERIFY2(QFile::exists(mWorkbook), qPrintable(mWorkbook));
}

QProcessEnvironment TestDesktopIntegration::freshHome(const QString &name) const
{
    const QString home = mDir.filePath(QStringLiteral("home-") + name);
    QDir().mkpath(home + QStringLiteral("/config"));
    QDir().mkpath(home + QStringLiteral("/data"));
    QProcessEnvironment environment = mSystemEnvironment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("PATH"),
                       installed(QStringLiteral("bin")) + u':' +
                           environment.value(QStringLiteral("PATH")));
    return environment;
}

QString TestDesktopIntegration::settingsFile(const QString &home) const
{
    return home + QStringLiteral("/WaferShare/WaferShare.conf");
}

QString TestDesktopIntegration::desktopEntryValue(const QString &key) const
{
    QFile entry(
        installed(QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop")));
    if (!entry.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString prefix = key + u'=';
    for (const QString &line : QString::fromUtf8(entry.readAll()).split(u'\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

void TestDesktopIntegration::installedFilesPassTheirValidators()
{
    const Finished desktop = run(
        QStringLiteral("desktop-file-validate"),
        { installed(QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop")) });
    QVERIFY2(desktop.ran, "desktop-file-validate (desktop-file-utils) did not run");
    QVERIFY2(desktop.exitCode == 0 && desktop.output.trimmed().isEmpty(),
             qPrintable(desktop.output));

    const Finished metainfo = run(
        QStringLiteral("appstreamcli"),
        { QStringLiteral("validate"), QStringLiteral("--no-net"),
          installed(QStringLiteral("share/metainfo/") + appId + QStringLiteral(".metainfo.xml")) });
    QVERIFY2(metainfo.ran, "appstreamcli (appstream) did not run");
    QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.output));
}

void TestDesktopIntegration::desktopEntryClaimsOnlyTheWorkbookType()
{
    QCOMPARE(desktopEntryValue(QStringLiteral("MimeType")), workbookType + u';');
    QCOMPARE(desktopEntryValue(QStringLiteral("Exec")), QStringLiteral("wafershare %f"));
}

void TestDesktopIntegration::execLineStartsTheProgramWithoutAFile()
{
    const QStringList command =
        expandExec(execArguments(desktopEntryValue(QStringLiteral("Exec"))), {});
    QCOMPARE(command, QStringList { QStringLiteral("wafershare") });

    const QProcessEnvironment home = freshHome(QStringLiteral("menu"));
    const Finished started =
        run(command.first(), command.mid(1) << QStringLiteral("--quit-after-show"), home);
    QVERIFY2(started.ran, qPrintable(started.output));
    QVERIFY2(started.exitCode == 0, qPrintable(started.output));
    // With no file, the default workbook, made on this first start.
    const QString expected = home.value(QStringLiteral("XDG_DATA_HOME")) +
        QStringLiteral("/WaferShare/WaferShare/wafershare.sqlite");
    QVERIFY2(QFile::exists(expected), qPrintable(expected));
}

void TestDesktopIntegration::execLineOpensTheFileGiven_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("plain/book.wafershare");
    QTest::newRow("spaces and Chinese")
        << QStringLiteral("世芯電子 季度/晶圓 占比 2026.wafershare");
    QTest::newRow("other suffix") << QStringLiteral("older/book.sqlite");
}

void TestDesktopIntegration::execLineOpensTheFileGiven()
{
    QFETCH(QString, name);
    const QString file = mDir.filePath(QStringLiteral("files/") + name);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QVERIFY(QFile::copy(mWorkbook, file));

    const QStringList command =
        expandExec(execArguments(desktopEntryValue(QStringLiteral("Exec"))), file);
    QCOMPARE(command, (QStringList { QStringLiteral("wafershare"), file }));

    const QProcessEnvironment home = freshHome(QString::number(qHash(name)));
    const Finished started =
        run(command.first(), command.mid(1) << QStringLiteral("--quit-after-show"), home);
    QVERIFY2(started.ran, qPrintable(started.output));
    QVERIFY2(started.exitCode == 0, qPrintable(started.output));

    // The file opened is the first of the recent workbooks, and no default workbook was made.
    QSettings settings(settingsFile(home.value(QStringLiteral("XDG_CONFIG_HOME"))),
                       QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("recentWorkbooks")).toStringList(),
             QStringList { file });
    QVERIFY(!QFile::exists(home.value(QStringLiteral("XDG_DATA_HOME")) +
                           QStringLiteral("/WaferShare/WaferShare/wafershare.sqlite")));
}

void TestDesktopIntegration::workbookIsKnownByItsContentWhateverItsName()
{
    // The workbook's header as SQLite documents it: the application_id, big-endian, at byte 68.
    QFile workbook(mWorkbook);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    const QByteArray header = workbook.read(100);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(header.mid(68, 4), QByteArray("WAFR"));

    const QString renamed = mDir.filePath(QStringLiteral("x.sqlite"));
    QVERIFY(QFile::copy(mWorkbook, renamed));
    const QString unnamed = mDir.filePath(QStringLiteral("no-suffix"));
    QVERIFY(QFile::copy(mWorkbook, unnamed));
    const QMimeDatabase mime;
    QCOMPARE(mime.mimeTypeForFile(renamed).name(), workbookType);
    QCOMPARE(mime.mimeTypeForFile(unnamed).name(), workbookType);
    QVERIFY(mime.mimeTypeForName(workbookType).inherits(QStringLiteral("application/vnd.sqlite3")));
}

void TestDesktopIntegration::plainSqliteFileIsNotAWorkbook()
{
    const QString plain = mDir.filePath(QStringLiteral("plain.sqlite"));
    const Finished made =
        run(QStringLiteral("sqlite3"),
            { plain, QStringLiteral("CREATE TABLE t(a); INSERT INTO t VALUES (1);") });
    QVERIFY2(made.ran && made.exitCode == 0, qPrintable(made.output));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(plain).name(),
             QStringLiteral("application/vnd.sqlite3"));

    // SQLite's header with another application's id at byte 68 is not a workbook either.
    const QString other = mDir.filePath(QStringLiteral("other.sqlite"));
    const Finished otherMade =
        run(QStringLiteral("sqlite3"),
            { other, QStringLiteral("PRAGMA application_id = 1463895635; CREATE TABLE t(a);") });
    QVERIFY2(otherMade.ran && otherMade.exitCode == 0, qPrintable(otherMade.output));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(other).name(),
             QStringLiteral("application/vnd.sqlite3"));
}

void TestDesktopIntegration::ownSuffixNamesAWorkbook()
{
    const QString named = mDir.filePath(QStringLiteral("named.wafershare"));
    QVERIFY(QFile::copy(mWorkbook, named));
    const QMimeDatabase mime;
    QCOMPARE(mime.mimeTypeForFile(named).name(), workbookType);
    // By its name alone, as a save dialog sees a file not written yet.
    QCOMPARE(mime.mimeTypeForFile(mDir.filePath(QStringLiteral("new.wafershare")),
                                  QMimeDatabase::MatchExtension)
                 .name(),
             workbookType);
    QCOMPARE(mime.mimeTypeForName(workbookType).preferredSuffix(), QStringLiteral("wafershare"));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
