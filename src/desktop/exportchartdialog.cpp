// SPDX-License-Identifier: MIT
#include "exportchartdialog.h"
#include "plainmessagebox.h"
#include "savefolder.h"

#include "files/outputfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace ws {

ExportChartDialog::ExportChartDialog(const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , mPath(new QLineEdit(this))
    , mWidth(new QSpinBox(this))
    , mHeight(new QSpinBox(this))
    , mDpi(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export Chart"));
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("export/folder"), SaveFolder::start()).toString();
    const QString suffix =
        settings.value(QStringLiteral("export/suffix"), QStringLiteral("png")).toString();
    mPath->setText(QDir(folder).filePath(suggestedName + QLatin1Char('.') + suffix));
    mPath->setMinimumWidth(360);
    for (QSpinBox *spin : { mWidth, mHeight }) {
        spin->setRange(100, 20000);
        spin->setSuffix(tr(" px"));
        spin->setGroupSeparatorShown(true);
    }
    mWidth->setValue(settings.value(QStringLiteral("export/width"), 1200).toInt());
    mHeight->setValue(settings.value(QStringLiteral("export/height"), 800).toInt());
    mDpi->setRange(24, 1200);
    mDpi->setDecimals(0);
    mDpi->setSuffix(tr(" dpi"));
    mDpi->setValue(settings.value(QStringLiteral("export/dpi"), 96).toDouble());
    mDpi->setToolTip(tr("For PNG: the chart keeps its layout and gets dpi/96 times the pixels "
                        "each way, so at 192 dpi a 1200 × 800 chart is 2400 × 1600 pixels. SVG "
                        "and PDF are vectors and ignore it."));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    // A row whose field is a layout gets a label without a buddy, which would show its '&'.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(mPath);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Width:"), mWidth);
    form->addRow(tr("&Height:"), mHeight);
    form->addRow(tr("&Resolution:"), mDpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ExportChartDialog::path() const
{
    return mPath->text().trimmed();
}

QSize ExportChartDialog::size() const
{
    return { mWidth->value(), mHeight->value() };
}

double ExportChartDialog::dpi() const
{
    return mDpi->value();
}

void ExportChartDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), path(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        mPath->setText(chosen);
}

void ExportChartDialog::accept()
{
    const QString suffix = QFileInfo(path()).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf")) {
        showPlainMessage(this, QMessageBox::Warning, windowTitle(),
                         tr("The file must end in .png, .svg or .pdf; that decides the "
                            "format."));
        return;
    }
    if (const QString problem = OutputFile::openWorkbookProblem(path()); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path()).absolutePath());
    settings.setValue(QStringLiteral("export/suffix"), suffix);
    settings.setValue(QStringLiteral("export/width"), mWidth->value());
    settings.setValue(QStringLiteral("export/height"), mHeight->value());
    settings.setValue(QStringLiteral("export/dpi"), mDpi->value());
    QDialog::accept();
}

} // namespace ws
