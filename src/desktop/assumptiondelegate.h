// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace ws {

class ForecastModel;

/** Editors that fit each assumption and number formats for the grid. A number cell is edited
    as text: what the analyst types is read whole by parseTypedNumber() on commit (2,500,000,
    2.5e6, 1.5M), or refused with a message while the cell keeps its value; no keystroke is
    ever swallowed. A value far (×10) from the year before or the parent scenario is asked
    about first. */
class AssumptionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** Asks the analyst @p question; true to go on. */
    using ConfirmFunction = std::function<bool(const QString &question)>;

    explicit AssumptionDelegate(QObject *parent = nullptr);

    /** Replaces the question box (a QMessageBox by default), so that tests can answer it. */
    void setConfirmFunction(ConfirmFunction confirm);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ConfirmFunction mConfirm;
};

/** The ForecastModel behind @p model (through any proxies) and @p index mapped into it;
    nullptr when there is none. */
ForecastModel *forecastModelBehind(QAbstractItemModel *model, QModelIndex *index);

} // namespace ws
