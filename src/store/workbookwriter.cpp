// SPDX-License-Identifier: MIT
#include "workbookwriter.h"
#include "core/translation.h"

#include "changefeed.h"
#include "sqldialect.h"
#include "writetransaction.h"

#include "core/sourcecitation.h"
#include "core/sourcedate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace ws {

namespace {

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QList<StoredCell> readCells(QSqlQuery &query)
{
    QList<StoredCell> cells;
    while (query.next()) {
        const auto field = parseAssumptionField(query.value(3).toString());
        if (!field)
            continue;
        StoredCell cell;
        cell.scenarioId = query.value(0).toInt();
        cell.programId = query.value(1).toInt();
        cell.year = query.value(2).toInt();
        cell.field = *field;
        cell.value = query.value(4).toString();
        if (!query.value(5).isNull())
            cell.sourceId = query.value(5).toInt();
        cell.note = query.value(6).toString();
        cells << cell;
    }
    return cells;
}

const QString cellColumns =
    QStringLiteral("scenario_id, program_id, year, field, value, source_id, note FROM assumption");

} // namespace

QString WorkbookWriter::cellRowKey(const StoredCell &cell)
{
    return QStringLiteral("scenario %1, program %2, year %3")
        .arg(cell.scenarioId)
        .arg(cell.programId)
        .arg(cell.year);
}

std::optional<StoredCell> WorkbookWriter::parseCellRowKey(const QString &rowKey)
{
    static const QRegularExpression key(
        QStringLiteral("^scenario (\\d+), program (\\d+), year (-?\\d+)$"));
    const QRegularExpressionMatch match = key.match(rowKey);
    if (!match.hasMatch())
        return std::nullopt;
    StoredCell cell;
    cell.scenarioId = match.captured(1).toInt();
    cell.programId = match.captured(2).toInt();
    cell.year = match.captured(3).toInt();
    return cell;
}

WorkbookWriter::WorkbookWriter(QSqlDatabase db)
    : mDb(std::move(db))
{
}

template<typename Work> QString WorkbookWriter::inTransaction(Work work)
{
    if (const QString locked = beginWrite(mDb); !locked.isEmpty())
        return locked;
    // Every step of the work stops at its first failed statement. A full disk or an I/O error
    // may have rolled the transaction back already; it is named as such, not by SQLite's words
    // for the statement that met it.
    const QString error = work();
    if (!error.isEmpty()) {
        const QString disk = diskProblem(mDb);
        mDb.rollback();
        return disk.isEmpty() ? error : disk;
    }
    // Colleagues with the workbook open hear of the change when it commits.
    if (const QString notice = ChangeFeed::announce(mDb); !notice.isEmpty()) {
        mDb.rollback();
        return notice;
    }
    // COMMIT through a query, whose error keeps SQLite's code (QSqlDatabase::commit drops it).
    QSqlQuery commit(mDb);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString disk = diskProblem(mDb);
        const QString reason = disk.isEmpty() ? describeSqlError(commit.lastError()) : disk;
        mDb.rollback();
        return tr("cannot save the change: %1").arg(reason);
    }
    return {};
}

QString WorkbookWriter::log(const QString &table, const QString &rowKey, const QString &field,
                            const QVariant &oldValue, const QVariant &newValue)
{
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("INSERT INTO edit_log (at, table_name, row_key, field, "
                                 "old_value, new_value, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(table);
    query.addBindValue(rowKey);
    query.addBindValue(field);
    query.addBindValue(oldValue);
    query.addBindValue(newValue);
    query.addBindValue(SqlDialect::editorValue(mDb));
    return query.exec() ? QString() : query.lastError().text();
}

std::optional<StoredCell> WorkbookWriter::storedCell(int scenarioId, int programId, int year,
                                                     AssumptionField field)
{
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT ") + cellColumns +
                  QStringLiteral(" WHERE scenario_id = ? AND program_id = ? AND year = ? AND "
                                 "field = ?"));
    query.addBindValue(scenarioId);
    query.addBindValue(programId);
    query.addBindValue(year);
    query.addBindValue(assumptionFieldName(field));
    if (!query.exec())
        return std::nullopt;
    const QList<StoredCell> cells = readCells(query);
    if (cells.isEmpty())
        return std::nullopt;
    return cells.first();
}

QString WorkbookWriter::writeCell(const StoredCell &key, const std::optional<StoredCell> &row)
{
    const std::optional<StoredCell> old =
        storedCell(key.scenarioId, key.programId, key.year, key.field);
    QSqlQuery query(mDb);
    if (row) {
        query.prepare(QStringLiteral(
            "INSERT INTO assumption (scenario_id, program_id, year, field, value, source_id, "
            "note) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scenario_id, program_id, year, "
            "field) DO UPDATE SET value = excluded.value, source_id = excluded.source_id, "
            "note = excluded.note"));
        query.addBindValue(row->scenarioId);
        query.addBindValue(row->programId);
        query.addBindValue(row->year);
        query.addBindValue(assumptionFieldName(row->field));
        query.addBindValue(row->value);
        query.addBindValue(nullable(row->sourceId));
        query.addBindValue(nullable(row->note));
    } else {
        query.prepare(QStringLiteral("DELETE FROM assumption WHERE scenario_id = ? AND "
                                     "program_id = ? AND year = ? AND field = ?"));
        query.addBindValue(key.scenarioId);
        query.addBindValue(key.programId);
        query.addBindValue(key.year);
        query.addBindValue(assumptionFieldName(key.field));
    }
    if (!query.exec())
        return query.lastError().text();
    // A change of the cited source alone is logged as such ("units:source_id"), so that the
    // History page shows it and can revert it.
    if (old && row && old->value == row->value && old->sourceId != row->sourceId) {
        return log(QStringLiteral("assumption"), cellRowKey(key),
                   assumptionFieldName(key.field) + QStringLiteral(":source_id"),
                   nullable(old->sourceId), nullable(row->sourceId));
    }
    return log(QStringLiteral("assumption"), cellRowKey(key), assumptionFieldName(key.field),
               old ? QVariant(old->value) : QVariant(), row ? QVariant(row->value) : QVariant());
}

QString WorkbookWriter::lastChangeOf(const StoredCell &key)
{
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT changed_by, at FROM edit_log WHERE table_name = "
                                 "'assumption' AND row_key = ? AND (field = ? OR field = ?) "
                                 "ORDER BY id DESC LIMIT 1"));
    const QString field = assumptionFieldName(key.field);
    query.addBindValue(cellRowKey(key));
    query.addBindValue(field);
    query.addBindValue(field + QStringLiteral(":source_id"));
    if (!query.exec() || !query.next())
        return {};
    const QString who = query.value(0).toString();
    const QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    const QString when = at.isValid()
        ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
        : query.value(1).toString();
    return who.isEmpty() ? tr("someone at %1").arg(when) : tr("%1 at %2").arg(who, when);
}

// Optimistic concurrency: nothing holds a lock while a person decides, so a change says what it
// was made from and is written only if the cell still holds it. On a server the cells of one
// program in one scenario are locked until the commit (an advisory lock, which also covers a
// cell not stored yet), so that two writers cannot both pass the check; a file has one writer
// at a time (BEGIN IMMEDIATE).
QString WorkbookWriter::changedSince(const StoredCell &key,
                                     const std::optional<StoredCell> &expected)
{
    if (SqlDialect::isServer(mDb)) {
        QSqlQuery lock(mDb);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS integer), "
                                    "CAST(? AS integer))"));
        lock.addBindValue(key.scenarioId);
        lock.addBindValue(key.programId);
        if (!lock.exec())
            return describeSqlError(lock.lastError());
    }
    const std::optional<StoredCell> stored =
        storedCell(key.scenarioId, key.programId, key.year, key.field);
    const bool same = stored.has_value() == expected.has_value() &&
        (!stored || (stored->value == expected->value && stored->sourceId == expected->sourceId));
    if (same)
        return {};
    const QString who = lastChangeOf(key);
    const QString now = stored ? stored->value : tr("inherited from the parent scenario");
    return who.isEmpty()
        ? tr("it was changed by someone else after you read it (it is now %1); nothing was "
             "changed")
              .arg(now)
        : tr("it was changed by %1 after you read it (it is now %2); nothing was changed")
              .arg(who, now);
}

QString WorkbookWriter::applyCellChanges(const QList<CellChange> &changes, bool reverse)
{
    return inTransaction([&]() -> QString {
        for (const CellChange &change : changes) {
            const QString conflict =
                changedSince(change.key(), reverse ? change.after : change.before);
            if (!conflict.isEmpty())
                return tr("%1: %2").arg(cellRowKey(change.key()), conflict);
        }
        for (const CellChange &change : changes) {
            const QString error = writeCell(change.key(), reverse ? change.before : change.after);
            if (!error.isEmpty())
                return tr("%1: %2").arg(cellRowKey(change.key()), error);
        }
        return {};
    });
}

int WorkbookWriter::nextId(IdTable table)
{
    // The table's name comes from this list, in IdTable's order, never from anything typed.
    static constexpr const char *names[] = { "scenario", "program", "company", "relation",
                                             "source" };
    static_assert(std::size(names) == static_cast<size_t>(IdTable::Source) + 1);
    QSqlQuery query(mDb);
    return query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1")
                          .arg(QLatin1String(names[static_cast<size_t>(table)]))) &&
            query.next()
        ? query.value(0).toInt()
        : 0;
}

ScenarioSnapshot WorkbookWriter::snapshotScenario(int scenarioId)
{
    ScenarioSnapshot snapshot;
    QSqlQuery query(mDb);
    query.prepare(
        QStringLiteral("SELECT id, name, parent_id, note, created_at FROM scenario WHERE id = ?"));
    query.addBindValue(scenarioId);
    if (!query.exec() || !query.next())
        return snapshot;
    snapshot.id = query.value(0).toInt();
    snapshot.name = query.value(1).toString();
    snapshot.parentId = query.value(2).toInt();
    snapshot.note = query.value(3).toString();
    snapshot.createdAt = query.value(4).toString();
    query.prepare(QStringLiteral("SELECT ") + cellColumns +
                  QStringLiteral(" WHERE scenario_id = ? ORDER BY program_id, year, field"));
    query.addBindValue(scenarioId);
    if (query.exec())
        snapshot.cells = readCells(query);
    return snapshot;
}

QString WorkbookWriter::insertScenario(const ScenarioSnapshot &scenario)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("INSERT INTO scenario (id, name, parent_id, note, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(scenario.id);
        query.addBindValue(scenario.name);
        query.addBindValue(scenario.parentId ? QVariant(scenario.parentId) : QVariant());
        query.addBindValue(nullable(scenario.note));
        query.addBindValue(scenario.createdAt);
        if (!query.exec()) {
            if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
                return tr("a scenario named '%1' exists already").arg(scenario.name);
            return query.lastError().text();
        }
        for (const StoredCell &cell : scenario.cells) {
            const QString error = writeCell(cell, cell);
            if (!error.isEmpty())
                return error;
        }
        return log(QStringLiteral("scenario"), QString::number(scenario.id), QStringLiteral("name"),
                   QVariant(), scenario.name);
    });
}

QString WorkbookWriter::deleteScenario(int scenarioId)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("SELECT count(*) FROM scenario WHERE parent_id = ?"));
        query.addBindValue(scenarioId);
        if (query.exec() && query.next() && query.value(0).toInt() > 0)
            return tr("other scenarios are based on it; delete those first");
        const ScenarioSnapshot old = snapshotScenario(scenarioId);
        if (old.id == 0)
            return tr("there is no scenario with id %1").arg(scenarioId);
        for (const StoredCell &cell : old.cells) {
            const QString error = writeCell(cell, std::nullopt);
            if (!error.isEmpty())
                return error;
        }
        query.prepare(QStringLiteral("DELETE FROM scenario WHERE id = ?"));
        query.addBindValue(scenarioId);
        if (!query.exec())
            return query.lastError().text();
        return log(QStringLiteral("scenario"), QString::number(scenarioId), QStringLiteral("name"),
                   old.name, QVariant());
    });
}

QString WorkbookWriter::renameScenario(int scenarioId, const QString &name)
{
    return inTransaction([&]() -> QString {
        const ScenarioSnapshot old = snapshotScenario(scenarioId);
        if (old.id == 0)
            return tr("there is no scenario with id %1").arg(scenarioId);
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("UPDATE scenario SET name = ? WHERE id = ?"));
        query.addBindValue(name);
        query.addBindValue(scenarioId);
        if (!query.exec()) {
            if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
                return tr("a scenario named '%1' exists already").arg(name);
            return query.lastError().text();
        }
        return log(QStringLiteral("scenario"), QString::number(scenarioId), QStringLiteral("name"),
                   old.name, name);
    });
}

ProgramSnapshot WorkbookWriter::snapshotProgram(int programId)
{
    ProgramSnapshot snapshot;
    QSqlQuery query(mDb);
    query.prepare(
        QStringLiteral("SELECT id, vendor_id, name, node, note, package_id, die_role FROM program "
                       "WHERE id = ?"));
    query.addBindValue(programId);
    if (!query.exec() || !query.next())
        return snapshot;
    snapshot.id = query.value(0).toInt();
    snapshot.vendorId = query.value(1).toInt();
    snapshot.name = query.value(2).toString();
    snapshot.node = query.value(3).toString();
    snapshot.note = query.value(4).toString();
    snapshot.packageId = query.value(5).toInt();
    snapshot.dieRole = query.value(6).toString();
    query.prepare(QStringLiteral("SELECT ") + cellColumns +
                  QStringLiteral(" WHERE program_id = ? ORDER BY scenario_id, year, field"));
    query.addBindValue(programId);
    if (query.exec())
        snapshot.cells = readCells(query);
    // Removing the program drops these links (ON DELETE CASCADE); undo puts them back.
    query.prepare(QStringLiteral("SELECT reported_value_id FROM reported_value_program "
                                 "WHERE program_id = ? ORDER BY reported_value_id"));
    query.addBindValue(programId);
    if (query.exec()) {
        while (query.next())
            snapshot.reportedValueIds << query.value(0).toInt();
    }
    return snapshot;
}

QString WorkbookWriter::insertProgram(const ProgramSnapshot &program)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("INSERT INTO program (id, vendor_id, name, node, note, "
                                     "package_id, die_role) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(program.id);
        query.addBindValue(program.vendorId);
        query.addBindValue(program.name);
        query.addBindValue(nullable(program.node));
        query.addBindValue(nullable(program.note));
        query.addBindValue(program.packageId > 0 ? QVariant(program.packageId)
                                                 : QVariant(QMetaType(QMetaType::Int)));
        query.addBindValue(program.dieRole);
        if (!query.exec()) {
            if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
                return tr("a program named '%1' exists already").arg(program.name);
            return query.lastError().text();
        }
        for (const StoredCell &cell : program.cells) {
            const QString error = writeCell(cell, cell);
            if (!error.isEmpty())
                return error;
        }
        query.prepare(QStringLiteral("INSERT INTO reported_value_program "
                                     "(reported_value_id, program_id) SELECT id, CAST(? AS "
                                     "bigint) FROM reported_value WHERE id = ? "
                                     "ON CONFLICT DO NOTHING"));
        for (const int reportedValueId : program.reportedValueIds) {
            query.addBindValue(program.id);
            query.addBindValue(reportedValueId);
            if (!query.exec())
                return query.lastError().text();
        }
        return log(QStringLiteral("program"), QString::number(program.id), QStringLiteral("name"),
                   QVariant(), program.name);
    });
}

QString WorkbookWriter::deleteProgram(int programId)
{
    return inTransaction([&]() -> QString {
        const ProgramSnapshot old = snapshotProgram(programId);
        if (old.id == 0)
            return tr("there is no program with id %1").arg(programId);
        for (const StoredCell &cell : old.cells) {
            const QString error = writeCell(cell, std::nullopt);
            if (!error.isEmpty())
                return error;
        }
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("DELETE FROM program WHERE id = ?"));
        query.addBindValue(programId);
        if (!query.exec())
            return query.lastError().text();
        return log(QStringLiteral("program"), QString::number(programId), QStringLiteral("name"),
                   old.name, QVariant());
    });
}

} // namespace ws

// The supply chain: companies, relations and dragged node positions.

namespace ws {

namespace {

QVariant nullableId(int id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Company readCompany(const QSqlQuery &query)
{
    return Company { query.value(0).toInt(),    query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString(),
                     query.value(8).toInt() };
}

Relation readRelation(const QSqlQuery &query)
{
    return Relation { query.value(0).toInt(),    query.value(1).toInt(),
                      query.value(2).toInt(),    query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toDouble(),
                      query.value(6).toInt(),    query.value(7).toString() };
}

const QString companyColumns =
    QStringLiteral("id, name, name_zh, ticker, country, tier, role, note, vendor_id");
const QString relationColumns =
    QStringLiteral("id, supplier_id, customer_id, kind, product, weight, source_id, note");

} // namespace

CompanySnapshot WorkbookWriter::snapshotCompany(int companyId)
{
    CompanySnapshot snapshot;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT %1 FROM company WHERE id = ?").arg(companyColumns));
    query.addBindValue(companyId);
    if (!query.exec() || !query.next())
        return snapshot;
    snapshot.company = readCompany(query);
    query.prepare(QStringLiteral("SELECT %1 FROM relation WHERE supplier_id = ? OR customer_id = ? "
                                 "ORDER BY id")
                      .arg(relationColumns));
    query.addBindValue(companyId);
    query.addBindValue(companyId);
    if (query.exec()) {
        while (query.next())
            snapshot.relations << readRelation(query);
    }
    query.prepare(QStringLiteral("SELECT layout, x, y FROM node_position WHERE company_id = ?"));
    query.addBindValue(companyId);
    if (query.exec()) {
        while (query.next()) {
            snapshot.positions << NodePosition { companyId,
                                                 query.value(0).toString(),
                                                 { query.value(1).toDouble(),
                                                   query.value(2).toDouble() } };
        }
    }
    return snapshot;
}

QString WorkbookWriter::writeCompany(const Company &company, bool insert)
{
    QSqlQuery query(mDb);
    query.prepare(
        insert ? QStringLiteral("INSERT INTO company (name, name_zh, ticker, country, tier, "
                                "role, note, vendor_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE company SET name = ?, name_zh = ?, ticker = ?, "
                                "country = ?, tier = ?, role = ?, note = ?, vendor_id = ? "
                                "WHERE id = ?"));
    query.addBindValue(company.name.trimmed());
    query.addBindValue(nullableText(company.nameZh));
    query.addBindValue(nullableText(company.ticker));
    query.addBindValue(nullableText(company.country));
    query.addBindValue(company.tier);
    query.addBindValue(nullableText(company.role));
    query.addBindValue(nullableText(company.note));
    query.addBindValue(nullableId(company.vendorId));
    query.addBindValue(company.id);
    return query.exec() ? QString() : query.lastError().text();
}

QString WorkbookWriter::writeRelation(const Relation &relation, bool insert)
{
    QSqlQuery query(mDb);
    query.prepare(insert
                      ? QStringLiteral("INSERT INTO relation (supplier_id, customer_id, kind, "
                                       "product, weight, source_id, note, id) VALUES (?, ?, ?, ?, "
                                       "?, ?, ?, ?)")
                      : QStringLiteral("UPDATE relation SET supplier_id = ?, customer_id = ?, "
                                       "kind = ?, product = ?, weight = ?, source_id = ?, note = ? "
                                       "WHERE id = ?"));
    query.addBindValue(relation.supplierId);
    query.addBindValue(relation.customerId);
    query.addBindValue(nullableText(relation.kind));
    query.addBindValue(nullableText(relation.product));
    query.addBindValue(relation.weight);
    query.addBindValue(nullableId(relation.sourceId));
    query.addBindValue(nullableText(relation.note));
    query.addBindValue(relation.id);
    return query.exec() ? QString() : query.lastError().text();
}

QString WorkbookWriter::insertCompany(const CompanySnapshot &snapshot)
{
    return inTransaction([&]() -> QString {
        QString error = writeCompany(snapshot.company, true);
        for (const Relation &relation : snapshot.relations) {
            if (error.isEmpty())
                error = writeRelation(relation, true);
        }
        QSqlQuery query(mDb);
        for (const NodePosition &position : snapshot.positions) {
            if (!error.isEmpty())
                break;
            query.prepare(QStringLiteral("INSERT INTO node_position (company_id, layout, x, y) "
                                         "VALUES (?, ?, ?, ?)"));
            query.addBindValue(position.companyId);
            query.addBindValue(position.layout);
            query.addBindValue(position.position.x());
            query.addBindValue(position.position.y());
            if (!query.exec())
                error = query.lastError().text();
        }
        if (!error.isEmpty())
            return error;
        return log(QStringLiteral("company"), QString::number(snapshot.company.id),
                   QStringLiteral("name"), QVariant(), snapshot.company.name);
    });
}

QString WorkbookWriter::deleteCompany(int companyId)
{
    return inTransaction([&]() -> QString {
        const CompanySnapshot old = snapshotCompany(companyId);
        if (old.company.id == 0)
            return tr("there is no company with id %1").arg(companyId);
        QSqlQuery query(mDb);
        for (const Relation &relation : old.relations) {
            query.prepare(QStringLiteral("DELETE FROM relation WHERE id = ?"));
            query.addBindValue(relation.id);
            if (!query.exec())
                return query.lastError().text();
            const QString error = log(QStringLiteral("relation"), QString::number(relation.id),
                                      QStringLiteral("weight"), relation.weight, QVariant());
            if (!error.isEmpty())
                return error;
        }
        query.prepare(QStringLiteral("DELETE FROM node_position WHERE company_id = ?"));
        query.addBindValue(companyId);
        if (!query.exec())
            return query.lastError().text();
        query.prepare(QStringLiteral("DELETE FROM company WHERE id = ?"));
        query.addBindValue(companyId);
        if (!query.exec())
            return query.lastError().text();
        return log(QStringLiteral("company"), QString::number(companyId), QStringLiteral("name"),
                   old.company.name, QVariant());
    });
}

QString WorkbookWriter::updateCompany(const Company &company)
{
    return inTransaction([&]() -> QString {
        const Company old = snapshotCompany(company.id).company;
        if (old.id == 0)
            return tr("there is no company with id %1").arg(company.id);
        QString error = writeCompany(company, false);
        const QList<std::tuple<const char *, QString, QString>> fields = {
            { "name", old.name, company.name },       { "name_zh", old.nameZh, company.nameZh },
            { "ticker", old.ticker, company.ticker }, { "country", old.country, company.country },
            { "tier", old.tier, company.tier },       { "role", old.role, company.role },
            { "note", old.note, company.note },
        };
        for (const auto &[field, before, after] : fields) {
            if (error.isEmpty() && before != after)
                error = log(QStringLiteral("company"), QString::number(company.id),
                            QString::fromLatin1(field), before, after);
        }
        return error;
    });
}

QString WorkbookWriter::insertRelation(const Relation &relation)
{
    return inTransaction([&]() -> QString {
        const QString error = writeRelation(relation, true);
        if (!error.isEmpty())
            return error;
        return log(QStringLiteral("relation"), QString::number(relation.id),
                   QStringLiteral("weight"), QVariant(), relation.weight);
    });
}

QString WorkbookWriter::deleteRelation(int relationId)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("SELECT weight FROM relation WHERE id = ?"));
        query.addBindValue(relationId);
        if (!query.exec() || !query.next())
            return tr("there is no relation with id %1").arg(relationId);
        const QVariant weight = query.value(0);
        query.prepare(QStringLiteral("DELETE FROM relation WHERE id = ?"));
        query.addBindValue(relationId);
        if (!query.exec())
            return query.lastError().text();
        return log(QStringLiteral("relation"), QString::number(relationId),
                   QStringLiteral("weight"), weight, QVariant());
    });
}

QString WorkbookWriter::updateRelation(const Relation &relation)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("SELECT %1 FROM relation WHERE id = ?").arg(relationColumns));
        query.addBindValue(relation.id);
        if (!query.exec() || !query.next())
            return tr("there is no relation with id %1").arg(relation.id);
        const Relation old = readRelation(query);
        query.finish();
        QString error = writeRelation(relation, false);
        const QList<std::tuple<const char *, QVariant, QVariant>> fields = {
            { "supplier_id", old.supplierId, relation.supplierId },
            { "customer_id", old.customerId, relation.customerId },
            { "kind", old.kind, relation.kind },
            { "product", old.product, relation.product },
            { "weight", old.weight, relation.weight },
            { "source_id", old.sourceId, relation.sourceId },
            { "note", old.note, relation.note },
        };
        for (const auto &[field, before, after] : fields) {
            if (error.isEmpty() && before != after)
                error = log(QStringLiteral("relation"), QString::number(relation.id),
                            QString::fromLatin1(field), before, after);
        }
        return error;
    });
}

QString WorkbookWriter::writeSource(const std::optional<Source> &before,
                                    const std::optional<Source> &after)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        if (!after) {
            query.prepare(QStringLiteral("DELETE FROM source WHERE id = ?"));
            query.addBindValue(before->id);
            if (!query.exec()) {
                if (query.lastError().nativeErrorCode() == QLatin1String("787"))
                    return tr("numbers still cite this source; point them at another one first");
                return describeSqlError(query.lastError());
            }
            return log(QStringLiteral("source"), QString::number(before->id),
                       QStringLiteral("title"), before->title, QVariant());
        }
        query.prepare(QStringLiteral(
            "INSERT INTO source (id, title, publisher, url, published_on, note, title_kind, "
            "date_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "title = excluded.title, publisher = excluded.publisher, url = excluded.url, "
            "published_on = excluded.published_on, note = excluded.note, "
            "title_kind = excluded.title_kind, date_precision = excluded.date_precision"));
        query.addBindValue(after->id);
        query.addBindValue(after->title);
        query.addBindValue(nullable(after->publisher));
        query.addBindValue(nullable(after->url));
        query.addBindValue(nullable(after->publishedOn));
        query.addBindValue(nullable(after->note));
        query.addBindValue(SourceCitation::titleKindName(after->titleKind));
        query.addBindValue(SourceDate::precisionName(after->datePrecision));
        if (!query.exec())
            return describeSqlError(query.lastError());
        const Source old = before.value_or(Source {});
        const QList<std::tuple<const char *, QString, QString>> fields = {
            { "title", old.title, after->title },
            { "title_kind", SourceCitation::titleKindName(old.titleKind),
              SourceCitation::titleKindName(after->titleKind) },
            { "publisher", old.publisher, after->publisher },
            { "url", old.url, after->url },
            { "published_on", old.publishedOn, after->publishedOn },
            { "date_precision", SourceDate::precisionName(old.datePrecision),
              SourceDate::precisionName(after->datePrecision) },
            { "note", old.note, after->note },
        };
        for (const auto &[field, oldValue, newValue] : fields) {
            if (oldValue == newValue)
                continue;
            const QString error = log(QStringLiteral("source"), QString::number(after->id),
                                      QString::fromLatin1(field),
                                      before ? QVariant(oldValue) : QVariant(), nullable(newValue));
            if (!error.isEmpty())
                return error;
        }
        return {};
    });
}

QString WorkbookWriter::applyPositions(const QString &layout, const QList<PositionChange> &changes,
                                       bool reverse)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        for (const PositionChange &change : changes) {
            const std::optional<QPointF> &target = reverse ? change.before : change.after;
            if (target) {
                query.prepare(QStringLiteral(
                    "INSERT INTO node_position (company_id, layout, x, y) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (company_id, layout) DO UPDATE SET x = excluded.x, "
                    "y = excluded.y"));
                query.addBindValue(change.companyId);
                query.addBindValue(layout);
                query.addBindValue(target->x());
                query.addBindValue(target->y());
            } else {
                query.prepare(QStringLiteral(
                    "DELETE FROM node_position WHERE company_id = ? AND layout = ?"));
                query.addBindValue(change.companyId);
                query.addBindValue(layout);
            }
            if (!query.exec())
                return query.lastError().text();
        }
        if (changes.isEmpty())
            return {};
        return log(QStringLiteral("node_position"), layout, QStringLiteral("position"), QVariant(),
                   QStringLiteral("%1 moved").arg(changes.size()));
    });
}

} // namespace ws
