// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ws {

class Workbook;

/** A table over a snapshot the workbook gives (the audit trail, the unsourced numbers) that it
    rereads when the workbook changes: at once while it is live, otherwise on the next
    setLive(true). Its page makes it live only while shown, so that a page nobody looks at does
    not query the file on every edit. */
class RereadingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setWorkbook(Workbook *workbook);
    Workbook *workbook() const { return mWorkbook; }

    /** Live (the default) rereads at every change; not live only notes that it is out of
        date, and catches up when made live again. */
    void setLive(bool live);
    bool isLive() const { return mLive; }

    /** Rereads now, live or not. */
    void refresh();

protected:
    explicit RereadingModel(QObject *parent);

    /** Connects the signals of @p workbook that change the table to workbookChanged(). */
    virtual void followWorkbook(Workbook *workbook) = 0;
    /** Takes a new snapshot (inside a model reset); mWorkbook may be null. */
    virtual void reread() = 0;

    void workbookChanged();

    QPointer<Workbook> mWorkbook;

private:
    bool mLive = true;
    bool mStale = false;
};

} // namespace ws
