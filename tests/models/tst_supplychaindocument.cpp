// SPDX-License-Identifier: MIT
#include "models/supplychaindocument.h"
#include "models/workbook.h"
#include "store/database.h"
#include "store/supplychainrepository.h"
#include "support/fileconnection.h"
#include "support/foreignsql.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

namespace {

// The first field in which two chains differ, named; empty when they are equal field by field.
QString difference(const SupplyChain &memory, const SupplyChain &file)
{
    if (memory.companies.size() != file.companies.size())
        return QStringLiteral("%1 companies in memory, %2 in the file")
            .arg(memory.companies.size())
            .arg(file.companies.size());
    for (int i = 0; i < file.companies.size(); ++i) {
        const Company &m = memory.companies[i];
        const Company &f = file.companies[i];
        const QList<std::tuple<const char *, QVariant, QVariant>> fields = {
            { "id", m.id, f.id },
            { "name", m.name, f.name },
            { "name_zh", m.nameZh, f.nameZh },
            { "ticker", m.ticker, f.ticker },
            { "country", m.country, f.country },
            { "tier", m.tier, f.tier },
            { "role", m.role, f.role },
            { "note", m.note, f.note },
            { "vendor_id", m.vendorId, f.vendorId },
        };
        for (const auto &[name, inMemory, inFile] : fields) {
            if (inMemory.toString() != inFile.toString())
                return QStringLiteral("company row %1, %2: '%3' in memory, '%4' in the file")
                    .arg(i)
                    .arg(QLatin1String(name), inMemory.toString(), inFile.toString());
        }
    }
    if (memory.relations.size() != file.relations.size())
        return QStringLiteral("%1 relations in memory, %2 in the file")
            .arg(memory.relations.size())
            .arg(file.relations.size());
    for (int i = 0; i < file.relations.size(); ++i) {
        const Relation &m = memory.relations[i];
        const Relation &f = file.relations[i];
        const QList<std::tuple<const char *, QVariant, QVariant>> fields = {
            { "id", m.id, f.id },
            { "supplier_id", m.supplierId, f.supplierId },
            { "customer_id", m.customerId, f.customerId },
            { "kind", m.kind, f.kind },
            { "product", m.product, f.product },
            { "weight", m.weight, f.weight },
            { "source_id", m.sourceId, f.sourceId },
            { "note", m.note, f.note },
        };
        for (const auto &[name, inMemory, inFile] : fields) {
            if (inMemory != inFile)
                return QStringLiteral("relation row %1, %2: '%3' in memory, '%4' in the file")
                    .arg(i)
                    .arg(QLatin1String(name), inMemory.toString(), inFile.toString());
        }
    }
    // The lookup by id must follow the rows as they now are.
    for (int i = 0; i < memory.companies.size(); ++i) {
        if (memory.companyIndex(memory.companies[i].id) != i)
            return QStringLiteral("company %1 is looked up at the wrong row")
                .arg(memory.companies[i].id);
    }
    return {};
}

} // namespace

/** The supply chain in memory follows each change the store commits, without reading the chain
    again, and a change the store refuses leaves it as it was. */
class TestSupplyChainDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void memoryEqualsTheFileAfterEachChange_data();
    void memoryEqualsTheFileAfterEachChange();
    void aChangeDoesNotReadTheChainAgain();
    void aFailedWriteLeavesMemoryUnchanged_data();
    void aFailedWriteLeavesMemoryUnchanged();
    void aFailedUndoLeavesMemoryUnchanged();
    void aReadOnlyWorkbookRefusesAndLeavesMemoryUnchanged();

private:
    // The file as a fresh read of the store gives it.
    SupplyChain fileChain() const;
    int companyNamed(const QString &name) const;
    // Makes the change @p command names through the workbook's user actions.
    QString change(const QString &command);

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
};

void TestSupplyChainDocument::init()
{
    static int n = 0;
    auto opened = Database::open(mDir.filePath(QStringLiteral("d%1.sqlite").arg(++n)));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
}

void TestSupplyChainDocument::cleanup()
{
    mWorkbook.reset();
}

SupplyChain TestSupplyChainDocument::fileChain() const
{
    const test::FileConnection file(mWorkbook->path());
    return SupplyChainRepository(file.connection()).load();
}

int TestSupplyChainDocument::companyNamed(const QString &name) const
{
    for (const Company &company : mWorkbook->supplyChain()->chain().companies) {
        if (company.name == name)
            return company.id;
    }
    return 0;
}

QString TestSupplyChainDocument::change(const QString &command)
{
    SupplyChainDocument *chain = mWorkbook->supplyChain();
    const int alchip = companyNamed(QStringLiteral("Alchip"));
    const int wiwynn = companyNamed(QStringLiteral("Wiwynn"));
    if (command == QLatin1String("add company")) {
        Company company;
        company.name = QStringLiteral("  Inventec "); // stored trimmed
        company.nameZh = QStringLiteral("英業達");
        company.tier = QStringLiteral("server");
        company.vendorId = -1; // no vendor: stored as none
        return chain->addCompany(company);
    }
    if (command == QLatin1String("edit company")) {
        Company company = *chain->chain().company(alchip);
        company.name = QStringLiteral(" Alchip Technologies ");
        company.ticker = QString(); // stored as none
        company.note = QStringLiteral("AWS's largest design partner.");
        return chain->editCompany(company);
    }
    if (command == QLatin1String("remove company")) // in the middle of the ids, with relations
        return chain->removeCompany(wiwynn);
    if (command == QLatin1String("add relation"))
        return chain->addRelation(Relation { 0,
                                             alchip,
                                             wiwynn,
                                             QStringLiteral("design"),
                                             QStringLiteral("board design"),
                                             0.05,
                                             0,
                                             {} });
    if (command == QLatin1String("edit relation")) {
        Relation relation = chain->chain().relations.at(3);
        relation.weight = 0.125;
        relation.customerId = wiwynn;
        relation.product.clear();
        return chain->editRelation(relation);
    }
    if (command == QLatin1String("remove relation"))
        return chain->removeRelation(chain->chain().relations.at(5).id);
    return QStringLiteral("no such command: %1").arg(command);
}

void TestSupplyChainDocument::memoryEqualsTheFileAfterEachChange_data()
{
    QTest::addColumn<QString>("command");
    for (const char *name : { "add company", "edit company", "remove company", "add relation",
                              "edit relation", "remove relation" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSupplyChainDocument::memoryEqualsTheFileAfterEachChange()
{
    QFETCH(QString, command);
    const SupplyChain &memory = mWorkbook->supplyChain()->chain();
    // Wiwynn has a dragged position too, which its removal takes and its undo brings back.
    QCOMPARE(mWorkbook->supplyChain()->moveNodes(
                 QStringLiteral("layered"),
                 { { companyNamed(QStringLiteral("Wiwynn")), QPointF(10, 20) } }),
             QString());
    mWorkbook->undoStack()->clear();
    const SupplyChain before = fileChain();
    QVERIFY(!before.companies.isEmpty() && !before.relations.isEmpty());

    const QString error = change(command);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SupplyChain after = fileChain();
    QVERIFY(!difference(after, before).isEmpty()); // the change reached the file
    QString differs = difference(memory, after);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));

    mWorkbook->undoStack()->undo();
    QCOMPARE(difference(fileChain(), before), QString());
    differs = difference(memory, fileChain());
    QVERIFY2(differs.isEmpty(), qPrintable(differs));

    mWorkbook->undoStack()->redo();
    QCOMPARE(difference(fileChain(), after), QString());
    differs = difference(memory, fileChain());
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestSupplyChainDocument::aChangeDoesNotReadTheChainAgain()
{
    // Alchip is company 1 (data/company.csv). Another program renames it behind the workbook's
    // back; the workbook, which read the chain when it opened, still knows it as Alchip after a
    // change of its own: it set what it wrote and read nothing else.
    const int alchip = 1;
    QCOMPARE(mWorkbook->supplyChain()->chain().company(alchip)->name, QStringLiteral("Alchip"));
    test::runForeign(
        mWorkbook->path(),
        { QStringLiteral("UPDATE company SET name = 'Renamed Elsewhere' WHERE id = 1") });
    const int wiwynn = companyNamed(QStringLiteral("Wiwynn"));
    QCOMPARE(mWorkbook->supplyChain()->addRelation(
                 Relation { 0, alchip, wiwynn, QStringLiteral("design"), {}, 0.05, 0, {} }),
             QString());
    const SupplyChain &memory = mWorkbook->supplyChain()->chain();
    QCOMPARE(memory.company(alchip)->name, QStringLiteral("Alchip"));
    QCOMPARE(memory.relations.last().supplierId, alchip);
    QCOMPARE(memory.relations.last().customerId, wiwynn);
    // The file holds both: the foreign name and the new relation.
    const SupplyChain file = fileChain();
    QCOMPARE(file.company(alchip)->name, QStringLiteral("Renamed Elsewhere"));
    QCOMPARE(file.relations.size(), memory.relations.size());
}

void TestSupplyChainDocument::aFailedWriteLeavesMemoryUnchanged_data()
{
    memoryEqualsTheFileAfterEachChange_data();
}

void TestSupplyChainDocument::aFailedWriteLeavesMemoryUnchanged()
{
    QFETCH(QString, command);
    const SupplyChain before = mWorkbook->supplyChain()->chain();
    const int steps = mWorkbook->undoStack()->count();
    // Every change writes a line of the audit trail in the transaction of its rows; another
    // program's trigger refuses that line, so the whole transaction is rolled back.
    test::runForeign(mWorkbook->path(),
                     { QStringLiteral("CREATE TRIGGER refuse_log BEFORE INSERT ON edit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'the audit trail is closed'); "
                                      "END") });
    QSignalSpy failed(mWorkbook.get(), &Workbook::changeFailed);
    QSignalSpy changed(mWorkbook->supplyChain(), &SupplyChainDocument::changed);

    const QString error = change(command);
    QVERIFY2(error.contains(QStringLiteral("the audit trail is closed")), qPrintable(error));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(mWorkbook->undoStack()->count(), steps);
    QString differs = difference(mWorkbook->supplyChain()->chain(), before);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    differs = difference(fileChain(), before);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestSupplyChainDocument::aFailedUndoLeavesMemoryUnchanged()
{
    const int wiwynn = companyNamed(QStringLiteral("Wiwynn"));
    QCOMPARE(mWorkbook->supplyChain()->removeCompany(wiwynn), QString());
    const SupplyChain removed = mWorkbook->supplyChain()->chain();
    QCOMPARE(removed.company(wiwynn), nullptr);
    test::runForeign(mWorkbook->path(),
                     { QStringLiteral("CREATE TRIGGER refuse_log BEFORE INSERT ON edit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'the audit trail is closed'); "
                                      "END") });
    QSignalSpy failed(mWorkbook.get(), &Workbook::changeFailed);
    mWorkbook->undoStack()->undo(); // would put Wiwynn and its relations back
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("audit trail is closed")),
             qPrintable(failed.first().first().toString()));
    QString differs = difference(mWorkbook->supplyChain()->chain(), removed);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    differs = difference(fileChain(), removed);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestSupplyChainDocument::aReadOnlyWorkbookRefusesAndLeavesMemoryUnchanged()
{
    const QString path = mWorkbook->path();
    mWorkbook.reset();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Database::OpenResult opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    QVERIFY(mWorkbook->isReadOnly());
    const SupplyChain before = mWorkbook->supplyChain()->chain();
    for (const char *command : { "add company", "edit company", "remove company", "add relation",
                                 "edit relation", "remove relation" }) {
        QCOMPARE(change(QString::fromLatin1(command)), mWorkbook->readOnlyReason());
        const QString differs = difference(mWorkbook->supplyChain()->chain(), before);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }
    QCOMPARE(mWorkbook->undoStack()->count(), 0);
    mWorkbook.reset();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestSupplyChainDocument)
#include "tst_supplychaindocument.moc"
