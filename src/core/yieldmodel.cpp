// SPDX-License-Identifier: MIT
#include "yieldmodel.h"

#include <QCoreApplication>

namespace ws {

QString yieldModelName(YieldModel model)
{
    switch (model) {
    case YieldModel::Poisson:
        return QStringLiteral("poisson");
    case YieldModel::Murphy:
        return QStringLiteral("murphy");
    case YieldModel::Seeds:
        return QStringLiteral("seeds");
    case YieldModel::NegativeBinomial:
        return QStringLiteral("negative_binomial");
    }
    return {};
}

QString yieldModelTitle(YieldModel model)
{
    switch (model) {
    case YieldModel::Poisson:
        return QCoreApplication::translate("ws::YieldModel", "Poisson");
    case YieldModel::Murphy:
        return QCoreApplication::translate("ws::YieldModel", "Murphy");
    case YieldModel::Seeds:
        return QCoreApplication::translate("ws::YieldModel", "Seeds");
    case YieldModel::NegativeBinomial:
        return QCoreApplication::translate("ws::YieldModel", "Negative binomial");
    }
    return {};
}

std::optional<YieldModel> parseYieldModel(const QString &name)
{
    for (auto model : { YieldModel::Poisson, YieldModel::Murphy, YieldModel::Seeds,
                        YieldModel::NegativeBinomial }) {
        if (name == yieldModelName(model))
            return model;
    }
    return std::nullopt;
}

} // namespace ws
