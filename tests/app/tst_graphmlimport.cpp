// SPDX-License-Identifier: MIT
#include "desktop/graphmlimportwizard.h"
#include "models/workbook.h"
#include "support/commandrun.h"
#include "support/fileconnection.h"
#include "support/toolrun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

// A GraphML file with the given keys and graph body, in GraphML's namespace and yEd's.
QByteArray graphMl(const QString &keys, const QString &body,
                   const QString &edgeDefault = QStringLiteral("directed"))
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                          "xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
                          "%1\n<graph id=\"G\" edgedefault=\"%3\">\n%2\n</graph>\n</graphml>\n")
        .arg(keys, body, edgeDefault)
        .toUtf8();
}

// The keys networkx writes for string name, label and tier attributes and a double weight.
const QString plainKeys =
    QStringLiteral("<key id=\"d0\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                   "<key id=\"d1\" for=\"node\" attr.name=\"tier\" attr.type=\"string\"/>\n"
                   "<key id=\"d2\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n"
                   "<key id=\"d3\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                   "<key id=\"d4\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>");

} // namespace

/** `wafershare import --graphml`: companies and relations from GraphML as networkx, yEd, Gephi
    and WaferShare itself write it, matched by id then by name, all or nothing with the checks of
    a CSV import, and hostile or malformed files refused. */
class TestGraphMlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void networkxDiGraphAddsWhatItHolds();
    void ownExportImportsBackWithoutAChange();
    void ownExportEditedInNetworkxAddsOnlyTheEdit();
    void specFormatOfTheSameWorkbookChangesNothing();
    void yedLabelsGiveTheNames();
    void gephiLabelsGiveTheNamesAndExtrasAreIgnored();
    void matchesByIdThenByName();
    void oneBadItemWritesNothing_data();
    void oneBadItemWritesNothing();
    void refusesTheSameRowsWithTheSameMessagesAsCsv_data();
    void refusesTheSameRowsWithTheSameMessagesAsCsv();
    void hostileTextStaysLiteral();
    void refusesFilesThatAreNotAFlatDirectedGraph_data();
    void refusesFilesThatAreNotAFlatDirectedGraph();
    void refusesAFileTooLargeBeforeReadingIt();
    void wizardShowsProblemsThenImports();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const;
    test::CommandRun import(const QString &file, bool dryRun = false) const;
    QVariant scalar(const QString &sql) const;
    QByteArray checksum() const;
    /** Runs @p script with Debian's Python (networkx); fails the test when it does not end well. */
    bool runPython(const QString &script) const;

    QTemporaryDir mDir;
    QString mDb;
};

void TestGraphMlImport::init()
{
    QVERIFY(mDir.isValid());
    mDb = path(QStringLiteral("wb-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(mDb);
    // A fresh default workbook: `check` creates it from the default data set.
    const test::CommandRun created =
        test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), mDb });
    QVERIFY2(QFile::exists(mDb), qPrintable(created.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM company")).toInt(), 31);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM relation")).toInt(), 42);
}

QString TestGraphMlImport::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QTest::qFail("cannot write a test file", __FILE__, __LINE__);
    return file.fileName();
}

test::CommandRun TestGraphMlImport::import(const QString &file, bool dryRun) const
{
    QStringList arguments = { QStringLiteral("import"), QStringLiteral("--graphml"), file,
                              QStringLiteral("--db"), mDb };
    if (dryRun)
        arguments << QStringLiteral("--dry-run");
    return test::runCommand(arguments);
}

QVariant TestGraphMlImport::scalar(const QString &sql) const
{
    const test::FileConnection file(mDb);
    QSqlQuery query(file.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QByteArray TestGraphMlImport::checksum() const
{
    const test::FileConnection file(mDb);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : { "company", "relation", "node_position", "edit_log" }) {
        QSqlQuery query(file.connection());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (query.next()) {
            for (int c = 0; c < query.record().count(); ++c) {
                hash.addData(QByteArray(query.value(c).typeName()));
                hash.addData(query.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

bool TestGraphMlImport::runPython(const QString &script) const
{
    const test::ToolRun ran = test::runTool(python, { QStringLiteral("-c"), script });
    if (ran.exitCode != 0)
        qWarning().noquote() << "python:" << ran.err;
    return ran.exitCode == 0;
}

void TestGraphMlImport::networkxDiGraphAddsWhatItHolds()
{
    // Two new companies, one that is TSMC by name (unchanged), and two new relations; networkx
    // names its keys d0, d1…, and writes the integer weight as an int.
    const QString file = path(QStringLiteral("networkx.graphml"));
    QVERIFY(runPython(QStringLiteral(R"(
import networkx as nx
g = nx.DiGraph()
g.add_node("n1", name="Ibiden Test", label="Ibiden Test", tier="substrate", country="JP",
           name_zh="揖斐電測試")
g.add_node("n2", name="TSMC", label="TSMC", tier="foundry", country="TW")
g.add_node("Kinsus Test", tier="substrate", country="TW")
g.add_edge("n1", "n2", weight=0.25, kind="substrate", product="ABF substrates")
g.add_edge("Kinsus Test", "n2", weight=1, kind="substrate")
nx.write_graphml(g, %1)
)")
                          .arg(QLatin1Char('"') + file + QLatin1Char('"'))));

    const test::CommandRun dry = import(file, true);
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("companies: 2 added, 0 updated, 1 unchanged; "
                                             "relations: 2 added, 0 updated, 0 unchanged")),
             qPrintable(dry.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM company")).toInt(), 31);

    const test::CommandRun done = import(file);
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM company")).toInt(), 33);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM relation")).toInt(), 44);
    QCOMPARE(scalar(QStringLiteral("SELECT tier || '|' || country || '|' || name_zh FROM company "
                                   "WHERE name = 'Ibiden Test'"))
                 .toString(),
             QStringLiteral("substrate|JP|揖斐電測試"));
    // A node named by its id only.
    QCOMPARE(scalar(QStringLiteral("SELECT tier || '|' || country FROM company "
                                   "WHERE name = 'Kinsus Test'"))
                 .toString(),
             QStringLiteral("substrate|TW"));
    // Both supply TSMC (company 2), which is still the one TSMC.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM company WHERE name = 'TSMC'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT r.kind || '|' || r.product || '|' || r.weight FROM "
                                   "relation r JOIN company s ON s.id = r.supplier_id WHERE "
                                   "s.name = 'Ibiden Test' AND r.customer_id = 2"))
                 .toString(),
             QStringLiteral("substrate|ABF substrates|0.25"));
    QCOMPARE(scalar(QStringLiteral("SELECT r.weight FROM relation r JOIN company s ON s.id = "
                                   "r.supplier_id WHERE s.name = 'Kinsus Test' AND "
                                   "r.customer_id = 2"))
                 .toDouble(),
             1.0);
    // The audit trail has the import, once per table.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM edit_log WHERE field = 'import' AND "
                                   "row_key = 'networkx.graphml'"))
                 .toInt(),
             2);

    // Imported again, it is all there already.
    const test::CommandRun again = import(file, true);
    QVERIFY2(again.out.contains(QStringLiteral("companies: 0 added, 0 updated, 3 unchanged; "
                                               "relations: 0 added, 0 updated, 2 unchanged")),
             qPrintable(again.out));
}

void TestGraphMlImport::ownExportImportsBackWithoutAChange()
{
    // Whatever the exporter writes now (the label only, or the shared format with name, label
    // and yEd's graphics), its own workbook reads it back as it is.
    const QString file = path(QStringLiteral("own.graphml"));
    const test::CommandRun exported = test::runCommand(
        { QStringLiteral("graph"), QStringLiteral("--db"), mDb, QStringLiteral("--out"), file });
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    const QByteArray before = checksum();

    const test::CommandRun dry = import(file, true);
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral(": 0 change(s) checked")), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QStringLiteral("companies: 0 added, 0 updated, 31 unchanged; "
                                             "relations: 0 added, 0 updated, 42 unchanged")),
             qPrintable(dry.out));
    // The layout is no field of a company.
    QVERIFY2(dry.out.contains(QStringLiteral("attributes ignored: x, y")), qPrintable(dry.out));

    const test::CommandRun done = import(file);
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QStringLiteral("no changes")), qPrintable(done.out));
    QCOMPARE(checksum(), before);
}

void TestGraphMlImport::ownExportEditedInNetworkxAddsOnlyTheEdit()
{
    // The analyst's round trip: read the export with networkx, add a supplier, save. networkx
    // keeps each edge's XML id ("r2") as an attribute named id and writes it back as data, so
    // the 42 relations come back with id data "r1"…"r42" and must still be themselves.
    const QString exported = path(QStringLiteral("exported.graphml"));
    const QString edited = path(QStringLiteral("edited.graphml"));
    const test::CommandRun wrote =
        test::runCommand({ QStringLiteral("graph"), QStringLiteral("--db"), mDb,
                           QStringLiteral("--out"), exported });
    QVERIFY2(wrote.code == 0, qPrintable(wrote.err));
    QVERIFY(runPython(QStringLiteral(R"(
import networkx as nx
g = nx.read_graphml(%1)
assert g.edges["c1", "c19"]["id"] == "r2"
g.add_node("new", name="Edited Supplier", tier="substrate", country="TW")
g.add_edge("new", "c1", kind="substrate", weight=0.2)
nx.write_graphml(g, %2)
)")
                          .arg(QLatin1Char('"') + exported + QLatin1Char('"'),
                               QLatin1Char('"') + edited + QLatin1Char('"'))));

    const test::CommandRun done = import(edited);
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QStringLiteral("companies: 1 added, 0 updated, 31 unchanged; "
                                              "relations: 1 added, 0 updated, 42 unchanged")),
             qPrintable(done.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM relation")).toInt(), 43);
    // Relation 2 is still Alchip's design service for AWS (company 1 to 19), and the new supplier's
    // edge got the next free id.
    QCOMPARE(scalar(QStringLiteral("SELECT supplier_id || '>' || customer_id FROM relation "
                                   "WHERE id = 2"))
                 .toString(),
             QStringLiteral("1>19"));
    QCOMPARE(scalar(QStringLiteral("SELECT r.id || '|' || r.customer_id FROM relation r JOIN "
                                   "company s ON s.id = r.supplier_id WHERE s.name = "
                                   "'Edited Supplier'"))
                 .toString(),
             QStringLiteral("43|1"));
}

void TestGraphMlImport::specFormatOfTheSameWorkbookChangesNothing()
{
    // The shared format (name and label, yEd's graphics holding the name, exposures, graph-level
    // keys), written here from the workbook read by sqlite through Python, not by the exporter.
    const QString file = path(QStringLiteral("spec.graphml"));
    QVERIFY(runPython(QStringLiteral(R"(
import sqlite3
from xml.sax.saxutils import escape
db = sqlite3.connect(%1)
out = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
       'xmlns:y="http://www.yworks.com/xml/graphml">']
node_keys = [("name", "string"), ("label", "string"), ("name_zh", "string"),
             ("ticker", "string"), ("country", "string"), ("tier", "string"), ("x", "double"),
             ("y", "double"), ("exposure_nvidia", "double"), ("exposure_google", "double"),
             ("exposure_aws", "double"), ("exposure_amd", "double"), ("impact", "double")]
for name, kind in node_keys:
    out.append('<key id="%s" for="node" attr.name="%s" attr.type="%s"/>' % (name, name, kind))
out.append('<key id="impact_scenario" for="graph" attr.name="impact_scenario" attr.type="string"/>')
out.append('<key id="impact_year" for="graph" attr.name="impact_year" attr.type="int"/>')
out.append('<key id="graphics" for="node" yfiles.type="nodegraphics"/>')
for name, kind in [("kind", "string"), ("product", "string"), ("weight", "double")]:
    out.append('<key id="%s" for="edge" attr.name="%s" attr.type="%s"/>' % (name, name, kind))
out.append('<graph id="supply_chain" edgedefault="directed">')
out.append('<data key="impact_scenario">Base</data><data key="impact_year">2026</data>')
for i, name, zh, ticker, country, tier in db.execute(
        "SELECT id, name, name_zh, ticker, country, tier FROM company ORDER BY id"):
    out.append('<node id="c%d">' % i)
    for key, value in [("name", name), ("label", name), ("name_zh", zh), ("ticker", ticker),
                       ("country", country), ("tier", tier), ("x", "%.1f" % (i * 10.0)),
                       ("y", "0.0"), ("exposure_nvidia", "0.250000"),
                       ("exposure_google", "0.000000"), ("exposure_aws", "0.500000"),
                       ("exposure_amd", "0.000000"), ("impact", "12.5")]:
        out.append('<data key="%s">%s</data>' % (key, escape(value or "")))
    out.append('<data key="graphics"><y:ShapeNode><y:Geometry x="0" y="0" width="80" '
               'height="30"/><y:Fill color="#AABBCC" transparent="false"/>'
               '<y:BorderStyle color="#000000" type="line" width="1.0"/>'
               '<y:NodeLabel>%s</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode>'
               '</data>' % escape(name))
    out.append('</node>')
for i, s, c, kind, product, weight in db.execute(
        "SELECT id, supplier_id, customer_id, kind, product, weight FROM relation ORDER BY id"):
    out.append('<edge id="r%d" source="c%d" target="c%d">' % (i, s, c))
    out.append('<data key="kind">%s</data><data key="product">%s</data>'
               '<data key="weight">%.6f</data>' % (escape(kind or ""), escape(product or ""), weight))
    out.append('</edge>')
out.append('</graph></graphml>')
open(%2, "w", encoding="utf-8").write("\n".join(out))
)")
                          .arg(QLatin1Char('"') + mDb + QLatin1Char('"'),
                               QLatin1Char('"') + file + QLatin1Char('"'))));
    const QByteArray before = checksum();
    const test::CommandRun dry = import(file, true);
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral("companies: 0 added, 0 updated, 31 unchanged; "
                                             "relations: 0 added, 0 updated, 42 unchanged")),
             qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QStringLiteral("attributes ignored: x, y, exposure_nvidia, "
                                             "exposure_google, exposure_aws, exposure_amd, "
                                             "impact, impact_scenario, impact_year")),
             qPrintable(dry.out));
    QCOMPARE(import(file).code, 0);
    QCOMPARE(checksum(), before);
}

void TestGraphMlImport::yedLabelsGiveTheNames()
{
    // yEd keeps names in its graphics only; a newer yEd puts the label's model after its text.
    const QByteArray bytes = graphMl(
        QStringLiteral("<key for=\"node\" id=\"d4\" yfiles.type=\"nodegraphics\"/>\n"
                       "<key for=\"edge\" id=\"d8\" yfiles.type=\"edgegraphics\"/>\n"
                       "<key attr.name=\"tier\" attr.type=\"string\" for=\"node\" id=\"d5\"/>\n"
                       "<key attr.name=\"weight\" attr.type=\"double\" for=\"edge\" id=\"d7\"/>"),
        QStringLiteral(
            "<node id=\"n0\"><data key=\"d4\"><y:ShapeNode><y:Geometry height=\"30.0\" "
            "width=\"30.0\" x=\"1.0\" y=\"2.0\"/><y:NodeLabel>TSMC</y:NodeLabel>"
            "</y:ShapeNode></data></node>\n"
            "<node id=\"n1\"><data key=\"d5\">substrate</data><data key=\"d4\"><y:ShapeNode>"
            "<y:Geometry height=\"30.0\" width=\"30.0\" x=\"1.0\" y=\"2.0\"/>"
            "<y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\"> Brand New Substrate "
            "<y:LabelModel><y:SmartNodeLabelModel distance=\"4.0\"/></y:LabelModel>"
            "<y:ModelParameter><y:SmartNodeLabelModelParameter labelRatioX=\"0.0\"/>"
            "</y:ModelParameter></y:NodeLabel></y:ShapeNode></data></node>\n"
            "<edge id=\"e0\" source=\"n1\" target=\"n0\"><data key=\"d7\">0.3</data>"
            "<data key=\"d8\"><y:PolyLineEdge><y:Arrows source=\"none\" target=\"standard\"/>"
            "</y:PolyLineEdge></data></edge>"));
    const test::CommandRun done = import(write(QStringLiteral("yed.graphml"), bytes));
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QStringLiteral("companies: 1 added, 0 updated, 1 unchanged")),
             qPrintable(done.out));
    QCOMPARE(scalar(QStringLiteral("SELECT tier FROM company WHERE name = 'Brand New Substrate'"))
                 .toString(),
             QStringLiteral("substrate"));
    QCOMPARE(scalar(QStringLiteral("SELECT r.weight FROM relation r JOIN company s ON s.id = "
                                   "r.supplier_id WHERE s.name = 'Brand New Substrate' AND "
                                   "r.customer_id = 2"))
                 .toDouble(),
             0.3);
}

void TestGraphMlImport::gephiLabelsGiveTheNamesAndExtrasAreIgnored()
{
    // Gephi's own key ids and attributes: the label, its colours, size and position.
    const QByteArray bytes = graphMl(
        QStringLiteral("<key attr.name=\"label\" attr.type=\"string\" for=\"node\" id=\"label\"/>\n"
                       "<key attr.name=\"weight\" attr.type=\"double\" for=\"edge\" "
                       "id=\"weight\"/>\n"
                       "<key attr.name=\"tier\" attr.type=\"string\" for=\"node\" id=\"tier\"/>\n"
                       "<key attr.name=\"r\" attr.type=\"int\" for=\"node\" id=\"r\"/>\n"
                       "<key attr.name=\"size\" attr.type=\"float\" for=\"node\" id=\"size\"/>\n"
                       "<key attr.name=\"Edge Label\" attr.type=\"string\" for=\"edge\" "
                       "id=\"edgelabel\"/>"),
        QStringLiteral(
            "<node id=\"0\"><data key=\"label\">Gephi Cooling</data><data key=\"tier\">thermal"
            "</data><data key=\"r\">153</data><data key=\"size\">10.0</data></node>\n"
            "<node id=\"1\"><data key=\"label\">Wiwynn</data><data key=\"r\">12</data></node>\n"
            "<edge id=\"0\" source=\"0\" target=\"1\"><data key=\"weight\">1.0E-2</data>"
            "<data key=\"edgelabel\">x</data></edge>"));
    const test::CommandRun done = import(write(QStringLiteral("gephi.graphml"), bytes));
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QStringLiteral("companies: 1 added, 0 updated, 1 unchanged; "
                                              "relations: 1 added")),
             qPrintable(done.out));
    QVERIFY2(done.out.contains(QStringLiteral("attributes ignored: r, size, Edge Label")),
             qPrintable(done.out));
    // Wiwynn is company 8.
    QCOMPARE(scalar(QStringLiteral("SELECT r.weight FROM relation r JOIN company s ON s.id = "
                                   "r.supplier_id WHERE s.name = 'Gephi Cooling' AND s.tier = "
                                   "'thermal' AND r.customer_id = 8"))
                 .toDouble(),
             0.01);
}

void TestGraphMlImport::matchesByIdThenByName()
{
    // c2 is TSMC renamed; a node of another id whose name is ASE's (company 3) is ASE; a
    // relation r1 (Annapurna Labs → AWS) gets a new weight by its id.
    const QByteArray bytes = graphMl(
        plainKeys,
        QStringLiteral("<node id=\"c2\"><data key=\"d0\">TSMC Renamed</data></node>\n"
                       "<node id=\"n77\"><data key=\"d0\">ASE</data>"
                       "<data key=\"d2\">XX</data></node>\n"
                       "<node id=\"c13\"/><node id=\"c19\"/>\n"
                       "<edge id=\"r1\" source=\"c13\" target=\"c19\"><data key=\"d3\">0.75</data>"
                       "</edge>"));
    const test::CommandRun done = import(write(QStringLiteral("match.graphml"), bytes));
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QStringLiteral("companies: 0 added, 2 updated, 2 unchanged; "
                                              "relations: 0 added, 1 updated, 0 unchanged")),
             qPrintable(done.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM company")).toInt(), 31);
    QCOMPARE(scalar(QStringLiteral("SELECT name || '|' || tier || '|' || country || '|' || ticker "
                                   "FROM company WHERE id = 2"))
                 .toString(),
             QStringLiteral("TSMC Renamed|foundry|TW|2330.TW"));
    // ASE's country changed; its tier and ticker, absent from the file, did not.
    QCOMPARE(scalar(QStringLiteral("SELECT name || '|' || tier || '|' || country || '|' || ticker "
                                   "FROM company WHERE id = 3"))
                 .toString(),
             QStringLiteral("ASE|packaging|XX|3711.TW"));
    QCOMPARE(scalar(QStringLiteral("SELECT supplier_id || '|' || customer_id || '|' || kind || "
                                   "'|' || weight FROM relation WHERE id = 1"))
                 .toString(),
             QStringLiteral("13|19|design|0.75"));
    // Nothing the file leaves out is removed.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM relation")).toInt(), 42);
}

void TestGraphMlImport::oneBadItemWritesNothing_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    const QString good = QStringLiteral(
        "<node id=\"c2\"/><node id=\"c3\"/><node id=\"good\"><data key=\"d0\">Good New "
        "Co</data><data key=\"d1\">design</data>"
        "</node>\n<edge source=\"good\" target=\"c2\"><data key=\"d3\">0.5</data></edge>\n");
    QTest::newRow("bad tier") << good +
            QStringLiteral("<node id=\"bad\"><data key=\"d0\">Bad Co</data>"
                           "<data key=\"d1\">fab</data></node>")
                              << QStringLiteral(
                                     "node bad (line 12), tier: 'fab' is not a tier: write one of "
                                     "packaging, foundry, design, substrate, power, thermal, "
                                     "cable, rails, network, server, vendor, customer");
    QTest::newRow("empty name") << good +
            QStringLiteral("<node id=\"bad\"><data key=\"d0\">  </data>"
                           "<data key=\"d1\">design</data></node>")
                                << QStringLiteral("node bad (line 12), name: a value is required");
    QTest::newRow("edge to an unknown node")
        << good +
            QStringLiteral("<edge id=\"e9\" source=\"good\" target=\"c999\">"
                           "<data key=\"d3\">0.5</data></edge>")
        << QStringLiteral("edge e9 (line 12), target: 'c999' is no node of the file");
    QTest::newRow("self-loop") << good +
            QStringLiteral("<edge id=\"e9\" source=\"c2\" target=\"c2\">"
                           "<data key=\"d3\">0.5</data></edge>")
                               << QStringLiteral(
                                      "edge e9 (line 12), target: company 2 cannot supply "
                                      "itself");
    QTest::newRow("weight above 1")
        << good +
            QStringLiteral("<edge id=\"e9\" source=\"c3\" target=\"c2\">"
                           "<data key=\"d3\">1.5</data></edge>")
        << QStringLiteral("edge e9 (line 12), weight: '1.5' is not a weight: write a number "
                          "from 0 to 1");
    QTest::newRow("name of another company in other case")
        << good +
            QStringLiteral("<node id=\"bad\"><data key=\"d0\">tsmc</data>"
                           "<data key=\"d1\">foundry</data></node>")
        << QStringLiteral("node bad (line 12): a company named 'TSMC' exists already.");
    QTest::newRow("a second relation of the same kind")
        << good +
            QStringLiteral("<edge id=\"e9\" source=\"good\" target=\"c2\">"
                           "<data key=\"d3\">0.2</data></edge>")
        << QStringLiteral("already supplies TSMC (no kind); edit that relation instead.");
    QTest::newRow("names that disagree")
        << good +
            QStringLiteral("<node id=\"c4\"><data key=\"d0\">Unimicron</data>"
                           "<data key=\"dl\">Taiwan Semi</data></node>")
        << QStringLiteral("node c4 (line 12), name: the names it gives differ (name "
                          "'Unimicron', label 'Taiwan Semi')");
}

void TestGraphMlImport::oneBadItemWritesNothing()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    // Line 12 of the file is the bad item's: the keys take lines 3 to 8, the graph line 9 and
    // the good node and edge lines 10 and 11.
    const QString keys =
        plainKeys + QStringLiteral("\n<key id=\"dl\" for=\"node\" attr.name=\"label\"/>");
    const QString file = write(QStringLiteral("bad.graphml"), graphMl(keys, body));
    const QByteArray before = checksum();
    QFile workbook(mDb);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    const QByteArray bytesBefore = workbook.readAll();
    workbook.close();

    for (const bool dryRun : { true, false }) {
        const test::CommandRun run = import(file, dryRun);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was imported")), qPrintable(run.err));
    }
    QCOMPARE(checksum(), before);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QVERIFY(workbook.readAll() == bytesBefore);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM company WHERE name = 'Good New Co'")).toInt(),
        0);
}

void TestGraphMlImport::refusesTheSameRowsWithTheSameMessagesAsCsv_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("node");
    QTest::newRow("tier") << QStringLiteral("id,name,tier\n900,Bad Co,fab\n")
                          << QStringLiteral("<data key=\"d0\">Bad Co</data><data key=\"d1\">fab"
                                            "</data>");
    QTest::newRow("control character")
        << QStringLiteral("id,name,tier\n900,\"Bad\nCo\",design\n")
        << QStringLiteral("<data key=\"d0\">Bad\nCo</data><data key=\"d1\">design</data>");
    QTest::newRow("long name")
        << QStringLiteral("id,name,tier\n900,%1,design\n").arg(QString(100000, QLatin1Char('M')))
        << QStringLiteral("<data key=\"d0\">%1</data><data key=\"d1\">"
                          "design</data>")
               .arg(QString(100000, QLatin1Char('M')));
    QTest::newRow("no tier") << QStringLiteral("id,name,tier\n900,Bad Co,\n")
                             << QStringLiteral("<data key=\"d0\">Bad Co</data>");
}

void TestGraphMlImport::refusesTheSameRowsWithTheSameMessagesAsCsv()
{
    QFETCH(QString, csv);
    QFETCH(QString, node);
    const test::CommandRun fromCsv = test::runCommand(
        { QStringLiteral("import"), QStringLiteral("company"),
          write(QStringLiteral("bad.csv"), csv.toUtf8()), QStringLiteral("--db"), mDb });
    QCOMPARE(fromCsv.code, 2);
    // "line 2, column name: REASON" or "line 2: REASON"
    const QString csvLine = fromCsv.err.section(QLatin1Char('\n'), 1, 1).trimmed();
    QVERIFY2(csvLine.startsWith(QLatin1String("line 2")), qPrintable(fromCsv.err));
    const QString reason = csvLine.section(QStringLiteral(": "), 1);
    QVERIFY(!reason.isEmpty());

    const QString file =
        write(QStringLiteral("bad.graphml"),
              graphMl(plainKeys, QStringLiteral("<node id=\"n900\">%1</node>").arg(node)));
    const test::CommandRun fromGraphMl = import(file);
    QCOMPARE(fromGraphMl.code, 2);
    QVERIFY2(fromGraphMl.err.contains(QStringLiteral("node n900 (line 9)")),
             qPrintable(fromGraphMl.err));
    QVERIFY2(fromGraphMl.err.contains(reason.left(60)), qPrintable(fromGraphMl.err));
}

void TestGraphMlImport::hostileTextStaysLiteral()
{
    const QString hostile =
        QStringLiteral("<img src=x onerror=alert(1)>, \"quoted\", =SUM(A1) 世芯電子");
    const QString formula = QStringLiteral("'=x");
    QString escaped = hostile;
    escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    const QByteArray bytes = graphMl(
        plainKeys +
            QStringLiteral("\n<key id=\"p\" for=\"edge\" attr.name=\"product\" "
                           "attr.type=\"string\"/>"),
        QStringLiteral("<node id=\"c2\"/><node id=\"h\"><data key=\"d0\">%1</data><data "
                       "key=\"d1\">design</data>"
                       "<data key=\"d2\"><![CDATA[<b>JP</b>]]></data></node>\n"
                       "<node id=\"f\"><data key=\"d0\">%2</data><data key=\"d1\">design</data>"
                       "</node>\n"
                       "<edge source=\"h\" target=\"c2\"><data key=\"d3\">0.5</data>"
                       "<data key=\"p\">%1</data></edge>")
            .arg(escaped, formula));
    const test::CommandRun done = import(write(QStringLiteral("hostile.graphml"), bytes));
    QVERIFY2(done.code == 0, qPrintable(done.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM company WHERE name = '%1'")
                        .arg(QString(hostile).replace(QLatin1Char('\''), QLatin1String("''"))))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT country FROM company WHERE ticker IS NULL AND "
                                   "name LIKE '<img%'"))
                 .toString(),
             QStringLiteral("<b>JP</b>"));
    // No spreadsheet guard is taken off text that never had one.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM company WHERE name = '''=x'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT product FROM relation WHERE customer_id = 2 AND "
                                   "product LIKE '<img%'"))
                 .toString(),
             hostile);
}

void TestGraphMlImport::refusesFilesThatAreNotAFlatDirectedGraph_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not XML") << QByteArray("id,name,tier\n900,Bad,design\n")
                             << QStringLiteral("line 1: this is not well-formed XML");
    QTest::newRow("unclosed element")
        << QByteArray("<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"a\">\n</graph>")
        << QStringLiteral("this is not well-formed XML");
    QTest::newRow("not GraphML") << QByteArray("<html><body>hi</body></html>")
                                 << QStringLiteral("root element is <html>, not <graphml>");
    QByteArray laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n<!ENTITY a \"aaaaaaaaaa\">\n";
    for (char c = 'b'; c <= 'j'; ++c)
        laughs += QByteArray("<!ENTITY ") + c + " \"" + QByteArray("&") + char(c - 1) + ";" +
            QByteArray("&") + char(c - 1) + ";" + QByteArray("&") + char(c - 1) + ";" +
            QByteArray("&") + char(c - 1) + ";" + QByteArray("&") + char(c - 1) + ";" +
            QByteArray("&") + char(c - 1) + ";" + QByteArray("&") + char(c - 1) + ";" +
            QByteArray("&") + char(c - 1) + ";" + QByteArray("&") + char(c - 1) + ";" +
            QByteArray("&") + char(c - 1) + ";\">\n";
    laughs += "]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"d0\" "
              "for=\"node\" attr.name=\"name\"/><graph><node id=\"a\"><data key=\"d0\">&j;"
              "</data></node></graph></graphml>";
    QTest::newRow("billion laughs") << laughs << QStringLiteral("document type declaration");
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM "
                      "\"file:///etc/passwd\">]>\n<graphml><graph><node id=\"&x;\"/></graph>"
                      "</graphml>")
        << QStringLiteral("document type declaration");
    QTest::newRow("undeclared entity")
        << graphMl(plainKeys, QStringLiteral("<node id=\"a\"><data key=\"d0\">&x;</data></node>"))
        << QStringLiteral("this is not well-formed XML");
    QTest::newRow("hyperedge") << graphMl(plainKeys,
                                          QStringLiteral(
                                              "<node id=\"c2\"/><node id=\"c3\"/><node id=\"c4\"/>"
                                              "<hyperedge><endpoint node=\"c2\"/><endpoint "
                                              "node=\"c3\"/><endpoint node=\"c4\"/></hyperedge>"))
                               << QStringLiteral("<hyperedge>");
    QTest::newRow("nested graph")
        << graphMl(plainKeys,
                   QStringLiteral("<node id=\"c2\"><graph id=\"inner\" "
                                  "edgedefault=\"directed\"><node id=\"c3\"/></graph>"
                                  "</node>"))
        << QStringLiteral("node c2 holds a graph of its own");
    QTest::newRow("undirected graph")
        << graphMl(plainKeys,
                   QStringLiteral("<node id=\"c2\"/><node id=\"c3\"/>"
                                  "<edge id=\"e1\" source=\"c3\" target=\"c2\"><data key=\"d3\">"
                                  "0.5</data></edge>"),
                   QStringLiteral("undirected"))
        << QStringLiteral("edge e1 (line 9): the edge is undirected");
    QTest::newRow("undirected edge")
        << graphMl(plainKeys,
                   QStringLiteral("<node id=\"c2\"/><node id=\"c3\"/>"
                                  "<edge id=\"e1\" directed=\"false\" source=\"c3\" "
                                  "target=\"c2\"/>"))
        << QStringLiteral("edge e1 (line 9): the edge is undirected");
    QTest::newRow("data of no key")
        << graphMl(plainKeys, QStringLiteral("<node id=\"c2\"><data key=\"zz\">x</data></node>"))
        << QStringLiteral("refers to key 'zz', which no <key> declares");
    QTest::newRow("node id twice")
        << graphMl(plainKeys, QStringLiteral("<node id=\"c2\"/>\n<node id=\"c2\"/>"))
        << QStringLiteral("node id 'c2' is given twice (lines 9 and 10)");
}

void TestGraphMlImport::refusesFilesThatAreNotAFlatDirectedGraph()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QByteArray before = checksum();
    const test::CommandRun run = import(write(QStringLiteral("refused.graphml"), bytes));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing was imported")), qPrintable(run.err));
    QVERIFY2(run.err.size() < 2000, qPrintable(run.err.left(2000)));
    QCOMPARE(checksum(), before);
}

void TestGraphMlImport::refusesAFileTooLargeBeforeReadingIt()
{
    QFile file(path(QStringLiteral("large.graphml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(65LL * 1024 * 1024)); // sparse: nothing is written
    file.close();
    const test::CommandRun run = import(file.fileName());
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("the file has 65 MB; a GraphML import takes at "
                                             "most 64 MB")),
             qPrintable(run.err));
}

void TestGraphMlImport::wizardShowsProblemsThenImports()
{
    OpenedWorkbook opened = Workbook::open(mDb);
    QVERIFY2(opened.workbook, qPrintable(opened.error));
    Workbook &workbook = *opened.workbook;
    const int companies = static_cast<int>(workbook.supplyChain()->chain().companies.size());
    GraphMlImportWizard wizard(&workbook);

    const QString bad =
        write(QStringLiteral("bad.graphml"),
              graphMl(plainKeys,
                      QStringLiteral("<node id=\"n1\"><data key=\"d0\">Wizard Co</data>"
                                     "<data key=\"d1\">fab</data></node>")));
    QVERIFY(wizard.loadFile(bad).isEmpty());
    const GraphMlImportResult refused = wizard.check();
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().element, QStringLiteral("node n1"));
    QCOMPARE(refused.problems.first().line, 9);
    QCOMPARE(refused.problems.first().attribute, QStringLiteral("tier"));
    QVERIFY(refused.problems.first().reason.startsWith(QLatin1String("'fab' is not a tier")));

    const QString good =
        write(QStringLiteral("good.graphml"),
              graphMl(plainKeys,
                      QStringLiteral("<node id=\"n1\"><data key=\"d0\">Wizard Co</data>"
                                     "<data key=\"d1\">design</data></node>")));
    QVERIFY(wizard.loadFile(good).isEmpty());
    const GraphMlImportResult checked = wizard.check();
    QVERIFY(checked.ok());
    QCOMPARE(checked.companiesAdded, 1);
    QCOMPARE(workbook.supplyChain()->chain().companies.size(), companies);
    wizard.accept();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    // The document reads the workbook again: the new company is in its supply chain.
    QCOMPARE(workbook.supplyChain()->chain().companies.size(), companies + 1);
    QCOMPARE(workbook.supplyChain()->chain().companies.last().name, QStringLiteral("Wizard Co"));

    const QString notXml = write(QStringLiteral("not.graphml"), "hello");
    QVERIFY(wizard.loadFile(notXml).contains(QStringLiteral("not well-formed XML")));
}

QTEST_MAIN(TestGraphMlImport)
#include "tst_graphmlimport.moc"
