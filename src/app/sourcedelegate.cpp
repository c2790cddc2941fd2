// SPDX-License-Identifier: MIT
#include "sourcedelegate.h"

#include "models/workbook.h"

#include <QComboBox>

namespace ws {

SourceDelegate::SourceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *SourceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("(no source)"), 0);
    if (mWorkbook) {
        for (const Source &source : mWorkbook->sources())
            combo->addItem(tr("%1 · %2").arg(source.id).arg(mWorkbook->sourceLabel(source.id)),
                           source.id);
    }
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
