// SPDX-License-Identifier: MIT
#include "tablecolumns.h"

namespace ws {

namespace {

ColumnSpec column(const char *name, ColumnSpec::Type type, bool required = false)
{
    return { QString::fromLatin1(name), type, required };
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

QList<ColumnSpec> csvColumns(const QString &table)
{
    using T = ColumnSpec::Type;
    constexpr bool required = true;
    if (table == QLatin1String("source")) {
        return { column("id", T::Integer, required), column("title", T::Text, required),
                 column("publisher", T::Text),       column("url", T::Text),
                 column("published_on", T::Text),    column("note", T::Text) };
    }
    if (table == QLatin1String("vendor")) {
        return { column("id", T::Integer, required), column("name", T::Text, required),
                 column("name_zh", T::Text), column("color", T::Color, required),
                 column("kind", T::Text, required) };
    }
    if (table == QLatin1String("program")) {
        return { column("id", T::Integer, required), column("vendor_id", T::Integer, required),
                 column("name", T::Text, required), column("node", T::Text),
                 column("note", T::Text) };
    }
    if (table == QLatin1String("scenario")) {
        return { column("id", T::Integer, required), column("name", T::Text, required),
                 column("parent_id", T::Integer), column("note", T::Text),
                 column("created_at", T::Text, required) };
    }
    if (table == QLatin1String("assumption")) {
        return { column("scenario_id", T::Integer, required),
                 column("program_id", T::Integer, required),
                 column("year", T::Integer, required),
                 column("field", T::Text, required),
                 column("value", T::AssumptionValue, required),
                 column("source_id", T::Integer),
                 column("note", T::Text) };
    }
    if (table == QLatin1String("reported_value")) {
        return { column("vendor_id", T::Integer, required), column("year", T::Integer, required),
                 column("metric", T::Text, required),       column("value", T::Real, required),
                 column("source_id", T::Integer, required), column("note", T::Text) };
    }
    if (table == QLatin1String("capacity")) {
        return { column("id", T::Integer, required),
                 column("supplier", T::Text, required),
                 column("year", T::Integer, required),
                 column("metric", T::Text, required),
                 column("value", T::Real, required),
                 column("source_id", T::Integer, required),
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
                 column("vendor_id", T::Integer) };
    }
    if (table == QLatin1String("relation")) {
        return { column("id", T::Integer, required),
                 column("supplier_id", T::Integer, required),
                 column("customer_id", T::Integer, required),
                 column("kind", T::Text),
                 column("product", T::Text),
                 column("weight", T::Real, required),
                 column("source_id", T::Integer),
                 column("note", T::Text) };
    }
    return {};
}

} // namespace ws
