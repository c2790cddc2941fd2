// SPDX-License-Identifier: MIT
#include "models/companymodel.h"
#include "models/relationmodel.h"
#include "models/supplychainanalysis.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/fileconnection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

namespace {

QStringList dump(const QSqlDatabase &db)
{
    QStringList rows;
    for (const char *table : { "company", "relation", "node_position" }) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (query.next()) {
            QStringList fields { QLatin1String(table) };
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

/** Editing the supply chain: refusals, undo that restores the file, and the models over it. */
class TestSupplyChainEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesImpossibleRelations_data();
    void refusesImpossibleRelations();
    void refusesNamelessOrDuplicateCompanies();
    void undoRedoRestoreEveryCommand_data();
    void undoRedoRestoreEveryCommand();
    void modelsPassTheTester();
    void relationTableRefusesWeightAboveOne();
    void impactFollowsScenarioEdits();

private:
    int companyNamed(const QString &name) const;

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
};

void TestSupplyChainEdits::init()
{
    static int n = 0;
    auto opened = Database::open(mDir.filePath(QStringLiteral("s%1.sqlite").arg(++n)));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
}

void TestSupplyChainEdits::cleanup()
{
    mWorkbook.reset();
}

int TestSupplyChainEdits::companyNamed(const QString &name) const
{
    for (const Company &company : mWorkbook->supplyChain()->chain().companies) {
        if (company.name == name)
            return company.id;
    }
    return 0;
}

void TestSupplyChainEdits::refusesImpossibleRelations_data()
{
    QTest::addColumn<QString>("supplier");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("weight");
    QTest::addColumn<int>("missing");
    QTest::addColumn<QString>("message");
    QTest::newRow("weight above 1")
        << "Alchip"
        << "Wiwynn"
        << "design" << 1.5 << 0
        << "a weight is the supplier's dependence on the customer, from 0 to 1 (got 1.5).";
    QTest::newRow("negative weight") << "Alchip"
                                     << "Wiwynn"
                                     << "design" << -0.1 << 0 << "from 0 to 1 (got -0.1).";
    QTest::newRow("itself") << "Alchip"
                            << "Alchip"
                            << "design" << 0.5 << 0 << "Alchip cannot supply itself.";
    QTest::newRow("duplicate")
        << "Alchip"
        << "Amazon Web Services"
        << "design" << 0.3 << 0
        << "Alchip already supplies Amazon Web Services (design); edit that relation instead.";
    QTest::newRow("missing customer")
        << "Alchip"
        << ""
        << "design" << 0.3 << 9999 << "the customer (company id 9999) does not exist.";
}

void TestSupplyChainEdits::refusesImpossibleRelations()
{
    QFETCH(QString, supplier);
    QFETCH(QString, customer);
    QFETCH(QString, kind);
    QFETCH(double, weight);
    QFETCH(int, missing);
    QFETCH(QString, message);
    const test::FileConnection file(mWorkbook->path());
    const QStringList before = dump(file.connection());
    Relation relation;
    relation.supplierId = companyNamed(supplier);
    relation.customerId = missing ? missing : companyNamed(customer);
    relation.kind = kind;
    relation.weight = weight;
    const QString error = mWorkbook->supplyChain()->addRelation(relation);
    QVERIFY2(error.endsWith(message), qPrintable(error));
    QCOMPARE(dump(file.connection()), before);
    QCOMPARE(mWorkbook->undoStack()->count(), 0);
}

void TestSupplyChainEdits::refusesNamelessOrDuplicateCompanies()
{
    Company company;
    company.tier = QStringLiteral("server");
    QCOMPARE(mWorkbook->supplyChain()->addCompany(company),
             QStringLiteral("a company needs an English name."));
    company.name = QStringLiteral("wiwynn");
    QCOMPARE(mWorkbook->supplyChain()->addCompany(company),
             QStringLiteral("a company named 'Wiwynn' exists already."));
    company.name = QStringLiteral("Inventec");
    company.tier = QStringLiteral("odm");
    QVERIFY(mWorkbook->supplyChain()->addCompany(company).startsWith(
        QStringLiteral("'odm' is not a tier")));
    QCOMPARE(mWorkbook->undoStack()->count(), 0);
}

void TestSupplyChainEdits::undoRedoRestoreEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *name : { "add company", "edit company", "remove company", "add relation",
                              "edit relation", "remove relation", "move nodes", "reset layout" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSupplyChainEdits::undoRedoRestoreEveryCommand()
{
    QFETCH(QString, command);
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    const int alchip = companyNamed(QStringLiteral("Alchip"));
    const int wiwynn = companyNamed(QStringLiteral("Wiwynn"));
    if (command == QLatin1String("reset layout"))
        QCOMPARE(mWorkbook->supplyChain()->moveNodes(QStringLiteral("force"),
                                                     { { alchip, QPointF(1, 2) } }),
                 QString());
    mWorkbook->undoStack()->clear();
    const QStringList before = dump(db);
    QString error;
    if (command == QLatin1String("add company")) {
        Company company;
        company.name = QStringLiteral("Inventec");
        company.nameZh = QStringLiteral("英業達");
        company.tier = QStringLiteral("server");
        error = mWorkbook->supplyChain()->addCompany(company);
    } else if (command == QLatin1String("edit company")) {
        Company company = *mWorkbook->supplyChain()->chain().company(alchip);
        company.note = QStringLiteral("AWS's largest design partner again after Trainium3.");
        error = mWorkbook->supplyChain()->editCompany(company);
    } else if (command == QLatin1String("remove company")) {
        error = mWorkbook->supplyChain()->removeCompany(wiwynn); // takes its nine relations with it
    } else if (command == QLatin1String("add relation")) {
        error = mWorkbook->supplyChain()->addRelation(Relation { 0,
                                                                 alchip,
                                                                 wiwynn,
                                                                 QStringLiteral("design"),
                                                                 QStringLiteral("board design"),
                                                                 0.05,
                                                                 0,
                                                                 {} });
    } else if (command == QLatin1String("edit relation")) {
        Relation relation = mWorkbook->supplyChain()->chain().relations.first();
        relation.weight = 0.75;
        error = mWorkbook->supplyChain()->editRelation(relation);
    } else if (command == QLatin1String("remove relation")) {
        error = mWorkbook->supplyChain()->removeRelation(
            mWorkbook->supplyChain()->chain().relations.first().id);
    } else if (command == QLatin1String("move nodes")) {
        error = mWorkbook->supplyChain()->moveNodes(
            QStringLiteral("layered"),
            { { alchip, QPointF(10, 20) }, { wiwynn, QPointF(30, 40) } });
    } else if (command == QLatin1String("reset layout")) {
        error = mWorkbook->supplyChain()->resetLayout(QStringLiteral("force"));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(mWorkbook->undoStack()->count(), 1);
    const QStringList after = dump(db);
    QVERIFY(after != before);
    mWorkbook->undoStack()->undo();
    QCOMPARE(dump(db), before);
    mWorkbook->undoStack()->redo();
    QCOMPARE(dump(db), after);
    mWorkbook->undoStack()->undo();
    QCOMPARE(dump(db), before);
    QSqlQuery log(db);
    QVERIFY(log.exec(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name IN "
                                    "('company', 'relation', 'node_position')")) &&
            log.next());
    QVERIFY(log.value(0).toInt() >= 3);
}

void TestSupplyChainEdits::modelsPassTheTester()
{
    CompanyModel companies;
    RelationModel relations;
    QAbstractItemModelTester companyTester(&companies,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester relationTester(&relations,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    companies.setWorkbook(mWorkbook.get());
    relations.setWorkbook(mWorkbook.get());
    QCOMPARE(companies.rowCount(), mWorkbook->supplyChain()->chain().companies.size());
    QCOMPARE(relations.rowCount(), mWorkbook->supplyChain()->chain().relations.size());
    QVERIFY(
        companies.setData(companies.index(companies.rowOf(companyNamed(QStringLiteral("Alchip"))),
                                          CompanyModel::TickerColumn),
                          QStringLiteral("3661.TWO")));
    QCOMPARE(
        mWorkbook->supplyChain()->chain().company(companyNamed(QStringLiteral("Alchip")))->ticker,
        QStringLiteral("3661.TWO"));
    QCOMPARE(mWorkbook->supplyChain()->removeCompany(companyNamed(QStringLiteral("King Slide"))),
             QString());
    mWorkbook->undoStack()->undo();
}

void TestSupplyChainEdits::relationTableRefusesWeightAboveOne()
{
    RelationModel relations;
    relations.setWorkbook(mWorkbook.get());
    QSignalSpy refused(&relations, &RelationModel::editRefused);
    const QModelIndex weight = relations.index(0, RelationModel::WeightColumn);
    const double before = weight.data(Qt::EditRole).toDouble();
    QVERIFY(!relations.setData(weight, QStringLiteral("2")));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("from 0 to 1 (got 2)")));
    QCOMPARE(weight.data(Qt::EditRole).toDouble(), before);
    QVERIFY(!relations.setData(relations.index(0, RelationModel::CustomerColumn),
                               QStringLiteral("Nobody Inc")));
    QVERIFY(refused.last().first().toString().contains(
        QStringLiteral("no company named 'Nobody Inc'")));
}

void TestSupplyChainEdits::impactFollowsScenarioEdits()
{
    SupplyChainAnalysis analysis;
    analysis.setWorkbook(mWorkbook.get());
    analysis.setSelection(2026, SupplyChainAnalysis::Baseline::PreviousYear, 3,
                          Metric::ComputeWafers);
    const auto impactOf = [&](const QString &name) {
        for (const BenefitRow &row : analysis.rows()) {
            if (row.companyId == companyNamed(name))
                return row.impact;
        }
        return -1.0;
    };
    const double alchip = impactOf(QStringLiteral("Alchip"));
    const double wiwynn = impactOf(QStringLiteral("Wiwynn"));
    // Alchip depends on AWS with weight 0.5 (data/relation.csv): its impact is half AWS's growth.
    QVERIFY(alchip > 0);
    QCOMPARE(impactOf(QStringLiteral("Broadcom")), 0.0); // supplies Google only
    int trainium3 = 0;
    for (const Program &program : mWorkbook->input().programs) {
        if (program.name == QLatin1String("Trainium3"))
            trainium3 = program.id;
    }
    QCOMPARE(mWorkbook->createScenario(QStringLiteral("AWS bull")), QString());
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1500000")),
        QString());
    QVERIFY(impactOf(QStringLiteral("Alchip")) > alchip);
    QVERIFY(impactOf(QStringLiteral("Wiwynn")) > wiwynn);
    QCOMPARE(impactOf(QStringLiteral("Broadcom")), 0.0);
    // Exposure ratio holds: Wiwynn 0.45 against Alchip 0.5.
    QVERIFY(qAbs(impactOf(QStringLiteral("Wiwynn")) / impactOf(QStringLiteral("Alchip")) - 0.9) <
            1e-9);
}

QTEST_MAIN(TestSupplyChainEdits)
#include "tst_supplychainedits.moc"
