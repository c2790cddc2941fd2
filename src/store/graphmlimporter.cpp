// SPDX-License-Identifier: MIT
#include "graphmlimporter.h"
#include "sqldialect.h"

#include "changefeed.h"
#include "core/supplychainrules.h"
#include "csvimporter.h"
#include "files/csvtable.h"
#include "files/importcheck.h"
#include "files/tablecolumns.h"
#include "supplychainrepository.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace ws {

namespace {

// The attributes that fill a company's or a relation's columns, which have the same names.
// The name, the ids and the ends of an edge are matched rather than just copied.
const QStringList companyAttributes = { QStringLiteral("name_zh"),  QStringLiteral("ticker"),
                                        QStringLiteral("country"),  QStringLiteral("tier"),
                                        QStringLiteral("role"),     QStringLiteral("note"),
                                        QStringLiteral("vendor_id") };
const QStringList relationAttributes = { QStringLiteral("kind"), QStringLiteral("product"),
                                         QStringLiteral("weight"), QStringLiteral("source_id"),
                                         QStringLiteral("note") };
const QStringList nodeIdAttributes = { QStringLiteral("id"), QStringLiteral("company_id") };
const QStringList edgeIdAttributes = { QStringLiteral("id"), QStringLiteral("relation_id") };
const QStringList nameAttributes = { QStringLiteral("name"), QStringLiteral("label") };

// An export prints weights to six significant digits: a weight that agrees with the stored one
// that far is the stored one, so that exporting and importing again changes nothing.
constexpr double weightTolerance = 5e-7;

// The keys of one domain (nodes or edges) by attribute name, compared case-insensitively as CSV
// headers are. One name may have several keys: networkx declares one per type when the values
// of an attribute differ in type (a weight of 1 beside one of 0.25).
class Attributes
{
public:
    Attributes(const QList<GraphMlKey> &keys, const QString &domain)
    {
        for (const GraphMlKey &key : keys) {
            if (key.domain != domain && key.domain != QLatin1String("all"))
                continue;
            if (key.yfilesType == QLatin1String("nodegraphics"))
                continue; // read for its label by the reader
            mKeysOf[key.name.trimmed().toLower()] << key.id;
        }
    }

    /** The trimmed text an item gives @p name, or nothing when it gives none. */
    std::optional<QString> value(const GraphMlItem &item, const QString &name) const
    {
        for (const QString &key : mKeysOf.value(name)) {
            const auto text = item.data.constFind(key);
            if (text != item.data.cend())
                return text->trimmed();
        }
        return std::nullopt;
    }

    /** The first of @p names the item gives a non-empty value. */
    QString firstValue(const GraphMlItem &item, const QStringList &names) const
    {
        for (const QString &name : names) {
            if (const auto text = value(item, name); text && !text->isEmpty())
                return *text;
        }
        return {};
    }

private:
    QHash<QString, QStringList> mKeysOf; // lower-case attr.name → key ids
};

// A row to write, as a CSV record of its own columns: a matched row lists only the columns the
// file gives (and the required ones), so that the others keep their values.
struct Row
{
    QString element; // "node c12", "edge r5"
    int line = 0;
    QMap<QString, QString> fields; // column → text
};

std::optional<qlonglong> wholeNumber(const QString &text)
{
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    return ok ? std::optional<qlonglong>(number) : std::nullopt;
}

// The id in an item id WaferShare wrote: "c12" (a company) or "r5" (a relation).
std::optional<qlonglong> exportedId(const QString &id, QChar prefix)
{
    static const QRegularExpression form(QStringLiteral("^[cr]([0-9]{1,18})$"));
    const QRegularExpressionMatch match = form.match(id);
    if (!match.hasMatch() || id.at(0) != prefix)
        return std::nullopt;
    return match.captured(1).toLongLong();
}

// An id attribute's value: a whole number, or an id in the form this program writes ("c4",
// "r2"). networkx keeps an edge's XML id as an attribute named id and writes it back as data,
// so a graph read from an export and saved again carries "r2" there.
std::optional<qlonglong> givenId(const QString &text, QChar prefix)
{
    if (const std::optional<qlonglong> number = wholeNumber(text))
        return number;
    return exportedId(text, prefix);
}

// Whether the file's text for a column says something else than the stored value. Empty and
// absent are the same (NULL and '' alike); numbers are compared as numbers.
bool differs(const QString &column, const QString &given, const QString &stored)
{
    if (given == stored)
        return false;
    bool givenOk = false;
    bool storedOk = false;
    const double a = given.toDouble(&givenOk);
    const double b = stored.toDouble(&storedOk);
    if (givenOk && storedOk && std::isfinite(a)) {
        if (column == QLatin1String("weight"))
            return std::abs(a - b) > weightTolerance;
        return a != b;
    }
    return true;
}

QString companyField(const Company &company, const QString &column)
{
    if (column == QLatin1String("name"))
        return company.name;
    if (column == QLatin1String("name_zh"))
        return company.nameZh;
    if (column == QLatin1String("ticker"))
        return company.ticker;
    if (column == QLatin1String("country"))
        return company.country;
    if (column == QLatin1String("tier"))
        return company.tier;
    if (column == QLatin1String("role"))
        return company.role;
    if (column == QLatin1String("note"))
        return company.note;
    if (column == QLatin1String("vendor_id"))
        return company.vendorId ? QString::number(company.vendorId) : QString();
    return {};
}

QString relationField(const Relation &relation, const QString &column)
{
    if (column == QLatin1String("supplier_id"))
        return QString::number(relation.supplierId);
    if (column == QLatin1String("customer_id"))
        return QString::number(relation.customerId);
    if (column == QLatin1String("kind"))
        return relation.kind;
    if (column == QLatin1String("product"))
        return relation.product;
    if (column == QLatin1String("weight"))
        return QString::number(relation.weight, 'g', 17);
    if (column == QLatin1String("source_id"))
        return relation.sourceId ? QString::number(relation.sourceId) : QString();
    if (column == QLatin1String("note"))
        return relation.note;
    return {};
}

// The attribute a problem with a column names: an edge's ends are its source and target.
QString attributeOfColumn(const QString &column)
{
    if (column == QLatin1String("supplier_id"))
        return QStringLiteral("source");
    if (column == QLatin1String("customer_id"))
        return QStringLiteral("target");
    return column;
}

// The rows of a table as CSV tables, one per set of columns, each record's line its index
// in @p rows plus one, so that a problem leads back to its node or edge.
QList<CsvTable> tablesOf(const QString &table, const QList<Row> &rows)
{
    std::map<QStringList, CsvTable> byColumns;
    QStringList order;
    for (const ColumnSpec &column : csvColumns(table))
        order << column.name;
    for (int r = 0; r < rows.size(); ++r) {
        QStringList header;
        for (const QString &column : std::as_const(order)) {
            if (rows[r].fields.contains(column))
                header << column;
        }
        CsvTable &csv = byColumns[header];
        csv.header = header;
        // Text from GraphML carries no spreadsheet guard: "'=x" is a name that begins with "'".
        csv.formulaGuards = false;
        QStringList fields;
        for (const QString &column : std::as_const(header))
            fields << rows[r].fields.value(column);
        csv.records << CsvTable::Record { r + 1, fields };
    }
    QList<CsvTable> tables;
    for (auto &entry : byColumns)
        tables << entry.second;
    return tables;
}

GraphMlProblem problemOf(const QList<Row> &rows, const ImportProblem &problem)
{
    if (problem.line < 1 || problem.line > rows.size())
        return { {}, 0, attributeOfColumn(problem.column), problem.reason };
    const Row &row = rows[problem.line - 1];
    return { row.element, row.line, attributeOfColumn(problem.column), problem.reason };
}

// Matches the file's nodes and edges to the workbook's companies and relations and lists the
// rows that change.
class Plan
{
public:
    Plan(const GraphMlGraph &graph, const SupplyChain &chain, GraphMlImportResult *result)
        : mGraph(graph)
        , mChain(chain)
        , mResult(result)
        , mNodeAttributes(graph.keys, QStringLiteral("node"))
        , mEdgeAttributes(graph.keys, QStringLiteral("edge"))
    {
        listIgnoredKeys();
        const qsizetype before = mResult->problems.size();
        planCompanies();
        nodesOk = mResult->problems.size() == before;
        planRelations();
    }

    QList<Row> companyRows;
    QList<Row> relationRows;
    bool nodesOk = true; // no node has a problem of its own

private:
    void problem(const QString &element, int line, const QString &attribute, const QString &reason)
    {
        mResult->problems << GraphMlProblem { element, line, attribute, reason };
    }

    void listIgnoredKeys()
    {
        QStringList used = nodeIdAttributes + nameAttributes + companyAttributes;
        QStringList usedByEdges = edgeIdAttributes + relationAttributes;
        for (const GraphMlKey &key : mGraph.keys) {
            const QString name = key.name.trimmed().toLower();
            const bool node = key.domain == QLatin1String("node");
            const bool edge = key.domain == QLatin1String("edge");
            const bool all = key.domain == QLatin1String("all");
            const bool taken = key.yfilesType == QLatin1String("nodegraphics") ||
                ((node || all) && used.contains(name)) ||
                ((edge || all) && usedByEdges.contains(name));
            const QString shown =
                key.yfilesType.isEmpty() || key.name != key.id ? key.name : key.yfilesType;
            if (!taken && !mResult->ignoredAttributes.contains(shown))
                mResult->ignoredAttributes << shown;
        }
    }

    QString nodeName(const GraphMlItem &node, const QString &element)
    {
        QStringList given;
        QStringList names;
        bool named = false; // a name or label attribute is there, even an empty one
        for (const QString &attribute : nameAttributes) {
            const auto text = mNodeAttributes.value(node, attribute);
            named = named || text.has_value();
            if (text && !text->isEmpty()) {
                given << QStringLiteral("%1 '%2'").arg(attribute, *text);
                if (!names.contains(*text))
                    names << *text;
            }
        }
        if (const QString label = node.yedLabel.trimmed(); !label.isEmpty()) {
            given << GraphMlImporter::tr("yEd label '%1'").arg(label);
            if (!names.contains(label))
                names << label;
        }
        if (names.size() > 1)
            problem(element, node.line, QStringLiteral("name"),
                    GraphMlImporter::tr(
                        "the names it gives differ (%1); make them the same, or keep one")
                        .arg(given.join(QStringLiteral(", "))));
        if (!names.isEmpty())
            return names.first();
        if (named)
            return QString(QLatin1String(""));
        // networkx and hand-written files often name a node by its id; an empty name
        // attribute is an empty name, which the checks refuse.
        if (!named && !exportedId(node.id, QLatin1Char('c')))
            return node.id.trimmed();
        return {};
    }

    void planCompanies()
    {
        QHash<QString, int> idOfName;
        int maxId = 0;
        for (const Company &company : mChain.companies) {
            idOfName.insert(company.name, company.id);
            maxId = std::max(maxId, company.id);
        }
        struct Planned
        {
            const GraphMlItem *node;
            QString element;
            QString name;
            std::optional<qlonglong> wantedId; // an id the file gives
            QString badId; // an id that is no number, left to the CSV check
            int companyId = 0; // 0: a new company
            bool twice = false; // matches a company another node matched first
        };
        QList<Planned> planned;
        QHash<int, QString> matchedBy; // company id → the node that matched it
        for (const GraphMlItem &node : mGraph.nodes) {
            Planned item { &node, GraphMlImporter::tr("node %1").arg(node.id), {}, {}, {}, 0 };
            item.name = nodeName(node, item.element);
            if (const QString idText = mNodeAttributes.firstValue(node, nodeIdAttributes);
                !idText.isEmpty()) {
                item.wantedId = givenId(idText, QLatin1Char('c'));
                if (!item.wantedId)
                    item.badId = idText;
            } else {
                item.wantedId = exportedId(node.id, QLatin1Char('c'));
            }
            if (item.wantedId && mChain.company(static_cast<int>(*item.wantedId)))
                item.companyId = static_cast<int>(*item.wantedId);
            else if (!item.name.isEmpty())
                item.companyId = idOfName.value(item.name);
            if (item.companyId) {
                if (matchedBy.contains(item.companyId)) {
                    problem(item.element, node.line, {},
                            GraphMlImporter::tr(
                                "it is company %1 (%2), as %3 is already; a company can be in "
                                "the file once")
                                .arg(item.companyId)
                                .arg(mChain.company(item.companyId)->name,
                                     matchedBy.value(item.companyId)));
                    item.twice = true;
                } else {
                    matchedBy.insert(item.companyId, item.element);
                }
            }
            planned << item;
        }
        // New companies keep the id the file gives them when it is free, else take the next.
        QSet<qlonglong> claimed;
        for (const Planned &item : std::as_const(planned)) {
            if (!item.companyId && item.wantedId && *item.wantedId > 0)
                claimed.insert(*item.wantedId);
        }
        qlonglong nextId = maxId;
        for (const qlonglong id : std::as_const(claimed))
            nextId = std::max(nextId, id);
        QSet<qlonglong> given;
        for (Planned &item : planned) {
            const GraphMlItem &node = *item.node;
            qlonglong id = item.companyId;
            const bool isNew = id == 0;
            if (isNew) {
                id = item.wantedId && *item.wantedId > 0 && !given.contains(*item.wantedId)
                    ? *item.wantedId
                    : ++nextId;
                given.insert(id);
            }
            mCompanyOfNode.insert(node.id, id);
            if (item.twice)
                continue;
            const Company *stored = isNew ? nullptr : mChain.company(static_cast<int>(id));
            Row row { item.element, node.line, {} };
            bool changed = isNew;
            row.fields.insert(QStringLiteral("id"),
                              item.badId.isEmpty() ? QString::number(id) : item.badId);
            changed = changed || !item.badId.isEmpty();
            for (const QString &attribute : companyAttributes) {
                const auto text = mNodeAttributes.value(node, attribute);
                if (!text)
                    continue;
                row.fields.insert(attribute, *text);
                changed = changed || !stored ||
                    differs(attribute, *text, companyField(*stored, attribute));
            }
            if (!item.name.isNull()) {
                row.fields.insert(QStringLiteral("name"), item.name);
                changed = changed || !stored || item.name != stored->name;
            }
            // The required columns: a matched company keeps its own.
            for (const QString &column : { QStringLiteral("name"), QStringLiteral("tier") }) {
                if (!row.fields.contains(column))
                    row.fields.insert(column, stored ? companyField(*stored, column) : QString());
            }
            if (isNew)
                ++mResult->companiesAdded;
            else if (changed)
                ++mResult->companiesUpdated;
            else
                ++mResult->companiesUnchanged;
            if (changed)
                companyRows << row;
        }
    }

    // The stored relation an edge is, when it is not one by id: the same supplier, customer and
    // kind; without a kind, the only relation between the two, else the one without a kind.
    const Relation *relationByEnds(qlonglong supplier, qlonglong customer,
                                   const std::optional<QString> &kind) const
    {
        QList<const Relation *> between;
        for (const Relation &relation : mChain.relations) {
            if (relation.supplierId == supplier && relation.customerId == customer)
                between << &relation;
        }
        const QString wanted = kind.value_or(QString());
        for (const Relation *relation : std::as_const(between)) {
            if (relation->kind.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return relation;
        }
        if (!kind && between.size() == 1)
            return between.first();
        return nullptr;
    }

    void planRelations()
    {
        int maxId = 0;
        QHash<int, const Relation *> byId;
        for (const Relation &relation : mChain.relations) {
            byId.insert(relation.id, &relation);
            maxId = std::max(maxId, relation.id);
        }
        qlonglong nextId = maxId;
        for (const GraphMlItem &edge : mGraph.edges) {
            if (const auto id = wantedRelationId(edge))
                nextId = std::max(nextId, *id);
        }
        QHash<int, QString> matchedBy; // relation id → the edge that matched it
        QSet<qlonglong> given;
        for (const GraphMlItem &edge : mGraph.edges) {
            const QString element = edge.id.isEmpty()
                ? GraphMlImporter::tr("edge %1 → %2").arg(edge.source, edge.target)
                : GraphMlImporter::tr("edge %1").arg(edge.id);
            if (!edge.directed) {
                problem(element, edge.line, {},
                        GraphMlImporter::tr(
                            "the edge is undirected, but a relation goes from its supplier "
                            "(source) to its customer (target): write the graph with "
                            "edgedefault=\"directed\" or the edge with directed=\"true\""));
                continue;
            }
            bool endsKnown = true;
            for (const auto &[attribute, node] :
                 { std::pair { QStringLiteral("source"), edge.source },
                   std::pair { QStringLiteral("target"), edge.target } }) {
                if (!mCompanyOfNode.contains(node)) {
                    problem(element, edge.line, attribute,
                            GraphMlImporter::tr("'%1' is no node of the file").arg(node));
                    endsKnown = false;
                }
            }
            if (!endsKnown)
                continue;
            const qlonglong supplier = mCompanyOfNode.value(edge.source);
            const qlonglong customer = mCompanyOfNode.value(edge.target);
            const QString idText = mEdgeAttributes.firstValue(edge, edgeIdAttributes);
            const std::optional<qlonglong> wantedId = wantedRelationId(edge);
            const Relation *stored = wantedId ? byId.value(static_cast<int>(*wantedId)) : nullptr;
            if (!stored)
                stored = relationByEnds(supplier, customer,
                                        mEdgeAttributes.value(edge, QStringLiteral("kind")));
            if (stored) {
                if (matchedBy.contains(stored->id)) {
                    problem(element, edge.line, {},
                            GraphMlImporter::tr(
                                "it is relation %1, as %2 is already; a relation can be in the "
                                "file once")
                                .arg(stored->id)
                                .arg(matchedBy.value(stored->id)));
                    continue;
                }
                matchedBy.insert(stored->id, element);
            }
            qlonglong id = stored ? stored->id : 0;
            if (!stored) {
                id = wantedId && *wantedId > 0 && !given.contains(*wantedId) ? *wantedId : ++nextId;
                given.insert(id);
            }
            Row row { element, edge.line, {} };
            bool changed = !stored;
            const bool badId = !idText.isEmpty() && !givenId(idText, QLatin1Char('r'));
            row.fields.insert(QStringLiteral("id"), badId ? idText : QString::number(id));
            changed = changed || badId;
            row.fields.insert(QStringLiteral("supplier_id"), QString::number(supplier));
            row.fields.insert(QStringLiteral("customer_id"), QString::number(customer));
            changed = changed ||
                (stored && (stored->supplierId != supplier || stored->customerId != customer));
            for (const QString &attribute : relationAttributes) {
                const auto text = mEdgeAttributes.value(edge, attribute);
                if (!text)
                    continue;
                row.fields.insert(attribute, *text);
                changed = changed || !stored ||
                    differs(attribute, *text, relationField(*stored, attribute));
            }
            if (!row.fields.contains(QStringLiteral("weight")))
                row.fields.insert(QStringLiteral("weight"),
                                  stored ? relationField(*stored, QStringLiteral("weight"))
                                         : QString());
            if (!stored)
                ++mResult->relationsAdded;
            else if (changed)
                ++mResult->relationsUpdated;
            else
                ++mResult->relationsUnchanged;
            if (changed)
                relationRows << row;
        }
    }

    std::optional<qlonglong> wantedRelationId(const GraphMlItem &edge) const
    {
        const QString idText = mEdgeAttributes.firstValue(edge, edgeIdAttributes);
        if (!idText.isEmpty())
            return givenId(idText, QLatin1Char('r'));
        return exportedId(edge.id, QLatin1Char('r'));
    }

    const GraphMlGraph &mGraph;
    const SupplyChain &mChain;
    GraphMlImportResult *mResult;
    Attributes mNodeAttributes;
    Attributes mEdgeAttributes;
    QHash<QString, qlonglong> mCompanyOfNode; // node id → company id, new ones included
};

// The pure checks of a CSV import, table by table.
QList<GraphMlProblem> checkRows(const QString &table, const QList<Row> &rows,
                                QList<CheckedRecords> *checked)
{
    QList<GraphMlProblem> problems;
    for (const CsvTable &csv : tablesOf(table, rows)) {
        CheckedRecords records =
            checkRecords(table, csv, mapColumns(csvColumns(table), csv.header));
        for (const ImportProblem &problem : std::as_const(records.problems))
            problems << problemOf(rows, problem);
        *checked << records;
    }
    return problems;
}

QList<GraphMlProblem> writeRows(QSqlDatabase &db, const QString &table, const QList<Row> &rows,
                                const QList<CheckedRecords> &checked)
{
    QList<GraphMlProblem> problems;
    for (const CheckedRecords &records : checked) {
        for (const ImportProblem &problem : CsvImporter::writeRecords(db, table, records))
            problems << problemOf(rows, problem);
    }
    return problems;
}

// The supply chain's own rules (the editors' checks) on every row written, read back as the
// workbook now holds it: a name that differs from another only in case, a second relation of
// the same supplier, customer and kind.
QList<GraphMlProblem> ruleProblems(QSqlDatabase &db, const QList<Row> &companyRows,
                                   const QList<Row> &relationRows)
{
    SupplyChainRepository repository(db);
    const SupplyChain chain = repository.load();
    if (!repository.error().isEmpty())
        return { GraphMlProblem { {}, 0, {}, repository.error() } };
    QList<GraphMlProblem> problems;
    for (const Row &row : companyRows) {
        const Company *company = chain.company(row.fields.value(QStringLiteral("id")).toInt());
        if (!company)
            continue;
        if (const QString problem = SupplyChainRules::companyProblem(chain, *company);
            !problem.isEmpty())
            problems << GraphMlProblem { row.element, row.line, {}, problem };
    }
    for (const Row &row : relationRows) {
        const int id = row.fields.value(QStringLiteral("id")).toInt();
        for (const Relation &relation : chain.relations) {
            if (relation.id != id)
                continue;
            if (const QString problem = SupplyChainRules::relationProblem(chain, relation);
                !problem.isEmpty())
                problems << GraphMlProblem { row.element, row.line, {}, problem };
        }
    }
    return problems;
}

bool logImport(QSqlDatabase &db, const QString &table, const QString &label, int rows)
{
    if (rows == 0)
        return true;
    // One line per table and import, as a CSV import writes.
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO edit_log (at, table_name, row_key, field, old_value, "
                               "new_value, changed_by) VALUES (?, ?, ?, 'import', NULL, ?, ?)"));
    log.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    log.addBindValue(table);
    log.addBindValue(label);
    log.addBindValue(
        QCoreApplication::translate("ws::CsvImporter", "%n row(s) imported", nullptr, rows));
    log.addBindValue(SqlDialect::editorValue(db));
    return log.exec();
}

} // namespace

QString GraphMlImportResult::summary() const
{
    QString text = tr("companies: %1 added, %2 updated, %3 unchanged; relations: %4 added, %5 "
                      "updated, %6 unchanged")
                       .arg(companiesAdded)
                       .arg(companiesUpdated)
                       .arg(companiesUnchanged)
                       .arg(relationsAdded)
                       .arg(relationsUpdated)
                       .arg(relationsUnchanged);
    if (!ignoredAttributes.isEmpty())
        text += tr("; attributes ignored: %1").arg(ignoredAttributes.join(QStringLiteral(", ")));
    return text;
}

GraphMlImportResult GraphMlImporter::importGraph(QSqlDatabase &db, const GraphMlGraph &graph,
                                                 const QString &label, bool dryRun)
{
    GraphMlImportResult result = importSorted(db, graph, label, dryRun);
    // In the order of the file, as a CSV import lists its problems by line.
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [](const GraphMlProblem &a, const GraphMlProblem &b) { return a.line < b.line; });
    return result;
}

GraphMlImportResult GraphMlImporter::importSorted(QSqlDatabase &db, const GraphMlGraph &graph,
                                                  const QString &label, bool dryRun)
{
    GraphMlImportResult result;
    SupplyChainRepository repository(db);
    const SupplyChain chain = repository.load();
    if (!repository.error().isEmpty()) {
        result.problems << GraphMlProblem { {}, 0, {}, repository.error() };
        return result;
    }
    const Plan plan(graph, chain, &result);
    QList<CheckedRecords> companies;
    QList<CheckedRecords> relations;
    const QList<GraphMlProblem> companyChecks =
        checkRows(QStringLiteral("company"), plan.companyRows, &companies);
    result.problems += companyChecks;
    result.problems += checkRows(QStringLiteral("relation"), plan.relationRows, &relations);
    // Like a CSV import, the rows that passed the checks are written even when others did not,
    // inside the transaction that a problem rolls back, so that one pass lists the workbook's
    // objections (a duplicate name, a tier it does not know) beside the file's own.
    if (plan.companyRows.isEmpty() && plan.relationRows.isEmpty())
        return result;

    const QString begun = beginWrite(db);
    if (!begun.isEmpty()) {
        result.problems << GraphMlProblem { {}, 0, {}, begun };
        return result;
    }
    // Rolls back unless committed: a problem anywhere leaves the workbook as it was.
    bool committed = false;
    const auto rollBack = qScopeGuard([&] {
        if (!committed)
            db.rollback();
    });
    const QList<GraphMlProblem> companyProblems =
        writeRows(db, QStringLiteral("company"), plan.companyRows, companies);
    result.problems += companyProblems;
    // Relations are written only onto companies that all could be: another would only say again
    // that a company is missing.
    if (plan.nodesOk && companyChecks.isEmpty() && companyProblems.isEmpty())
        result.problems += writeRows(db, QStringLiteral("relation"), plan.relationRows, relations);
    if (result.ok())
        result.problems += ruleProblems(db, plan.companyRows, plan.relationRows);
    if (!result.ok() || dryRun)
        return result;
    if (!logImport(db, QStringLiteral("company"), label,
                   static_cast<int>(plan.companyRows.size())) ||
        !logImport(db, QStringLiteral("relation"), label,
                   static_cast<int>(plan.relationRows.size())) ||
        !ChangeFeed::announce(db).isEmpty() || !db.commit()) {
        const QString reason = diskProblem(db);
        result.problems << GraphMlProblem {
            {}, 0, {}, reason.isEmpty() ? describeSqlError(db.lastError()) : reason
        };
        return result;
    }
    committed = true;
    return result;
}

} // namespace ws
