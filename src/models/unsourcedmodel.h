// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"

#include "rereadingmodel.h"

namespace ws {

/** The numbers of the workbook that cite no source: assumption cells of every scenario and
    relation weights. It rereads when sources, the forecast or the supply chain change. */
class UnsourcedModel : public RereadingModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, WhatColumn, ValueColumn, ColumnCount };

    explicit UnsourcedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void followWorkbook(Workbook *workbook) override;
    void reread() override;

private:
    QList<UnsourcedNumber> mNumbers;
};

} // namespace ws
