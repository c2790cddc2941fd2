// SPDX-License-Identifier: MIT
#include "sourcedelegate.h"

#include "models/workbook.h"

#include <QComboBox>

namespace ws {

SourceDelegate::SourceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<std::pair<int, QString>> SourceDelegate::choices(const Workbook *workbook)
{
    QList<std::pair<int, QString>> choices = { { 0, tr("(no source)") } };
    if (workbook) {
        for (const Source &source : workbook->sources())
            choices.append(
                { source.id, tr("%1 · %2").arg(source.id).arg(workbook->sourceLabel(source.id)) });
    }
    return choices;
}

QWidget *SourceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[id, label] : choices(mWorkbook))
        combo->addItem(label, id);
    return combo;
}

void SourceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void SourceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace ws
