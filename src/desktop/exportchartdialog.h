// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace ws {

/** Asks where to export a chart and at what size: a file (.png, .svg, .pdf), the size in
    pixels and, for PNG, the resolution. Remembers the last choices. */
class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportChartDialog(const QString &suggestedName, QWidget *parent = nullptr);

    QString path() const;
    QSize size() const;
    double dpi() const;

    void accept() override;

private:
    void browse();

    QLineEdit *mPath = nullptr;
    QSpinBox *mWidth = nullptr;
    QSpinBox *mHeight = nullptr;
    QDoubleSpinBox *mDpi = nullptr;
};

} // namespace ws
