// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

namespace ws {

/** A modal message box that shows @p text as typed. QMessageBox's static functions guess
    whether text is markup, and messages quote what users typed ("a scenario named '<b>x</b>'
    exists already"), so they would show it bold, or load the image an <img> tag names. */
QMessageBox::StandardButton showPlainMessage(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text);

/** QInputDialog::getText with its label shown as typed: the label may quote a name ("Name of
    the scenario based on %1:"), and QInputDialog's label guesses markup. */
QString askPlainText(QWidget *parent, const QString &title, const QString &label,
                     const QString &text, bool *ok);

} // namespace ws
