// SPDX-License-Identifier: MIT
#include "language.h"

#include "core/localname.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace ws::Language {

namespace {

const QString settingKey = QStringLiteral("language");
const QString english = QStringLiteral("en");
const QString traditionalChinese = QStringLiteral("zh_TW");

} // namespace

QStringList available()
{
    return { english, traditionalChinese };
}

QString nativeName(const QString &language)
{
    if (language == traditionalChinese)
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString chosen()
{
    const QString value = QSettings().value(settingKey).toString();
    return available().contains(value) ? value : QString();
}

void setChosen(const QString &language)
{
    if (available().contains(language))
        QSettings().setValue(settingKey, language);
    else
        QSettings().remove(settingKey);
}

QString resolve(const QLocale &system)
{
    const QString choice = chosen();
    if (!choice.isEmpty())
        return choice;
    if (system.language() == QLocale::Chinese &&
        (system.script() == QLocale::TraditionalChineseScript ||
         system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong ||
         system.territory() == QLocale::Macau))
        return traditionalChinese;
    return english;
}

QString install(QCoreApplication &app)
{
    const QString language = resolve();
    const QLocale locale(
        language == traditionalChinese
            ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
            : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(language == english ? QLocale::system() : locale);
    setNameLanguage(language == traditionalChinese ? NameLanguage::Chinese : NameLanguage::English);
    if (language == english) {
        // English needs only its plural forms ("1 number", "2 numbers" for "%n number(s)"):
        // wafershare_en.ts holds them alone (lupdate -pluralonly), when it has been made.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/wafershare_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return language;
    }
    // Qt's own strings first (file dialogs, wizard buttons), then the program's.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/wafershare_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    return language;
}

} // namespace ws::Language
