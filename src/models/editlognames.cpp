// SPDX-License-Identifier: MIT
#include "editlognames.h"

#include "core/assumptionfield.h"
#include "core/packaging.h"
#include "core/yieldmodel.h"
#include "forecastmodel.h"

#include <QRegularExpression>

namespace ws {

namespace {

const QString assumptionTable = QStringLiteral("assumption");

} // namespace

QString EditLogNames::tableTitle(const QString &table)
{
    if (table == assumptionTable)
        return tr("Assumption");
    if (table == QLatin1String("scenario"))
        return tr("Scenario");
    if (table == QLatin1String("program"))
        return tr("Program");
    if (table == QLatin1String("vendor"))
        return tr("Vendor");
    if (table == QLatin1String("company"))
        return tr("Company");
    if (table == QLatin1String("relation"))
        return tr("Relation");
    if (table == QLatin1String("source"))
        return tr("Source");
    if (table == QLatin1String("reported_value"))
        return tr("Published figure");
    if (table == QLatin1String("capacity"))
        return tr("CoWoS capacity");
    if (table == QLatin1String("node_position"))
        return tr("Graph layout");
    return table;
}

QString EditLogNames::fieldTitle(const QString &table, const QString &field)
{
    // "units:source_id": the cited source of an assumption changed, not its value.
    const QString base = field.section(QLatin1Char(':'), 0, 0);
    const QString part = field.section(QLatin1Char(':'), 1);
    if (table == assumptionTable) {
        if (const auto assumption = parseAssumptionField(base)) {
            const QString title = ForecastModel::fieldTitle(*assumption);
            if (part == QLatin1String("source_id"))
                return tr("%1: source").arg(title);
            if (part.isEmpty())
                return title;
        }
        return field;
    }
    static const QList<std::pair<const char *, const char *>> fields = {
        { "name", QT_TR_NOOP("Name") },
        { "name_zh", QT_TR_NOOP("Chinese name") },
        { "ticker", QT_TR_NOOP("Ticker") },
        { "country", QT_TR_NOOP("Country") },
        { "tier", QT_TR_NOOP("Tier") },
        { "role", QT_TR_NOOP("Role") },
        { "note", QT_TR_NOOP("Note") },
        { "title", QT_TR_NOOP("Title") },
        { "title_kind", QT_TR_NOOP("Kind of title") },
        { "publisher", QT_TR_NOOP("Publisher") },
        { "url", QT_TR_NOOP("Address") },
        { "published_on", QT_TR_NOOP("Published") },
        { "date_precision", QT_TR_NOOP("Date precision") },
        { "supplier_id", QT_TR_NOOP("Supplier") },
        { "customer_id", QT_TR_NOOP("Customer") },
        { "kind", QT_TR_NOOP("Kind") },
        { "product", QT_TR_NOOP("Product") },
        { "weight", QT_TR_NOOP("Weight") },
        { "source_id", QT_TR_NOOP("Source") },
        { "position", QT_TR_NOOP("Positions") },
        { "import", QT_TR_NOOP("Import") },
    };
    for (const auto &[stored, title] : fields) {
        if (field == QLatin1String(stored))
            return tr(title);
    }
    return field;
}

QString EditLogNames::valueText(const QString &table, const QString &field, const QString &value)
{
    if (table == QLatin1String("node_position") && field == QLatin1String("position")) {
        // Stored as "N moved" (WorkbookWriter), in no language in particular.
        static const QRegularExpression moved(QStringLiteral("^(\\d+) moved$"));
        if (const auto match = moved.match(value); match.hasMatch())
            return tr("%n moved", nullptr, match.captured(1).toInt());
        return value;
    }
    if (table != assumptionTable)
        return value;
    const auto assumption = parseAssumptionField(field);
    if (assumption == AssumptionField::YieldModel) {
        if (const auto model = parseYieldModel(value))
            return yieldModelTitle(*model);
    } else if (assumption == AssumptionField::Packaging) {
        if (const auto packaging = parsePackaging(value))
            return packagingTitle(*packaging);
    }
    return value;
}

} // namespace ws
