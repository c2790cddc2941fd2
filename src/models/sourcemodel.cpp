// SPDX-License-Identifier: MIT
#include "sourcemodel.h"
#include "plaintooltip.h"

#include "workbook.h"

#include "core/sourcecitation.h"
#include "core/sourcedate.h"

namespace ws {

SourceModel::SourceModel(QObject *parent)
    : WorkbookTableModel(Follows::Sources, ColumnCount, parent)
{
}

int SourceModel::workbookRowCount() const
{
    return static_cast<int>(mWorkbook->sources().size());
}

int SourceModel::rowOfSource(int sourceId) const
{
    if (!mWorkbook)
        return -1;
    const QList<Source> &sources = mWorkbook->sources();
    for (int row = 0; row < sources.size(); ++row) {
        if (sources[row].id == sourceId)
            return row;
    }
    return -1;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook ||
        index.row() >= mWorkbook->sources().size())
        return {};
    const Source &source = mWorkbook->sources().at(index.row());
    if (role == SourceIdRole)
        return source.id;
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == TitleColumn || index.column() == NoteColumn))
        return plainToolTip(index.column() == TitleColumn ? SourceCitation::shownTitle(source)
                                                          : source.note);
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return tr("Checked: the publication's title was not recorded, and the title column "
                  "describes the source instead; it is cited in square brackets.");
    if (role == Qt::ToolTipRole && index.column() == PublishedColumn)
        return tr("Type the date as far as it is known: YYYY-MM-DD, YYYY-MM, YYYY, or nothing.");
    if (role == Qt::CheckStateRole && index.column() == DescriptionColumn)
        return source.titleKind == TitleKind::Description ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool shown = role == Qt::DisplayRole;
    switch (index.column()) {
    case IdColumn:
        return source.id;
    case TitleColumn:
        return shown ? SourceCitation::shownTitle(source) : source.title;
    case DescriptionColumn:
        return {};
    case PublisherColumn:
        return source.publisher;
    case PublishedColumn:
        return shown ? SourceCitation::shownDate(source) : source.publishedOn;
    case UrlColumn:
        return source.url;
    case NoteColumn:
        // One line in the table; the whole note in the editor and the tooltip.
        return role == Qt::DisplayRole ? source.note.section(QLatin1Char('\n'), 0, 0) : source.note;
    }
    return {};
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case DescriptionColumn:
        return tr("Description");
    case PublisherColumn:
        return tr("Publisher");
    case PublishedColumn:
        return tr("Published");
    case UrlColumn:
        return tr("Address");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags SourceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const bool editable = index.isValid() && mWorkbook && !mWorkbook->isReadOnly();
    if (index.column() == DescriptionColumn)
        return editable ? flags | Qt::ItemIsUserCheckable : flags;
    if (editable && index.column() != IdColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SourceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool checking = role == Qt::CheckStateRole && index.column() == DescriptionColumn;
    if ((role != Qt::EditRole && !checking) || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !mWorkbook)
        return false;
    Source source = mWorkbook->sources().at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TitleColumn:
        source.title = text;
        break;
    case DescriptionColumn:
        if (!checking)
            return false;
        source.titleKind = value.toInt() == Qt::Checked ? TitleKind::Description : TitleKind::Title;
        break;
    case PublisherColumn:
        source.publisher = text;
        break;
    case PublishedColumn:
        if (const auto precision = SourceDate::precisionOf(text)) {
            source.publishedOn = text;
            source.datePrecision = *precision;
            break;
        }
        Q_EMIT editRefused(tr("'%1' is not a date: type YYYY-MM-DD, YYYY-MM or YYYY, as far as "
                              "the date is known, or leave it empty when it is not known.")
                               .arg(text));
        return false;
    case UrlColumn:
        source.url = text;
        break;
    case NoteColumn:
        source.note = text;
        break;
    default:
        return false;
    }
    const QString error = mWorkbook->editSource(source);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace ws
