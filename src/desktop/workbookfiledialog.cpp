// SPDX-License-Identifier: MIT
#include "workbookfiledialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace ws {

namespace {

QString chosen(QFileDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace

QString WorkbookFileDialog::suffix()
{
    return QStringLiteral("wafershare");
}

QStringList WorkbookFileDialog::nameFilters()
{
    return { tr("WaferShare workbooks (*.wafershare *.sqlite *.db)"), tr("All files (*)") };
}

bool WorkbookFileDialog::isWorkbookName(const QString &path)
{
    const QString fileSuffix = QFileInfo(path).suffix();
    for (const QString &known : { suffix(), QStringLiteral("sqlite"), QStringLiteral("db") }) {
        if (fileSuffix.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void WorkbookFileDialog::prepare(QFileDialog &dialog)
{
    dialog.setNameFilters(nameFilters());
    if (dialog.acceptMode() == QFileDialog::AcceptSave)
        dialog.setDefaultSuffix(suffix());
    else
        dialog.setFileMode(QFileDialog::ExistingFile);
}

QString WorkbookFileDialog::openPath(QWidget *parent, const QString &title, const QString &folder)
{
    QFileDialog dialog(parent, title, folder);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    prepare(dialog);
    return chosen(dialog);
}

QString WorkbookFileDialog::savePath(QWidget *parent, const QString &title, const QString &folder)
{
    QFileDialog dialog(parent, title, folder);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    prepare(dialog);
    return chosen(dialog);
}

} // namespace ws
