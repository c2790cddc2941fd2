// SPDX-License-Identifier: MIT
// WorkbookWriter's changes of the supply chain: companies, relations and dragged node positions.
#include "core/translation.h"
#include "workbookwriter.h"

#include "sqldialect.h"
#include "storedrowversions.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    if (query.exec())
        return {};
    if (SqlDialect::isUniqueViolation(query.lastError()))
        return tr("a company named '%1' exists already").arg(company.name.trimmed());
    return describeSqlError(query.lastError());
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
    return query.exec() ? QString() : describeSqlError(query.lastError());
}

QString WorkbookWriter::companyChangedSince(const CompanySnapshot &expected)
{
    const int companyId = expected.company.id;
    if (const QString locked = lockRow(QStringLiteral("company"), companyId); !locked.isEmpty())
        return locked;
    const CompanySnapshot stored = snapshotCompany(companyId);
    if (stored.company.id == 0)
        return tr("there is no company with id %1").arg(companyId);
    if (StoredRowVersions::sameCompanySnapshot(stored, expected))
        return {};
    return changedAfterRead(
        tr("The company %1").arg(stored.company.name),
        lastChangeWhere(QStringLiteral("table_name = 'company' AND row_key = ?"),
                        { QString::number(companyId) }));
}

QString WorkbookWriter::relationChangedSince(const Relation &expected)
{
    if (const QString locked = lockRow(QStringLiteral("relation"), expected.id); !locked.isEmpty())
        return locked;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT %1 FROM relation WHERE id = ?").arg(relationColumns));
    query.addBindValue(expected.id);
    if (!query.exec() || !query.next())
        return tr("there is no relation with id %1").arg(expected.id);
    if (StoredRowVersions::sameRelation(readRelation(query), expected))
        return {};
    return changedAfterRead(
        tr("The relation %1").arg(expected.id),
        lastChangeWhere(QStringLiteral("table_name = 'relation' AND row_key = ?"),
                        { QString::number(expected.id) }));
}

QString WorkbookWriter::insertCompany(const CompanySnapshot &snapshot)
{
    return inTransaction([&]() -> QString {
        QString error = idTaken(QStringLiteral("company"), snapshot.company.id);
        for (const Relation &relation : snapshot.relations) {
            if (error.isEmpty())
                error = idTaken(QStringLiteral("relation"), relation.id);
        }
        if (error.isEmpty())
            error = writeCompany(snapshot.company, true);
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
                error = describeSqlError(query.lastError());
        }
        if (!error.isEmpty())
            return error;
        return log(QStringLiteral("company"), QString::number(snapshot.company.id),
                   QStringLiteral("name"), QVariant(), snapshot.company.name);
    });
}

QString WorkbookWriter::deleteCompany(const CompanySnapshot &expected)
{
    const int companyId = expected.company.id;
    return inTransaction([&]() -> QString {
        if (const QString changed = companyChangedSince(expected); !changed.isEmpty())
            return changed;
        QSqlQuery query(mDb);
        for (const Relation &relation : expected.relations) {
            query.prepare(QStringLiteral("DELETE FROM relation WHERE id = ?"));
            query.addBindValue(relation.id);
            if (!query.exec())
                return describeSqlError(query.lastError());
            const QString error = log(QStringLiteral("relation"), QString::number(relation.id),
                                      QStringLiteral("weight"), relation.weight, QVariant());
            if (!error.isEmpty())
                return error;
        }
        query.prepare(QStringLiteral("DELETE FROM node_position WHERE company_id = ?"));
        query.addBindValue(companyId);
        if (!query.exec())
            return describeSqlError(query.lastError());
        query.prepare(QStringLiteral("DELETE FROM company WHERE id = ?"));
        query.addBindValue(companyId);
        if (!query.exec())
            return describeSqlError(query.lastError());
        return log(QStringLiteral("company"), QString::number(companyId), QStringLiteral("name"),
                   expected.company.name, QVariant());
    });
}

QString WorkbookWriter::updateCompany(const Company &before, const Company &after)
{
    return inTransaction([&]() -> QString {
        if (const QString locked = lockRow(QStringLiteral("company"), before.id); !locked.isEmpty())
            return locked;
        const Company old = snapshotCompany(before.id).company;
        if (old.id == 0)
            return tr("there is no company with id %1").arg(before.id);
        if (!StoredRowVersions::sameCompany(old, before))
            return changedAfterRead(
                tr("The company %1").arg(before.name),
                lastChangeWhere(QStringLiteral("table_name = 'company' AND row_key = ?"),
                                { QString::number(before.id) }));
        QString error = writeCompany(after, false);
        const QList<std::tuple<const char *, QString, QString>> fields = {
            { "name", old.name, after.name },       { "name_zh", old.nameZh, after.nameZh },
            { "ticker", old.ticker, after.ticker }, { "country", old.country, after.country },
            { "tier", old.tier, after.tier },       { "role", old.role, after.role },
            { "note", old.note, after.note },
        };
        for (const auto &[field, was, now] : fields) {
            if (error.isEmpty() && was != now)
                error = log(QStringLiteral("company"), QString::number(after.id),
                            QString::fromLatin1(field), was, now);
        }
        return error;
    });
}

QString WorkbookWriter::insertRelation(const Relation &relation)
{
    return inTransaction([&]() -> QString {
        QString error = idTaken(QStringLiteral("relation"), relation.id);
        if (error.isEmpty())
            error = writeRelation(relation, true);
        if (!error.isEmpty())
            return error;
        return log(QStringLiteral("relation"), QString::number(relation.id),
                   QStringLiteral("weight"), QVariant(), relation.weight);
    });
}

QString WorkbookWriter::deleteRelation(const Relation &expected)
{
    return inTransaction([&]() -> QString {
        if (const QString changed = relationChangedSince(expected); !changed.isEmpty())
            return changed;
        QSqlQuery query(mDb);
        query.prepare(QStringLiteral("DELETE FROM relation WHERE id = ?"));
        query.addBindValue(expected.id);
        if (!query.exec())
            return describeSqlError(query.lastError());
        return log(QStringLiteral("relation"), QString::number(expected.id),
                   QStringLiteral("weight"), expected.weight, QVariant());
    });
}

QString WorkbookWriter::updateRelation(const Relation &before, const Relation &after)
{
    return inTransaction([&]() -> QString {
        if (const QString changed = relationChangedSince(before); !changed.isEmpty())
            return changed;
        QString error = writeRelation(after, false);
        const QList<std::tuple<const char *, QVariant, QVariant>> fields = {
            { "supplier_id", before.supplierId, after.supplierId },
            { "customer_id", before.customerId, after.customerId },
            { "kind", before.kind, after.kind },
            { "product", before.product, after.product },
            { "weight", before.weight, after.weight },
            { "source_id", before.sourceId, after.sourceId },
            { "note", before.note, after.note },
        };
        for (const auto &[field, was, now] : fields) {
            if (error.isEmpty() && was != now)
                error = log(QStringLiteral("relation"), QString::number(after.id),
                            QString::fromLatin1(field), was, now);
        }
        return error;
    });
}

// A company's row lock covers its positions: a position's row refers to it, and a writer of
// one waits for the lock.
QString WorkbookWriter::positionChangedSince(const QString &layout, int companyId,
                                             const std::optional<QPointF> &expected)
{
    if (const QString locked = lockRow(QStringLiteral("company"), companyId); !locked.isEmpty())
        return locked;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT x, y FROM node_position WHERE company_id = ? AND "
                                 "layout = ?"));
    query.addBindValue(companyId);
    query.addBindValue(layout);
    if (!query.exec())
        return describeSqlError(query.lastError());
    const std::optional<QPointF> stored = query.next()
        ? std::optional<QPointF>(QPointF(query.value(0).toDouble(), query.value(1).toDouble()))
        : std::nullopt;
    if (stored == expected)
        return {};
    return changedAfterRead(
        tr("The place of company %1 in the %2 layout").arg(companyId).arg(layout),
        lastChangeWhere(QStringLiteral("table_name = 'node_position' AND row_key = ?"),
                        { layout }));
}

QString WorkbookWriter::applyPositions(const QString &layout, const QList<PositionChange> &changes,
                                       bool reverse)
{
    return inTransaction([&]() -> QString {
        for (const PositionChange &change : changes) {
            if (const QString moved = positionChangedSince(layout, change.companyId,
                                                           reverse ? change.after : change.before);
                !moved.isEmpty())
                return moved;
        }
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
                return describeSqlError(query.lastError());
        }
        if (changes.isEmpty())
            return {};
        return log(QStringLiteral("node_position"), layout, QStringLiteral("position"), QVariant(),
                   QStringLiteral("%1 moved").arg(changes.size()));
    });
}

} // namespace ws
