// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QTextBrowser;

namespace ws {

class Workbook;

/** The dock beside the Forecast grid that says where the current cell's number comes from:
    which scenario stores it or which it inherits from, the source it cites with a link, its
    note, and each change the audit trail holds for it. It reads only while it is shown. */
class CellDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CellDetailsPanel(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    /** Shows the cell at @p index of a ForecastModel; an invalid index clears the panel. */
    void showCell(const QModelIndex &index);

    /** The text shown, for tests. */
    QString text() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    QString describe() const;
    QString describeChanges(const QList<EditLogEntry> &entries) const;

    QPointer<Workbook> mWorkbook;
    QPersistentModelIndex mCell;
    QTextBrowser *mText = nullptr;
};

} // namespace ws
