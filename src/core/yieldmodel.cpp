// SPDX-License-Identifier: MIT
#include "yieldmodel.h"

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
