// SPDX-License-Identifier: MIT
#include "provenancerepository.h"
#include "core/translation.h"

#include "core/sourcecitation.h"
#include "core/sourcedate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ws {

ProvenanceRepository::ProvenanceRepository(QSqlDatabase db)
    : mDb(std::move(db))
{
}

QList<Source> ProvenanceRepository::sources()
{
    QList<Source> sources;
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, title, publisher, url, published_on, note, title_kind, "
                              "date_precision FROM source ORDER BY id"));
    while (query.next()) {
        // The schema's CHECK constraints admit only known words.
        sources << Source {
            query.value(0).toInt(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
            SourceCitation::parseTitleKind(query.value(6).toString()).value_or(TitleKind::Title),
            SourceDate::parsePrecision(query.value(7).toString()).value_or(DatePrecision::Unknown)
        };
    }
    return sources;
}

quint64 ProvenanceRepository::cellKey(int programId, int year, AssumptionField field)
{
    return (quint64(quint32(programId)) << 32) | (quint64(quint32(year)) << 8) |
        quint64(static_cast<int>(field));
}

QHash<quint64, CellProvenance> ProvenanceRepository::cellProvenance(int scenarioId)
{
    return readCellProvenance(scenarioId, nullptr);
}

QHash<quint64, CellProvenance> ProvenanceRepository::cellProvenance(int scenarioId,
                                                                    const QList<int> &programIds)
{
    return readCellProvenance(scenarioId, &programIds);
}

QHash<quint64, CellProvenance>
ProvenanceRepository::readCellProvenance(int scenarioId, const QList<int> *programIds)
{
    // The chain from the scenario up to its root; the root's rows go in first, so that each
    // descendant's rows replace the ones it overrides.
    QHash<int, int> parentOf;
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, parent_id FROM scenario"));
    while (query.next())
        parentOf.insert(query.value(0).toInt(), query.value(1).toInt());
    QList<int> chain;
    for (int id = scenarioId; id != 0 && !chain.contains(id); id = parentOf.value(id))
        chain.prepend(id);

    QHash<quint64, CellProvenance> cells;
    query.prepare(programIds ? QStringLiteral("SELECT program_id, year, field, source_id, note "
                                              "FROM assumption WHERE scenario_id = ? AND "
                                              "program_id = ?")
                             : QStringLiteral("SELECT program_id, year, field, source_id, note "
                                              "FROM assumption WHERE scenario_id = ?"));
    const QList<int> everyProgram = { 0 };
    for (const int id : std::as_const(chain)) {
        for (const int programId : programIds ? *programIds : everyProgram) {
            query.addBindValue(id);
            if (programIds)
                query.addBindValue(programId);
            if (!query.exec())
                continue;
            while (query.next()) {
                const auto field = parseAssumptionField(query.value(2).toString());
                if (!field)
                    continue;
                cells.insert(
                    cellKey(query.value(0).toInt(), query.value(1).toInt(), *field),
                    CellProvenance { id, query.value(3).toInt(), query.value(4).toString() });
            }
        }
    }
    return cells;
}

QList<UnsourcedNumber> ProvenanceRepository::unsourcedNumbers()
{
    QList<UnsourcedNumber> numbers;
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT s.name, p.name, a.year, a.field, a.value FROM assumption a "
        "JOIN scenario s ON s.id = a.scenario_id JOIN program p ON p.id = a.program_id "
        "WHERE a.source_id IS NULL ORDER BY s.id, p.id, a.year, a.field"));
    while (query.next()) {
        numbers << UnsourcedNumber { QStringLiteral("assumption"),
                                     tr("%1 · %2 · %3 · %4")
                                         .arg(query.value(0).toString(), query.value(1).toString(),
                                              query.value(2).toString(), query.value(3).toString()),
                                     query.value(4).toString(), query.value(3).toString() };
    }
    query.exec(QStringLiteral(
        "SELECT s.name, c.name, r.product, r.weight FROM relation r "
        "JOIN company s ON s.id = r.supplier_id JOIN company c ON c.id = r.customer_id "
        "WHERE r.source_id IS NULL ORDER BY r.id"));
    while (query.next()) {
        numbers << UnsourcedNumber { QStringLiteral("relation"),
                                     tr("%1 → %2 (%3), weight")
                                         .arg(query.value(0).toString(), query.value(1).toString(),
                                              query.value(2).toString()),
                                     query.value(3).toString(), QString() };
    }
    return numbers;
}

QList<EditLogEntry> ProvenanceRepository::editLog(const EditLogFilter &filter, int limit)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.table.isEmpty()) {
        conditions << QStringLiteral("table_name = ?");
        values << filter.table;
    }
    if (!filter.field.isEmpty()) {
        conditions << QStringLiteral("field = ?");
        values << filter.field;
    }
    if (!filter.rowKeys.isEmpty()) {
        QStringList marks;
        for (const QString &key : filter.rowKeys) {
            marks << QStringLiteral("?");
            values << key;
        }
        conditions << QStringLiteral("row_key IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.changedBy.isEmpty()) {
        conditions << QStringLiteral("changed_by = ?");
        values << filter.changedBy;
    }
    // Times are stored as ISO 8601 UTC text, which sorts as time does.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at <= ?");
        values << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    QString sql = QStringLiteral(
        "SELECT id, at, table_name, row_key, field, old_value, new_value, changed_by "
        "FROM edit_log");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << limit;

    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<EditLogEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        EditLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.at.setTimeSpec(Qt::UTC);
        entry.table = query.value(2).toString();
        entry.rowKey = query.value(3).toString();
        entry.field = query.value(4).toString();
        entry.oldValue = query.value(5);
        entry.newValue = query.value(6);
        entry.changedBy = query.value(7).toString();
        entries << entry;
    }
    return entries;
}

QStringList ProvenanceRepository::editLogTables()
{
    QStringList tables;
    QSqlQuery query(mDb);
    query.exec(QStringLiteral("SELECT DISTINCT table_name FROM edit_log ORDER BY table_name"));
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

QStringList ProvenanceRepository::editLogUsers()
{
    QStringList users;
    QSqlQuery query(mDb);
    query.exec(QStringLiteral("SELECT DISTINCT changed_by FROM edit_log WHERE changed_by IS NOT "
                              "NULL ORDER BY changed_by"));
    while (query.next())
        users << query.value(0).toString();
    return users;
}

QStringList ProvenanceRepository::editLogFields(const QString &table)
{
    QStringList fields;
    QSqlQuery query(mDb);
    query.prepare(
        QStringLiteral("SELECT DISTINCT field FROM edit_log WHERE table_name = ? OR ? = '' "
                       "ORDER BY field"));
    query.addBindValue(table);
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next()) {
            if (!query.value(0).isNull())
                fields << query.value(0).toString();
        }
    }
    return fields;
}

} // namespace ws
