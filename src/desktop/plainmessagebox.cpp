// SPDX-License-Identifier: MIT
#include "plainmessagebox.h"

#include <QInputDialog>
#include <QLabel>

namespace ws {

QMessageBox::StandardButton showPlainMessage(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QString askPlainText(QWidget *parent, const QString &title, const QString &label,
                     const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    for (QLabel *child : dialog.findChildren<QLabel *>())
        child->setTextFormat(Qt::PlainText);
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.textValue() : QString();
}

} // namespace ws
