// SPDX-License-Identifier: MIT
#include "localname.h"

#include "domain.h"
#include "supplychain.h"

#include <atomic>

namespace ws {

namespace {

// Set once at start, before any window exists; atomic so that a worker thread formatting a
// report reads a whole value.
std::atomic<NameLanguage> shownLanguage { NameLanguage::English };

} // namespace

NameLanguage nameLanguage()
{
    return shownLanguage.load(std::memory_order_relaxed);
}

void setNameLanguage(NameLanguage language)
{
    shownLanguage.store(language, std::memory_order_relaxed);
}

QString localName(const QString &name, const QString &nameZh)
{
    if (nameLanguage() == NameLanguage::Chinese && !nameZh.trimmed().isEmpty())
        return nameZh;
    return name;
}

QString otherName(const QString &name, const QString &nameZh)
{
    const QString shown = localName(name, nameZh);
    const QString other = shown == name ? nameZh : name;
    return other.trimmed().isEmpty() || other == shown ? QString() : other;
}

QString shownName(const Vendor &vendor)
{
    return localName(vendor.name, vendor.nameZh);
}

QString shownName(const Company &company)
{
    return localName(company.name, company.nameZh);
}

QStringList shownNames(const QList<Vendor> &vendors)
{
    QStringList names;
    names.reserve(vendors.size());
    for (const Vendor &vendor : vendors)
        names << shownName(vendor);
    return names;
}

} // namespace ws
