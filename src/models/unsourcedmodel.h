// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ws {

class Workbook;

/** The numbers of the workbook that cite no source: assumption cells of every scenario and
    relation weights. It rereads when sources, the forecast or the supply chain change. */
class UnsourcedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, WhatColumn, ValueColumn, ColumnCount };

    explicit UnsourcedModel(QObject *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void refresh();

private:
    QPointer<Workbook> mWorkbook;
    QList<UnsourcedNumber> mNumbers;
};

} // namespace ws
