// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace ws {

/** Editors that fit each assumption (spin boxes with the allowed range and unit, a list of yield
    models) and number formats for the grid. What the editor cannot hold — a value typed outside
    its range — is still passed to the model, which refuses it with a message. */
class AssumptionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ws
