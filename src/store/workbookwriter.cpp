// SPDX-License-Identifier: MIT
#include "workbookwriter.h"
#include "core/translation.h"

#include "changefeed.h"
#include "provenancerepository.h"
#include "sqldialect.h"
#include "storedrowversions.h"
#include "writetransaction.h"

#include "core/sourcecitation.h"
#include "core/sourcedate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
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

QString WorkbookWriter::inTransaction(const std::function<QString()> &work)
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
                                                     AssumptionField field, QString *error)
{
    QSqlQuery query(mDb);
    // A server prepares a statement as it runs it, and may stop it there too (a timeout while
    // the table is locked): a failed prepare is a failed read, never an empty cell.
    if (!query.prepare(QStringLiteral("SELECT ") + cellColumns +
                       QStringLiteral(" WHERE scenario_id = ? AND program_id = ? AND year = ? "
                                      "AND field = ?"))) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    query.addBindValue(scenarioId);
    query.addBindValue(programId);
    query.addBindValue(year);
    query.addBindValue(assumptionFieldName(field));
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    const QList<StoredCell> cells = readCells(query);
    if (cells.isEmpty())
        return std::nullopt;
    return cells.first();
}

QString WorkbookWriter::writeCell(const StoredCell &key, const std::optional<StoredCell> &row)
{
    QString unread;
    const std::optional<StoredCell> old =
        storedCell(key.scenarioId, key.programId, key.year, key.field, &unread);
    if (!unread.isEmpty())
        return unread;
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
    const QString field = assumptionFieldName(key.field);
    return lastChangeWhere(QStringLiteral("table_name = 'assumption' AND row_key = ? AND "
                                          "(field = ? OR field = ?)"),
                           { cellRowKey(key), field, field + QStringLiteral(":source_id") });
}

QString WorkbookWriter::lastChangeWhere(const QString &condition, const QVariantList &values)
{
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT changed_by, at FROM edit_log WHERE %1 ORDER BY id DESC "
                                 "LIMIT 1")
                      .arg(condition));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    const QString who = query.value(0).toString();
    const QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    const QString when = at.isValid()
        ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
        : query.value(1).toString();
    return who.isEmpty() ? tr("someone at %1").arg(when) : tr("%1 at %2").arg(who, when);
}

QString WorkbookWriter::changedAfterRead(const QString &what, const QString &who)
{
    return who.isEmpty()
        ? tr("%1 was changed by someone else after you read it; nothing was changed").arg(what)
        : tr("%1 was changed by %2 after you read it; nothing was changed").arg(what, who);
}

QString WorkbookWriter::lockRow(const QString &table, int id)
{
    if (!SqlDialect::isServer(mDb))
        return {}; // BEGIN IMMEDIATE keeps every other writer of the file out already
    // The table's name is the program's own, never anything typed.
    QSqlQuery query(mDb);
    if (!query.prepare(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table) +
                       SqlDialect::lockRowsClause(mDb)))
        return describeSqlError(query.lastError());
    query.addBindValue(id);
    return query.exec() ? QString() : describeSqlError(query.lastError());
}

QString WorkbookWriter::idTaken(const QString &table, int id)
{
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec() || !query.next() || query.value(0).toInt() == 0)
        return {};
    // Two people added a row at the same moment and were given the same next id.
    return tr("someone else added a %1 with the id %2 at the same moment; nothing was changed. "
              "Try again.")
        .arg(table)
        .arg(id);
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
        if (!lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS integer), "
                                         "CAST(? AS integer))")))
            return describeSqlError(lock.lastError());
        lock.addBindValue(key.scenarioId);
        lock.addBindValue(key.programId);
        if (!lock.exec())
            return describeSqlError(lock.lastError());
    }
    QString unread;
    const std::optional<StoredCell> stored =
        storedCell(key.scenarioId, key.programId, key.year, key.field, &unread);
    if (!unread.isEmpty())
        return unread;
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
        if (const QString taken = idTaken(QStringLiteral("scenario"), scenario.id);
            !taken.isEmpty())
            return taken;
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("INSERT INTO scenario (id, name, parent_id, note, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(scenario.id);
        query.addBindValue(scenario.name);
        query.addBindValue(scenario.parentId ? QVariant(scenario.parentId) : QVariant());
        query.addBindValue(nullable(scenario.note));
        query.addBindValue(scenario.createdAt);
        if (!query.exec()) {
            if (SqlDialect::isUniqueViolation(query.lastError()))
                return tr("a scenario named '%1' exists already").arg(scenario.name);
            return describeSqlError(query.lastError());
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

QString WorkbookWriter::scenarioChangedSince(const ScenarioSnapshot &expected)
{
    if (const QString locked = lockRow(QStringLiteral("scenario"), expected.id); !locked.isEmpty())
        return locked;
    const ScenarioSnapshot stored = snapshotScenario(expected.id);
    if (stored.id == 0)
        return tr("there is no scenario with id %1").arg(expected.id);
    if (StoredRowVersions::sameScenario(stored, expected))
        return {};
    // Its name, or a cell it stores: "scenario 2, program 9, year 2026".
    const QString who = lastChangeWhere(
        QStringLiteral("(table_name = 'scenario' AND row_key = ?) OR (table_name = "
                       "'assumption' AND row_key LIKE ?)"),
        { QString::number(expected.id), QStringLiteral("scenario %1, %").arg(expected.id) });
    return changedAfterRead(tr("The scenario %1").arg(stored.name), who);
}

QString WorkbookWriter::deleteScenario(const ScenarioSnapshot &expected)
{
    return inTransaction([&]() -> QString {
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("SELECT count(*) FROM scenario WHERE parent_id = ?"));
        query.addBindValue(expected.id);
        if (query.exec() && query.next() && query.value(0).toInt() > 0)
            return tr("other scenarios are based on it; delete those first");
        if (const QString changed = scenarioChangedSince(expected); !changed.isEmpty())
            return changed;
        for (const StoredCell &cell : expected.cells) {
            const QString error = writeCell(cell, std::nullopt);
            if (!error.isEmpty())
                return error;
        }
        query.prepare(QStringLiteral("DELETE FROM scenario WHERE id = ?"));
        query.addBindValue(expected.id);
        if (!query.exec())
            return describeSqlError(query.lastError());
        return log(QStringLiteral("scenario"), QString::number(expected.id), QStringLiteral("name"),
                   expected.name, QVariant());
    });
}

QString WorkbookWriter::renameScenario(int scenarioId, const QString &expectedName,
                                       const QString &name)
{
    return inTransaction([&]() -> QString {
        if (const QString locked = lockRow(QStringLiteral("scenario"), scenarioId);
            !locked.isEmpty())
            return locked;
        const ScenarioSnapshot old = snapshotScenario(scenarioId);
        if (old.id == 0)
            return tr("there is no scenario with id %1").arg(scenarioId);
        if (old.name != expectedName)
            return changedAfterRead(
                tr("The scenario %1").arg(expectedName),
                lastChangeWhere(QStringLiteral("table_name = 'scenario' AND row_key = ?"),
                                { QString::number(scenarioId) }));
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("UPDATE scenario SET name = ? WHERE id = ?"));
        query.addBindValue(name);
        query.addBindValue(scenarioId);
        if (!query.exec()) {
            if (SqlDialect::isUniqueViolation(query.lastError()))
                return tr("a scenario named '%1' exists already").arg(name);
            return describeSqlError(query.lastError());
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
        if (const QString taken = idTaken(QStringLiteral("program"), program.id); !taken.isEmpty())
            return taken;
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
            if (SqlDialect::isUniqueViolation(query.lastError()))
                return tr("a program named '%1' exists already").arg(program.name);
            return describeSqlError(query.lastError());
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

QString WorkbookWriter::deleteProgram(const ProgramSnapshot &expected)
{
    return inTransaction([&]() -> QString {
        if (const QString locked = lockRow(QStringLiteral("program"), expected.id);
            !locked.isEmpty())
            return locked;
        const ProgramSnapshot old = snapshotProgram(expected.id);
        if (old.id == 0)
            return tr("there is no program with id %1").arg(expected.id);
        if (!StoredRowVersions::sameProgram(old, expected))
            return changedAfterRead(
                tr("The program %1").arg(old.name),
                lastChangeWhere(QStringLiteral("(table_name = 'program' AND row_key = ?) OR "
                                               "(table_name = 'assumption' AND row_key LIKE ?)"),
                                { QString::number(expected.id),
                                  QStringLiteral("%, program %1, %").arg(expected.id) }));
        for (const StoredCell &cell : old.cells) {
            const QString error = writeCell(cell, std::nullopt);
            if (!error.isEmpty())
                return error;
        }
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("DELETE FROM program WHERE id = ?"));
        query.addBindValue(expected.id);
        if (!query.exec())
            return describeSqlError(query.lastError());
        return log(QStringLiteral("program"), QString::number(expected.id), QStringLiteral("name"),
                   old.name, QVariant());
    });
}

QString WorkbookWriter::sourceChangedSince(int sourceId, const std::optional<Source> &expected)
{
    if (const QString locked = lockRow(QStringLiteral("source"), sourceId); !locked.isEmpty())
        return locked;
    const QList<Source> sources = ProvenanceRepository(mDb).sources();
    const auto stored = std::find_if(sources.cbegin(), sources.cend(),
                                     [&](const Source &s) { return s.id == sourceId; });
    const bool same = expected
        ? stored != sources.cend() && StoredRowVersions::sameSource(*stored, *expected)
        : stored == sources.cend();
    if (same)
        return {};
    if (!expected) // a new source whose id someone else took meanwhile
        return idTaken(QStringLiteral("source"), sourceId);
    return changedAfterRead(tr("The source %1").arg(expected->title),
                            lastChangeWhere(QStringLiteral("table_name = 'source' AND row_key = ?"),
                                            { QString::number(sourceId) }));
}

QString WorkbookWriter::writeSource(const std::optional<Source> &before,
                                    const std::optional<Source> &after)
{
    return inTransaction([&]() -> QString {
        if (const QString changed = sourceChangedSince(before ? before->id : after->id, before);
            !changed.isEmpty())
            return changed;
        QSqlQuery query(mDb);
        if (!after) {
            query.prepare(QStringLiteral("DELETE FROM source WHERE id = ?"));
            query.addBindValue(before->id);
            if (!query.exec()) {
                if (SqlDialect::isForeignKeyViolation(query.lastError()))
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

} // namespace ws
