// SPDX-License-Identifier: MIT
#include "core/domain.h"
#include "core/exposure.h"
#include "core/impact.h"
#include "graph/graphexporter.h"
#include "graph/graphmetrics.h"
#include "graph/supplychainscene.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/commandrun.h"
#include "support/replacesupplychain.h"
#include "support/toolrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

/** What the reader script prints for an attribute: its Python type and its value. */
QJsonArray typed(const char *type, const QJsonValue &value)
{
    return { QString::fromLatin1(type), value };
}

/** GraphML 1.0's structure and attribute schemas with yEd's extension of <data>, written out
    from the specification (tests/data/graphml). */
QString schema()
{
    return QStringLiteral(WS_TEST_DATA_DIR "/graphml/graphml-yed.xsd");
}

// A small file in the form the export writes: two typed keys, yEd's graphics, one edge.
QString smallGraphMl()
{
    return QStringLiteral(WS_TEST_DATA_DIR "/graphml/small-yed.graphml");
}

} // namespace

/** GraphML for Gephi, Cytoscape and yEd: read back by networkx, igraph and xmllint, with the
    exposures and impact checked against figures worked out by hand and against `benefits`. */
class TestGraphMlExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handChainCarriesItsExposuresAndImpact();
    void commandCarriesTheBenefitsRanking();
    void commandRefusesAYearWithoutTheYearBefore();
    void withoutBaseTheGraphIsWrittenWithoutImpact();
    void exposureKeysAreNamesForAnyVendor();
    void schemaRefusesWhatGraphMlForbids_data();
    void schemaRefusesWhatGraphMlForbids();

private:
    /** What the reader script found in @p path; a failure when it could not read it. */
    QJsonObject readBack(const QString &path);

    QTemporaryDir mDir;
    QString mScript;
};

void TestGraphMlExport::initTestCase()
{
    QVERIFY(mDir.isValid());
    mScript = QStringLiteral(WS_SOURCE_DIR "/tests/app/read_graphml.py");
    QVERIFY(QFile::exists(mScript));
}

void TestGraphMlExport::schemaRefusesWhatGraphMlForbids_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("valid as written") << QString() << QString();
    QTest::newRow("edge to a node that is not there")
        << QStringLiteral("target=\"c2\"") << QStringLiteral("target=\"c9\"");
    QTest::newRow("data of an undeclared key")
        << QStringLiteral("<data key=\"weight\">") << QStringLiteral("<data key=\"size\">");
    QTest::newRow("a type GraphML does not have")
        << QStringLiteral("attr.type=\"double\"") << QStringLiteral("attr.type=\"decimal\"");
    QTest::newRow("a key after the graph")
        << QStringLiteral("</graph>")
        << QStringLiteral("</graph><key id=\"late\" for=\"node\" attr.name=\"late\"/>");
    QTest::newRow("graph without edgedefault")
        << QStringLiteral(" edgedefault=\"directed\"") << QString();
    QTest::newRow("foreign element in data")
        << QStringLiteral("<y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode>")
        << QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    QTest::newRow("two nodes with one id")
        << QStringLiteral("<node id=\"c2\">") << QStringLiteral("<node id=\"c1\">");
}

void TestGraphMlExport::schemaRefusesWhatGraphMlForbids()
{
    // The schema check of every export above can fail: each change below breaks one rule of
    // GraphML, and only the unchanged file passes.
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFile small(smallGraphMl());
    QVERIFY(small.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(small.readAll());
    if (!from.isEmpty()) {
        QVERIFY(text.contains(from));
        text.replace(from, to);
    }
    const QString path = mDir.filePath(QStringLiteral("schema-%1.graphml")
                                           .arg(QString::fromUtf8(QTest::currentDataTag()))
                                           .replace(QLatin1Char(' '), QLatin1Char('-')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const test::ToolRun lint =
        test::runTool(QStringLiteral("xmllint"),
                      { QStringLiteral("--noout"), QStringLiteral("--schema"), schema(), path });
    if (from.isEmpty())
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
    else
        QVERIFY2(lint.exitCode > 0, qPrintable(text));
}

QJsonObject TestGraphMlExport::readBack(const QString &path)
{
    // Valid against GraphML 1.0's structure and attribute schemas as yEd extends them (the
    // file's xsi:schemaLocation names yEd's schema, the one that allows its graphics in <data>).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) ||
        !file.readAll().contains("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                                 "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\"")) {
        QTest::qFail("the file names no schema", __FILE__, __LINE__);
        return {};
    }
    const test::ToolRun lint =
        test::runTool(QStringLiteral("xmllint"),
                      { QStringLiteral("--noout"), QStringLiteral("--schema"), schema(), path });
    if (lint.exitCode != 0) {
        QTest::qFail(qPrintable(QStringLiteral("xmllint: ") + lint.err), __FILE__, __LINE__);
        return {};
    }
    const test::ToolRun read = test::runTool(QStringLiteral("/usr/bin/python3"), { mScript, path });
    if (read.exitCode != 0) {
        QTest::qFail(qPrintable(read.err), __FILE__, __LINE__);
        return {};
    }
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(read.out.toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(parsed.errorString()), __FILE__, __LINE__);
    return document.object();
}

void TestGraphMlExport::handChainCarriesItsExposuresAndImpact()
{
    // Two suppliers of Nvidia (vendor 1) and AWS (vendor 3) of the default vendors:
    //   Alpha → Beta 0.5, Beta → Nvidia 0.4, Alpha → Nvidia 0.2, Beta → AWS 0.6.
    // By hand: Alpha reaches Nvidia directly (0.2) and through Beta (0.5 × 0.4 = 0.2), 0.4 in
    // all, and AWS through Beta only (0.5 × 0.6 = 0.3); Beta reaches Nvidia 0.4 and AWS 0.6.
    // With Nvidia growing by 1,000 wafers and AWS by 500: Alpha 0.4 × 1000 + 0.3 × 500 = 550,
    // Beta 0.4 × 1000 + 0.6 × 500 = 700.
    SupplyChain chain;
    const QString alpha = QStringLiteral("Alpha <b>&amp;</b> \"Co\"");
    chain.companies = {
        { 1,
          alpha,
          QStringLiteral("世芯電子"),
          QStringLiteral("3661.TW"),
          QStringLiteral("TW"),
          QStringLiteral("design"),
          {},
          {},
          0 },
        { 2,
          QStringLiteral("Beta"),
          {},
          {},
          QStringLiteral("TW"),
          QStringLiteral("packaging"),
          {},
          {},
          0 },
        { 3,
          QStringLiteral("Nvidia"),
          QStringLiteral("輝達"),
          QStringLiteral("NVDA"),
          QStringLiteral("US"),
          QStringLiteral("vendor"),
          {},
          {},
          1 },
        { 4,
          QStringLiteral("AWS"),
          {},
          QStringLiteral("AMZN"),
          QStringLiteral("US"),
          QStringLiteral("vendor"),
          {},
          {},
          3 },
    };
    chain.relations = {
        { 11, 1, 2, QStringLiteral("supply"), {}, 0.5, 0, {} },
        { 12, 2, 3, QStringLiteral("supply"), {}, 0.4, 0, {} },
        { 13, 1, 3, QStringLiteral("supply"), {}, 0.2, 0, {} },
        { 14, 2, 4, QStringLiteral("supply"), {}, 0.6, 0, {} },
    };
    auto opened = Database::open(mDir.filePath(QStringLiteral("hand.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(test::replaceSupplyChain(opened.database->connection(), chain), QString());
    Workbook workbook(std::move(opened.database));
    SupplyChainScene scene;
    scene.setWorkbook(&workbook);
    scene.cancelLayout();
    scene.relayoutNow();

    const SupplyChain &stored = workbook.supplyChain()->chain();
    const ExposureResult exposure = ExposureAnalysis(stored).compute();
    const QList<BenefitRow> rows =
        ImpactAnalysis::rankBenefits(stored, exposure, { { 1, 1000.0 }, { 3, 500.0 } });
    const GraphMetrics metrics = GraphMetrics::compute(stored, workbook.input().vendors, exposure,
                                                       rows, QStringLiteral("Base"), 2026);
    const QString path = mDir.filePath(QStringLiteral("hand.graphml"));
    QString error;
    QVERIFY2(GraphExporter::writeGraphMl(&scene, path, &error, metrics), qPrintable(error));

    const QJsonObject read = readBack(path);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject nodes = read.value(QStringLiteral("nodes")).toObject();
    QCOMPARE(nodes.keys(),
             QStringList({ QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                           QStringLiteral("c4") }));
    const auto value = [&](const char *node, const char *key) {
        return nodes.value(QLatin1String(node)).toObject().value(QLatin1String(key)).toArray();
    };
    const auto number = [&](const char *node, const char *key) {
        const QJsonArray typed = value(node, key);
        return typed.at(0).toString() == QLatin1String("float") ? typed.at(1).toDouble() : -1e9;
    };
    // Exposures: by hand, and double-typed.
    QCOMPARE(number("c1", "exposure_nvidia"), 0.4);
    QCOMPARE(number("c1", "exposure_aws"), 0.3);
    QCOMPARE(number("c1", "exposure_google"), 0.0);
    QCOMPARE(number("c2", "exposure_nvidia"), 0.4);
    QCOMPARE(number("c2", "exposure_aws"), 0.6);
    QCOMPARE(number("c3", "exposure_nvidia"), 0.0); // a vendor towards itself
    // One column per vendor of the forecast, in its order.
    for (const char *key : { "exposure_nvidia", "exposure_google", "exposure_aws", "exposure_amd",
                             "exposure_microsoft", "exposure_meta", "exposure_others" })
        QVERIFY2(value("c4", key).at(0).toString() == QLatin1String("float"), key);
    QCOMPARE(number("c1", "impact"), 550.0);
    QCOMPARE(number("c2", "impact"), 700.0);
    QVERIFY(value("c3", "impact").isEmpty()); // vendors are not ranked
    QVERIFY(number("c1", "x") > -1e9 && number("c1", "y") > -1e9);
    const QJsonObject graph = read.value(QStringLiteral("graph")).toObject();
    QCOMPARE(graph.value(QStringLiteral("impact_scenario")).toArray(),
             typed("str", QStringLiteral("Base")));
    QCOMPARE(graph.value(QStringLiteral("impact_year")).toArray(), typed("int", 2026));

    // Names, as text, on every node; yEd's label is the name, the box in the tier's colour.
    QCOMPARE(value("c1", "name"), typed("str", alpha));
    QCOMPARE(value("c1", "label"), typed("str", alpha));
    QCOMPARE(value("c1", "name_zh"), typed("str", QStringLiteral("世芯電子")));
    QCOMPARE(value("c1", "tier"), typed("str", QStringLiteral("design")));
    QCOMPARE(value("c1", "country"), typed("str", QStringLiteral("TW")));
    QCOMPARE(value("c1", "ticker"), typed("str", QStringLiteral("3661.TW")));
    const QJsonObject yed = read.value(QStringLiteral("yed")).toObject();
    QCOMPARE(yed.keys(), nodes.keys());
    for (const QString &id : nodes.keys()) {
        const QJsonObject node = nodes.value(id).toObject();
        const QJsonObject box = yed.value(id).toObject();
        QCOMPARE(node.value(QStringLiteral("name")).toArray().at(1).toString(),
                 box.value(QStringLiteral("label")).toString());
        QCOMPARE(node.value(QStringLiteral("label")), node.value(QStringLiteral("name")));
        QVERIFY(box.value(QStringLiteral("width")).toDouble() > 20);
        QVERIFY(box.value(QStringLiteral("height")).toDouble() > 10);
        QCOMPARE(box.value(QStringLiteral("shape")).toString(), QStringLiteral("roundrectangle"));
    }
    QCOMPARE(yed.value(QStringLiteral("c1")).toObject().value(QStringLiteral("fill")).toString(),
             QStringLiteral("#8E6CC9")); // design
    QCOMPARE(yed.value(QStringLiteral("c3")).toObject().value(QStringLiteral("fill")).toString(),
             QStringLiteral("#2F3B4C")); // vendor

    const QJsonObject edges = read.value(QStringLiteral("edges")).toObject();
    QCOMPARE(edges.size(), 4);
    const QJsonObject alphaBeta = edges.value(QStringLiteral("c1>c2")).toObject();
    QCOMPARE(alphaBeta.value(QStringLiteral("weight")).toArray(), typed("float", 0.5));
    QCOMPARE(alphaBeta.value(QStringLiteral("kind")).toArray(),
             typed("str", QStringLiteral("supply")));

    // igraph: the same four companies, named.
    const QJsonObject igraph = read.value(QStringLiteral("igraph")).toObject();
    QCOMPARE(igraph.value(QStringLiteral("vertices")).toInt(), 4);
    QCOMPARE(igraph.value(QStringLiteral("edges")).toInt(), 4);
    const QJsonObject alphaVertex =
        igraph.value(QStringLiteral("vertex")).toObject().value(QStringLiteral("c1")).toObject();
    QCOMPARE(alphaVertex.value(QStringLiteral("name")).toString(), alpha);
    QCOMPARE(alphaVertex.value(QStringLiteral("exposure_nvidia")).toDouble(), 0.4);
    QCOMPARE(alphaVertex.value(QStringLiteral("impact")).toDouble(), 550.0);
}

void TestGraphMlExport::commandCarriesTheBenefitsRanking()
{
    const QString db = mDir.filePath(QStringLiteral("default.sqlite"));
    const QString path = mDir.filePath(QStringLiteral("default.graphml"));
    const test::CommandRun drawn = test::runCommand(
        { QStringLiteral("graph"), QStringLiteral("--db"), db, QStringLiteral("--layout"),
          QStringLiteral("force"), QStringLiteral("--out"), path, QStringLiteral("--scenario"),
          QStringLiteral("AWS upside"), QStringLiteral("--year"), QStringLiteral("2027") });
    QVERIFY2(drawn.code == 0, qPrintable(drawn.err));
    const test::CommandRun ranked = test::runCommand(
        { QStringLiteral("benefits"), QStringLiteral("--db"), db, QStringLiteral("--scenario"),
          QStringLiteral("AWS upside"), QStringLiteral("--year"), QStringLiteral("2027"),
          QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(ranked.code == 0, qPrintable(ranked.err));
    const QJsonArray rows = QJsonDocument::fromJson(ranked.out.toUtf8()).array();
    QVERIFY(rows.size() > 10);

    const QJsonObject read = readBack(path);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject graph = read.value(QStringLiteral("graph")).toObject();
    QCOMPARE(graph.value(QStringLiteral("impact_scenario")).toArray(),
             typed("str", QStringLiteral("AWS upside")));
    QCOMPARE(graph.value(QStringLiteral("impact_year")).toArray(), typed("int", 2027));
    const QJsonObject nodes = read.value(QStringLiteral("nodes")).toObject();
    QCOMPARE(nodes.size(), 31);
    for (const QJsonValue &row : rows) {
        const QJsonObject company = row.toObject();
        const QString id =
            QStringLiteral("c%1").arg(company.value(QStringLiteral("company_id")).toInt());
        const QJsonObject node = nodes.value(id).toObject();
        QCOMPARE(node.value(QStringLiteral("name")).toArray().at(1).toString(),
                 company.value(QStringLiteral("company")).toString());
        const QJsonArray impact = node.value(QStringLiteral("impact")).toArray();
        QCOMPARE(impact.at(0).toString(), QStringLiteral("float"));
        QVERIFY2(std::abs(impact.at(1).toDouble() -
                          company.value(QStringLiteral("impact")).toDouble()) < 0.001,
                 qPrintable(id));
    }
    // Every node named and labelled as text, every exposure a double from 0 up.
    for (const QString &id : nodes.keys()) {
        const QJsonObject node = nodes.value(id).toObject();
        QCOMPARE(node.value(QStringLiteral("name")).toArray().at(0).toString(),
                 QStringLiteral("str"));
        QCOMPARE(node.value(QStringLiteral("label")), node.value(QStringLiteral("name")));
        for (const char *key : { "exposure_nvidia", "exposure_aws", "x", "y" }) {
            const QJsonArray typed = node.value(QLatin1String(key)).toArray();
            QVERIFY2(typed.at(0).toString() == QLatin1String("float"), key);
            QVERIFY(typed.at(1).toDouble() >= 0.0 || key[0] == 'x' || key[0] == 'y');
        }
    }
}

void TestGraphMlExport::commandRefusesAYearWithoutTheYearBefore()
{
    const QString db = mDir.filePath(QStringLiteral("default.sqlite"));
    const QString path = mDir.filePath(QStringLiteral("refused.graphml"));
    for (const char *year : { "1990", "next" }) {
        const test::CommandRun run = test::runCommand(
            { QStringLiteral("graph"), QStringLiteral("--db"), db, QStringLiteral("--out"), path,
              QStringLiteral("--year"), QLatin1String(year) });
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("--year")));
        QVERIFY(!QFile::exists(path));
    }
    const test::CommandRun unknown = test::runCommand(
        { QStringLiteral("graph"), QStringLiteral("--db"), db, QStringLiteral("--out"), path,
          QStringLiteral("--scenario"), QStringLiteral("No such") });
    QCOMPARE(unknown.code, 1);
    QVERIFY(!QFile::exists(path));
}

void TestGraphMlExport::withoutBaseTheGraphIsWrittenWithoutImpact()
{
    // A hand-edited workbook whose root scenario is no longer called Base: the defaults name no
    // scenario, which must not cost the graph (as it did not before GraphML had an impact).
    const QString db = mDir.filePath(QStringLiteral("renamed.sqlite"));
    QCOMPARE(test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), db }).code, 0);
    {
        auto opened = Database::open(db);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE scenario SET name = 'Base' || char(27) WHERE name = 'Base'")));
    }
    const QString path = mDir.filePath(QStringLiteral("renamed.graphml"));
    const test::CommandRun drawn = test::runCommand(
        { QStringLiteral("graph"), QStringLiteral("--db"), db, QStringLiteral("--out"), path });
    QVERIFY2(drawn.code == 0, qPrintable(drawn.err));
    QVERIFY2(drawn.err.contains(QStringLiteral("no impact")), qPrintable(drawn.err));
    const QJsonObject read = readBack(path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        !read.value(QStringLiteral("graph")).toObject().contains(QStringLiteral("impact_year")));
    const QJsonObject nodes = read.value(QStringLiteral("nodes")).toObject();
    QCOMPARE(nodes.size(), 31);
    for (const QString &id : nodes.keys()) {
        const QJsonObject node = nodes.value(id).toObject();
        QVERIFY(!node.contains(QStringLiteral("impact")));
        QCOMPARE(node.value(QStringLiteral("exposure_aws")).toArray().at(0).toString(),
                 QStringLiteral("float"));
    }
    // Asked for by name, the scenario must exist.
    const test::CommandRun asked =
        test::runCommand({ QStringLiteral("graph"), QStringLiteral("--db"), db,
                           QStringLiteral("--out"), mDir.filePath(QStringLiteral("asked.graphml")),
                           QStringLiteral("--scenario"), QStringLiteral("Base") });
    QCOMPARE(asked.code, 1);
}

void TestGraphMlExport::exposureKeysAreNamesForAnyVendor()
{
    const auto vendor = [](int id, const QString &name) {
        Vendor v;
        v.id = id;
        v.name = name;
        return v;
    };
    QStringList taken;
    const auto key = [&](const Vendor &v) {
        taken << GraphMetrics::exposureKey(v, taken);
        return taken.last();
    };
    QCOMPARE(key(vendor(1, QStringLiteral("Nvidia"))), QStringLiteral("exposure_nvidia"));
    QCOMPARE(key(vendor(2, QStringLiteral("Amazon Web Services"))),
             QStringLiteral("exposure_amazon_web_services"));
    QCOMPARE(key(vendor(3, QStringLiteral("<b>AMD</b> & co"))),
             QStringLiteral("exposure_b_amd_b_co"));
    QCOMPARE(key(vendor(4, QStringLiteral("輝達"))), QStringLiteral("exposure_vendor4"));
    QCOMPARE(key(vendor(5, QStringLiteral("NVIDIA"))), QStringLiteral("exposure_vendor5"));
    QCOMPARE(key(vendor(6, QStringLiteral("Vendor 7"))), QStringLiteral("exposure_vendor_7"));
    QCOMPARE(key(vendor(8, QStringLiteral("vendor7"))), QStringLiteral("exposure_vendor7"));
    QCOMPARE(key(vendor(7, QStringLiteral("達"))), QStringLiteral("exposure_vendor7_"));
}

QTEST_MAIN(TestGraphMlExport)
#include "tst_graphmlexport.moc"
