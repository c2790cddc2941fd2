// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QPointer>

namespace ws {

class Workbook;

/** A list of the workbook's scenarios that always shows the current one and makes the choice
    current for every page. Child scenarios are indented under their parent. */
class ScenarioSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit ScenarioSelector(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);

private:
    void refill();

    QPointer<Workbook> mWorkbook;
};

} // namespace ws
