// SPDX-License-Identifier: MIT
// Built from wafershare_cli alone (tests/CMakeLists.txt): the commands that only read or edit
// data work without widgets, Qt Charts and Graphviz, which this process must not even load.
#include "cli/commandline.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace ws;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// CommandLine as main() builds it, less the drawing commands it hands in.
Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code =
        CommandLine(out, err).run(QStringList { QStringLiteral("wafershare") } + arguments);
    out.flush();
    err.flush();
    return result;
}

} // namespace

class TestCommandsAlone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharesReproducesArticle2026();
    void drawingCommandsAreNotHere();
    void loadsNoWidgetsChartsOrGraphviz();

private:
    QTemporaryDir mDir;
};

void TestCommandsAlone::sharesReproducesArticle2026()
{
    QVERIFY(mDir.isValid());
    const QString db = mDir.filePath(QStringLiteral("alone.sqlite"));
    const Run r = run({ QStringLiteral("shares"), QStringLiteral("--db"), db,
                        QStringLiteral("--year"), QStringLiteral("2026") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The article's published 2026 shares of compute wafers (data/reported_value.csv, the same
    // figures tst_commandline checks): Nvidia 55 %, Google 22 %; the model is within a point.
    const QHash<QString, double> published = { { QStringLiteral("Nvidia"), 55 },
                                               { QStringLiteral("Google"), 22 } };
    int matched = 0;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        if (!published.contains(f.value(1)))
            continue;
        QVERIFY2(qAbs(f.value(4).toDouble() - published.value(f.value(1))) <= 1.0,
                 qPrintable(line));
        ++matched;
    }
    QCOMPARE(matched, 2);
}

void TestCommandsAlone::drawingCommandsAreNotHere()
{
    // Without main()'s table the dispatcher knows no drawing command: it reaches none of them.
    const QStringList chart = { QStringLiteral("wafershare"), QStringLiteral("chart") };
    QVERIFY(!CommandLine::handles(chart));
    QVERIFY(!CommandLine::needsWidgets(chart));
    const Run r =
        run({ QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("share") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("unknown command 'chart'")), qPrintable(r.err));
}

void TestCommandsAlone::loadsNoWidgetsChartsOrGraphviz()
{
    // What the dynamic linker mapped into this process, which links wafershare_cli and what it
    // links in turn: a Widgets, Charts or Graphviz library there means the library links one.
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        QSKIP("no /proc/self/maps on this system");
    const QString mapped = QString::fromLocal8Bit(maps.readAll());
    QVERIFY2(mapped.contains(QStringLiteral("libQt6Core.so")), "the maps list no Qt Core");
    const QRegularExpression forbidden(
        QStringLiteral(R"(/lib(Qt6(Widgets|Charts|Svg|PrintSupport)|gvc|cgraph)\.so[^\n]*)"));
    const QRegularExpressionMatch found = forbidden.match(mapped);
    QVERIFY2(!found.hasMatch(), qPrintable(found.captured()));
}

QTEST_GUILESS_MAIN(TestCommandsAlone)
#include "tst_commandsalone.moc"
