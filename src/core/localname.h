// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

struct Company;
struct Vendor;

/** Which spelling of a name is shown where the data keeps two (vendor and company names in
    English and in Chinese). The desktop app follows its language; the commands for scripts
    keep English, so their output stays the same everywhere. */
enum class NameLanguage { English, Chinese };

NameLanguage nameLanguage();
void setNameLanguage(NameLanguage language);

/** @p name, or @p nameZh when names are shown in Chinese and the data has one. */
QString localName(const QString &name, const QString &nameZh);

/** The spelling localName() does not show, for a tooltip; empty when it is missing or the
    same. */
QString otherName(const QString &name, const QString &nameZh);

/** The vendor's name as shown. Its English name stays its key (in settings, in the chart
    options' hidden vendors, across scenarios). */
QString shownName(const Vendor &vendor);

/** The company's name as shown; where there is room for both, the views show both. */
QString shownName(const Company &company);

/** shownName() of each vendor, in their order. */
QStringList shownNames(const QList<Vendor> &vendors);

} // namespace ws
