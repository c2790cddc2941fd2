// SPDX-License-Identifier: MIT
#include "editlogmodel.h"
#include "editlognames.h"
#include "plaintooltip.h"

#include "workbook.h"

#include "store/workbookwriter.h"

#include <QLocale>
#include <QUndoStack>

namespace ws {

EditLogModel::EditLogModel(QObject *parent)
    : RereadingModel(parent)
{
}

void EditLogModel::followWorkbook(Workbook *workbook)
{
    // The trail grows with every undo step, every import and every change a colleague makes to
    // a server workbook, and only then: switching scenario, or the recompute that follows an
    // edit, leaves it as it is.
    connect(workbook->undoStack(), &QUndoStack::indexChanged, this, &EditLogModel::workbookChanged);
    connect(workbook, &Workbook::imported, this, &EditLogModel::workbookChanged);
    connect(workbook, &Workbook::colleaguesChanged, this, &EditLogModel::workbookChanged);
}

void EditLogModel::setFilter(const EditLogFilter &filter)
{
    mFilter = filter;
    refresh();
}

void EditLogModel::reread()
{
    mEntries = mWorkbook ? mWorkbook->editLog(mFilter) : QList<EditLogEntry>();
}

QString EditLogModel::rowLabel(const EditLogEntry &entry) const
{
    if (!mWorkbook)
        return entry.rowKey;
    // Ids are what the trail stores, so that a rename does not break it; names are what a
    // reader recognises.
    const auto cell = entry.table == QLatin1String("assumption")
        ? WorkbookWriter::parseCellRowKey(entry.rowKey)
        : std::nullopt;
    if (cell) {
        const auto scenario = mWorkbook->scenario(cell->scenarioId);
        const int program = mWorkbook->input().programIndex(cell->programId);
        if (scenario && program >= 0)
            return tr("%1 · %2 · %3")
                .arg(scenario->name, mWorkbook->input().programs.at(program).name)
                .arg(cell->year);
        return entry.rowKey;
    }
    bool isId = false;
    const int id = entry.rowKey.toInt(&isId);
    if (!isId)
        return entry.rowKey;
    if (entry.table == QLatin1String("scenario")) {
        if (const auto scenario = mWorkbook->scenario(id))
            return scenario->name;
    } else if (entry.table == QLatin1String("company")) {
        if (const Company *company = mWorkbook->supplyChain()->chain().company(id))
            return company->name;
    } else if (entry.table == QLatin1String("source")) {
        if (const auto source = mWorkbook->source(id))
            return tr("%1 · %2").arg(id).arg(mWorkbook->sourceTitles().value(id));
    } else if (entry.table == QLatin1String("program")) {
        const int program = mWorkbook->input().programIndex(id);
        if (program >= 0)
            return mWorkbook->input().programs.at(program).name;
    }
    return entry.rowKey;
}

int EditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mEntries.size());
}

int EditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EditLogEntry &entry = mEntries.at(index.row());
    const auto valueText = [&entry](const QVariant &value) {
        return value.isNull() ? tr("(none)")
                              : EditLogNames::valueText(entry.table, entry.field, value.toString());
    };
    if (role == Qt::ToolTipRole && (index.column() == OldColumn || index.column() == NewColumn))
        return plainToolTip(
            valueText(index.column() == OldColumn ? entry.oldValue : entry.newValue));
    if (role == Qt::ForegroundRole &&
        ((index.column() == OldColumn && entry.oldValue.isNull()) ||
         (index.column() == NewColumn && entry.newValue.isNull())))
        return QVariant::fromValue(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ByColumn:
        return entry.changedBy;
    case TableColumn:
        return EditLogNames::tableTitle(entry.table);
    case RowColumn:
        return rowLabel(entry);
    case FieldColumn:
        return EditLogNames::fieldTitle(entry.table, entry.field);
    case OldColumn:
        return valueText(entry.oldValue).section(QLatin1Char('\n'), 0, 0);
    case NewColumn:
        return valueText(entry.newValue).section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant EditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ByColumn:
        return tr("By");
    case TableColumn:
        return tr("Table");
    case RowColumn:
        return tr("Row");
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Before");
    case NewColumn:
        return tr("After");
    }
    return {};
}

} // namespace ws
