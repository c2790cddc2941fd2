// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace ws {

class Workbook;

/** Edits a column that holds a source id (EditRole) with a list of the workbook's sources. */
class SourceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SourceDelegate(QObject *parent = nullptr);

    void setWorkbook(Workbook *workbook) { mWorkbook = workbook; }

    /** The choices of a source, "(no source)" (id 0) first, each as (id, "12 · title — …"):
        the same list wherever a number is pointed at a source. */
    static QList<std::pair<int, QString>> choices(const Workbook *workbook);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QPointer<Workbook> mWorkbook;
};

} // namespace ws
