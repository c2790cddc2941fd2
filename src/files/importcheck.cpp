// SPDX-License-Identifier: MIT
#include "importcheck.h"
#include "core/translation.h"

#include "core/assumptionfield.h"
#include "core/packaging.h"
#include "core/sourcecitation.h"
#include "core/sourcedate.h"
#include "core/supplychain.h"
#include "core/textrules.h"
#include "csvtable.h"
#include "csvwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <cmath>

namespace ws {

namespace {

int indexOfColumn(const QList<ColumnSpec> &columns, const QString &name)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return i;
    }
    return -1;
}

// Checks one value and converts it for binding; returns a reason when the value is bad.
// @p fieldName is the record's assumption field, which decides how a value is read.
QString checkValue(const ColumnSpec &column, const QString &raw, const QString &fieldName,
                   bool formulaGuards, QVariant *bound)
{
    const QString value = raw.trimmed();
    if (column.name == QLatin1String("die_role")) {
        // Left empty, a row is what every program was before die kinds: a compute die.
        const QString role = value.isEmpty() ? dieRoleName(DieRole::Compute) : value;
        if (!parseDieRole(role))
            return tr("'%1' is not a die role; use compute or io").arg(raw);
        *bound = role;
        return {};
    }
    if (value.isEmpty()) {
        if (column.required)
            return tr("a value is required");
        *bound = column.emptyIsText ? QVariant(QString(QLatin1String(""))) : QVariant();
        return {};
    }
    switch (column.type) {
    case ColumnSpec::Type::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok)
            return tr("'%1' is not a whole number").arg(raw);
        *bound = number;
        return {};
    }
    case ColumnSpec::Type::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return tr("'%1' is not a number").arg(raw);
        // The schema's CHECK would refuse it too, but in SQL's words rather than the user's.
        if (column.name == QLatin1String("weight") && (number < 0.0 || number > 1.0))
            return tr("'%1' is not a weight: write a number from 0 to 1").arg(raw);
        *bound = number;
        return {};
    }
    case ColumnSpec::Type::Color: {
        static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hexColor.match(value).hasMatch())
            return tr("'%1' is not a colour of the form #RRGGBB").arg(raw);
        *bound = value.toUpper();
        return {};
    }
    case ColumnSpec::Type::AssumptionValue: {
        const auto field = parseAssumptionField(fieldName);
        if (!field)
            return tr("cannot be checked: the field column holds '%1', which is not an "
                      "assumption field")
                .arg(fieldName);
        const QString problem = assumptionValueProblem(*field, value);
        if (!problem.isEmpty())
            return problem;
        *bound = value;
        return {};
    }
    case ColumnSpec::Type::IdList: {
        QVariantList ids;
        for (const QString &part : value.split(QLatin1Char(';'))) {
            bool ok = false;
            const qlonglong id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return tr("'%1' is not a list of ids separated by ';' (such as 8;9): '%2' is "
                          "not an id")
                    .arg(raw, part.trimmed());
            if (ids.contains(id))
                return tr("'%1' lists id %2 twice").arg(raw).arg(id);
            ids << id;
        }
        *bound = ids;
        return {};
    }
    case ColumnSpec::Type::Text: {
        // An exported file guards text that a spreadsheet would take for a formula; the guard
        // comes off here so that export and import round-trip.
        const QString text = formulaGuards ? CsvWriter::unguarded(value) : value;
        QString problem;
        if (column.name == QLatin1String("title_kind") && !SourceCitation::parseTitleKind(text))
            return tr("'%1' is not a kind of title: write title (the publication's own title) or "
                      "description (a description standing in for one)")
                .arg(raw);
        if (column.name == QLatin1String("tier") && !SupplyChain::tierOrder().contains(text))
            return tr("'%1' is not a tier: write one of %2")
                .arg(raw, SupplyChain::tierOrder().join(QStringLiteral(", ")));
        if (column.name == QLatin1String("date_precision") && !SourceDate::parsePrecision(text))
            return tr("'%1' is not a date precision: write day, month, year or unknown").arg(raw);
        if (column.name == QLatin1String("name") || column.name == QLatin1String("title"))
            problem = TextRules::nameProblem(text);
        else if (column.name == QLatin1String("name_zh") ||
                 column.name == QLatin1String("vintage") || column.name == QLatin1String("scope"))
            problem = TextRules::optionalNameProblem(text);
        else
            problem = TextRules::noteProblem(text);
        if (!problem.isEmpty())
            return problem;
        *bound = text;
        return {};
    }
    }
    return {};
}

// A source's date is judged with its precision, so that a month is never stored as a day nor a
// day invented: an empty precision (or a file without the column) takes the one the date's form
// states, and an empty kind of title is a title. A file without title_kind leaves a stored
// source's kind as it is and gives a new one the schema's default, a title. Returns the column
// at fault and why.
std::pair<QString, QString> completeSourceDate(const QList<ColumnSpec> &columns,
                                               QVariantList *values)
{
    const int kind = indexOfColumn(columns, QStringLiteral("title_kind"));
    const int date = indexOfColumn(columns, QStringLiteral("published_on"));
    const int precision = indexOfColumn(columns, QStringLiteral("date_precision"));
    if ((*values)[kind].isNull())
        (*values)[kind] = QStringLiteral("title");
    const QString dateText = (*values)[date].toString();
    if ((*values)[precision].isNull()) {
        const auto stated = SourceDate::precisionOf(dateText);
        if (!stated)
            return { columns[date].name,
                     tr("'%1' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, or leave it empty "
                        "when the date is unknown")
                         .arg(dateText) };
        (*values)[precision] = SourceDate::precisionName(*stated);
        return {};
    }
    const auto stated = SourceDate::parsePrecision((*values)[precision].toString());
    if (const QString problem = SourceDate::problem(dateText, *stated); !problem.isEmpty())
        return { columns[date].name, problem };
    return {};
}

} // namespace

QString ImportProblem::text() const
{
    if (line == 0)
        return column.isEmpty() ? reason : tr("column %1: %2").arg(column, reason);
    if (column.isEmpty())
        return tr("line %1: %2").arg(line).arg(reason);
    return tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

bool detectHeader(const QStringList &firstRecord, const QList<ColumnSpec> &columns)
{
    for (const QString &field : firstRecord) {
        for (const ColumnSpec &column : columns) {
            if (field.trimmed().compare(column.name, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

ColumnMapping mapColumns(const QList<ColumnSpec> &columns, const QStringList &header)
{
    ColumnMapping mapping;
    for (int i = 0; i < columns.size(); ++i) {
        if (header.isEmpty()) {
            mapping << i;
            continue;
        }
        int found = -1;
        for (int f = 0; f < header.size() && found < 0; ++f) {
            if (header[f].trimmed().compare(columns[i].name, Qt::CaseInsensitive) == 0)
                found = f;
        }
        mapping << found;
    }
    return mapping;
}

QList<ImportProblem> unknownFieldProblems(const QList<ColumnSpec> &columns,
                                          const QStringList &header)
{
    QStringList names;
    for (const ColumnSpec &column : columns)
        names << column.name;
    QList<ImportProblem> problems;
    for (const QString &field : header) {
        if (!names.contains(field.trimmed(), Qt::CaseInsensitive)) {
            problems << ImportProblem {
                1, field,
                tr("not a column of this table (columns: %1)").arg(names.join(QStringLiteral(", ")))
            };
        }
    }
    return problems;
}

QList<ImportProblem> mappingProblems(const QList<ColumnSpec> &columns, const ColumnMapping &mapping)
{
    QList<ImportProblem> problems;
    for (int i = 0; i < columns.size(); ++i) {
        const int field = mapping.value(i, -1);
        if (field < 0 && columns[i].required) {
            problems << ImportProblem { 0, columns[i].name,
                                        tr("required, but no field of the file is mapped to "
                                           "it") };
        }
        for (int j = 0; j < i && field >= 0; ++j) {
            if (mapping.value(j, -1) == field) {
                problems << ImportProblem { 0, columns[i].name,
                                            tr("field %1 of the file is mapped to both %2 and %3")
                                                .arg(field + 1)
                                                .arg(columns[j].name, columns[i].name) };
            }
        }
    }
    return problems;
}

CheckedRecords checkRecords(const QString &table, const CsvTable &csv, const ColumnMapping &mapping,
                            const QHash<QString, QVariant> &fixed)
{
    CheckedRecords checked;
    const QList<ColumnSpec> columns = csvColumns(table);
    if (columns.isEmpty()) {
        checked.problems << ImportProblem { 0, {}, tr("there is no table named %1").arg(table) };
        return checked;
    }
    checked.problems = mappingProblems(columns, mapping);
    for (auto it = fixed.cbegin(); it != fixed.cend(); ++it) {
        // A fixed value stands in for a required column the file leaves out.
        const int index = indexOfColumn(columns, it.key());
        if (index >= 0 && mapping.value(index, -1) < 0) {
            checked.problems.removeIf(
                [&](const ImportProblem &p) { return p.line == 0 && p.column == it.key(); });
        }
    }
    if (!checked.problems.isEmpty())
        return checked;
    for (int i = 0; i < columns.size(); ++i) {
        if (mapping.value(i, -1) >= 0 || fixed.contains(columns[i].name))
            checked.present << i;
    }
    const bool isSource = table == QLatin1String("source");
    const bool isRelation = table == QLatin1String("relation");
    if (isSource) {
        const int date = indexOfColumn(columns, QStringLiteral("published_on"));
        const int precision = indexOfColumn(columns, QStringLiteral("date_precision"));
        if (checked.present.contains(precision) && !checked.present.contains(date)) {
            checked.problems << ImportProblem {
                0, columns[precision].name,
                tr("a date precision needs the date it describes: add a published_on column")
            };
            return checked;
        }
        // A file of an older release has dates but no precision: it is read from each date.
        if (checked.present.contains(date) && !checked.present.contains(precision))
            checked.present << precision;
        std::sort(checked.present.begin(), checked.present.end());
    }

    const int fieldColumn = indexOfColumn(columns, QStringLiteral("field"));
    const int expectedFields = csv.header.isEmpty()
        ? static_cast<int>(csv.records.value(0).fields.size())
        : static_cast<int>(csv.header.size());
    checked.lines.reserve(csv.records.size());
    checked.values.reserve(csv.records.size());
    for (const CsvTable::Record &record : csv.records) {
        if (record.fields.size() != expectedFields) {
            checked.problems << ImportProblem { record.line,
                                                {},
                                                csv.header.isEmpty()
                                                    ? tr("%1 fields where the first record has %2")
                                                          .arg(record.fields.size())
                                                          .arg(expectedFields)
                                                    : tr("%1 fields where the header has %2")
                                                          .arg(record.fields.size())
                                                          .arg(expectedFields) };
            continue;
        }
        const QString fieldName = fieldColumn >= 0 && mapping.value(fieldColumn, -1) >= 0
            ? record.fields.value(mapping[fieldColumn]).trimmed()
            : QString();
        QVariantList values;
        values.reserve(columns.size());
        bool recordOk = true;
        for (int i = 0; i < columns.size(); ++i) {
            const int field = mapping.value(i, -1);
            QString raw = field >= 0 ? record.fields.value(field) : QString();
            const auto fixedValue = fixed.constFind(columns[i].name);
            if (fixedValue != fixed.cend()) {
                const QString wanted = fixedValue->toString();
                if (raw.trimmed().isEmpty()) {
                    raw = wanted;
                } else if (raw.trimmed() != wanted) {
                    checked.problems << ImportProblem {
                        record.line, columns[i].name,
                        tr("'%1' differs from %2, the value asked for").arg(raw, wanted)
                    };
                    recordOk = false;
                    continue;
                }
            }
            QVariant bound;
            const QString problem =
                checkValue(columns[i], raw, fieldName, csv.formulaGuards, &bound);
            if (!problem.isEmpty()) {
                checked.problems << ImportProblem { record.line, columns[i].name, problem };
                recordOk = false;
                continue;
            }
            values << bound;
        }
        if (recordOk && isSource &&
            checked.present.contains(indexOfColumn(columns, QStringLiteral("published_on")))) {
            const auto [column, problem] = completeSourceDate(columns, &values);
            if (!problem.isEmpty()) {
                checked.problems << ImportProblem { record.line, column, problem };
                recordOk = false;
            }
        }
        if (recordOk && isRelation) {
            // The schema's CHECK (supplier_id <> customer_id) in the user's words.
            const QVariant supplier =
                values.value(indexOfColumn(columns, QStringLiteral("supplier_id")));
            const QVariant customer =
                values.value(indexOfColumn(columns, QStringLiteral("customer_id")));
            if (!supplier.isNull() && supplier == customer) {
                checked.problems << ImportProblem {
                    record.line, QStringLiteral("customer_id"),
                    tr("company %1 cannot supply itself").arg(supplier.toLongLong())
                };
                recordOk = false;
            }
        }
        if (recordOk) {
            checked.lines << record.line;
            checked.values << values;
        }
    }
    return checked;
}

QList<QList<qlonglong>> scenarioParentCycles(const QHash<qlonglong, qlonglong> &parentOf)
{
    QList<QList<qlonglong>> cycles;
    QSet<qlonglong> done; // ids whose walk has ended, in a root or in a cycle already found
    QList<qlonglong> ids = parentOf.keys();
    std::sort(ids.begin(), ids.end());
    for (const qlonglong start : std::as_const(ids)) {
        QList<qlonglong> path;
        qlonglong id = start;
        while (id != 0 && !done.contains(id) && !path.contains(id) && parentOf.contains(id)) {
            path << id;
            id = parentOf.value(id);
        }
        if (path.contains(id)) {
            QList<qlonglong> cycle = path.mid(path.indexOf(id));
            std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
            cycles << cycle;
        }
        for (const qlonglong seen : std::as_const(path))
            done.insert(seen);
    }
    return cycles;
}

QString scenarioCycleText(const QList<qlonglong> &cycle)
{
    QStringList ids;
    for (const qlonglong id : cycle)
        ids << QString::number(id);
    ids << QString::number(cycle.value(0));
    return tr("scenario %1 is its own ancestor (parent_id leads %2); give one of them no "
              "parent or another one")
        .arg(cycle.value(0))
        .arg(ids.join(QStringLiteral(" → ")));
}

} // namespace ws
