// SPDX-License-Identifier: MIT
#include "tablecolumns.h"

namespace ws {

namespace {

ColumnSpec column(const char *name, ColumnSpec::Type type, bool required = false)
{
    return { QString::fromLatin1(name), type, required, {}, false };
}

// A column holding the id of a row of @p table.
ColumnSpec reference(const char *name, const char *table, bool required = false)
{
    return { QString::fromLatin1(name), ColumnSpec::Type::Integer, required,
             QString::fromLatin1(table), false };
}

// A text column declared NOT NULL DEFAULT '': an empty field stores ''.
ColumnSpec textNotNull(const char *name)
{
    return { QString::fromLatin1(name), ColumnSpec::Type::Text, false, {}, true };
}

} // namespace

QStringList csvTableOrder()
{
    return { QStringLiteral("source"),     QStringLiteral("vendor"),
             QStringLiteral("program"),    QStringLiteral("scenario"),
             QStringLiteral("assumption"), QStringLiteral("reported_value"),
             QStringLiteral("capacity"),   QStringLiteral("company"),
             QStringLiteral("relation") };
}

QStringList csvKeyColumns(const QString &table)
{
    if (table == QLatin1String("assumption"))
        return { QStringLiteral("scenario_id"), QStringLiteral("program_id"),
                 QStringLiteral("year"), QStringLiteral("field") };
    return { QStringLiteral("id") };
}

QList<ColumnSpec> csvColumns(const QString &table)
{
    using T = ColumnSpec::Type;
    constexpr bool required = true;
    if (table == QLatin1String("source")) {
        // title_kind and date_precision may be left out (a file of an older release): a title
        // is then the publication's own, and the precision is read from the date's form.
        return { column("id", T::Integer, required),
                 column("title", T::Text, required),
                 column("title_kind", T::Text),
                 column("publisher", T::Text),
                 column("url", T::Text),
                 column("published_on", T::Text),
                 column("date_precision", T::Text),
                 column("note", T::Text) };
    }
    if (table == QLatin1String("vendor")) {
        return { column("id", T::Integer, required), column("name", T::Text, required),
                 column("name_zh", T::Text), column("color", T::Color, required),
                 column("kind", T::Text, required) };
    }
    if (table == QLatin1String("program")) {
        // package_id and die_role came with schema version 3; a file without them is a file of
        // packages, as every program was before.
        return { column("id", T::Integer, required),
                 reference("vendor_id", "vendor", required),
                 column("name", T::Text, required),
                 column("node", T::Text),
                 reference("package_id", "program"),
                 column("die_role", T::Text),
                 column("note", T::Text) };
    }
    if (table == QLatin1String("scenario")) {
        return { column("id", T::Integer, required), column("name", T::Text, required),
                 reference("parent_id", "scenario"), column("note", T::Text),
                 column("created_at", T::Text, required) };
    }
    if (table == QLatin1String("assumption")) {
        return { reference("scenario_id", "scenario", required),
                 reference("program_id", "program", required),
                 column("year", T::Integer, required),
                 column("field", T::Text, required),
                 column("value", T::AssumptionValue, required),
                 reference("source_id", "source"),
                 column("note", T::Text) };
    }
    if (table == QLatin1String("reported_value")) {
        // id is optional so that a hand-written file can leave it out and add rows. An empty
        // vendor_id is a market total; programs names the programs of a named scope.
        return { column("id", T::Integer),
                 reference("vendor_id", "vendor"),
                 column("year", T::Integer, required),
                 column("metric", T::Text, required),
                 column("value", T::Real, required),
                 reference("source_id", "source", required),
                 textNotNull("vintage"),
                 textNotNull("scope"),
                 { QStringLiteral("programs"), T::IdList, false, QStringLiteral("program"), false },
                 column("note", T::Text) };
    }
    if (table == QLatin1String("capacity")) {
        return { column("id", T::Integer, required),
                 column("supplier", T::Text, required),
                 column("year", T::Integer, required),
                 column("metric", T::Text, required),
                 column("value", T::Real, required),
                 reference("source_id", "source", required),
                 column("note", T::Text) };
    }
    if (table == QLatin1String("company")) {
        return { column("id", T::Integer, required),
                 column("name", T::Text, required),
                 column("name_zh", T::Text),
                 column("ticker", T::Text),
                 column("country", T::Text),
                 column("tier", T::Text, required),
                 column("role", T::Text),
                 column("note", T::Text),
                 reference("vendor_id", "vendor") };
    }
    if (table == QLatin1String("relation")) {
        return { column("id", T::Integer, required),
                 reference("supplier_id", "company", required),
                 reference("customer_id", "company", required),
                 column("kind", T::Text),
                 column("product", T::Text),
                 column("weight", T::Real, required),
                 reference("source_id", "source"),
                 column("note", T::Text) };
    }
    return {};
}

} // namespace ws
