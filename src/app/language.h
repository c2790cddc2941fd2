// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ws {

/** The language the desktop app shows: the system's, unless the analyst chose one under
    View ▸ Language (kept in QSettings). Commands for scripts stay in English, so that their
    output can be parsed the same everywhere. */
namespace Language {

/** The languages there is a translation for, as locale names: "en" and "zh_TW". */
QStringList available();

/** The name a language has in itself, for the menu: "English", "繁體中文". */
QString nativeName(const QString &language);

/** The choice in QSettings; empty for "follow the system". */
QString chosen();
void setChosen(const QString &language);

/** The language in use for @p system: the choice, or the translated language closest to the
    system's (Traditional Chinese for zh_TW, zh_HK and zh_Hant), English otherwise. */
QString resolve(const QLocale &system = QLocale::system());

/** Installs the translators of the language in use (the program's own, and Qt's for its
    dialogs) on @p app, makes its locale the default, so numbers and dates follow it, and shows
    vendor and company names in it where the data has both. Returns the language installed. */
QString install(QCoreApplication &app);

} // namespace Language

} // namespace ws
