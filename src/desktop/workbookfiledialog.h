// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace ws {

/** The file dialogs of File ▸ New, Open and Save As. A new workbook is a *.wafershare file, the
    name the desktop knows workbooks by (resources/linux/org.wafershare.WaferShare.mime.xml);
    *.sqlite and *.db workbooks, the names of earlier releases and of the default workbook, are
    still offered and opened. */
class WorkbookFileDialog
{
public:
    /** The suffix of a workbook's own, without the dot. */
    static QString suffix();

    /** The dialogs' filters: workbooks (their own suffix first), then all files. */
    static QStringList nameFilters();

    /** True when @p path is named like a workbook (any of the suffixes above). */
    static bool isWorkbookName(const QString &path);

    /** Sets @p dialog up for workbooks: the filters and, for saving, the suffix a name typed
        without one gets. */
    static void prepare(QFileDialog &dialog);

    /** The workbook chosen to open, or empty when the dialog was cancelled. */
    static QString openPath(QWidget *parent, const QString &title, const QString &folder);

    /** The file chosen to write a workbook to, or empty when the dialog was cancelled; the
        dialog asks before replacing an existing file. */
    static QString savePath(QWidget *parent, const QString &title, const QString &folder);

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::WorkbookFileDialog)
};

} // namespace ws
