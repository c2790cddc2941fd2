// SPDX-License-Identifier: MIT
#include "assumptiondelegate.h"

#include "core/assumptionfield.h"
#include "core/yieldmodel.h"
#include "models/forecastmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QSpinBox>

namespace ws {

namespace {

struct Range
{
    double minimum;
    double maximum;
    int decimals;
    const char *suffix;
};

Range rangeOf(AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
        return { 0, 1e10, 0, "" };
    case AssumptionField::DieAreaMm2:
        return { 1, maxDieAreaMm2, 1, " mm²" };
    case AssumptionField::InterposerAreaMm2:
        return { 1, maxInterposerAreaMm2, 0, " mm²" };
    case AssumptionField::DefectDensity:
        return { 0, maxDefectDensity, 3, " /cm²" };
    case AssumptionField::YieldAlpha:
        return { 0.01, 100, 2, "" };
    case AssumptionField::PackagingYield:
        return { 0.001, 1, 3, "" };
    case AssumptionField::DiesPerPackage:
        return { 1, 64, 0, "" };
    case AssumptionField::YieldModel:
        break;
    }
    return { 0, 0, 0, "" };
}

// The number of decimals a derived or input column shows.
int decimalsOf(int column)
{
    switch (column) {
    case ForecastModel::DefectDensityColumn:
    case ForecastModel::PackagingYieldColumn:
    case ForecastModel::YieldColumn:
        return 3;
    case ForecastModel::YieldAlphaColumn:
    case ForecastModel::GoodDiesColumn:
    case ForecastModel::DieAreaColumn:
        return 1;
    default:
        return 0;
    }
}

/** A spin box that lets the user type any number, even one outside its range, so that the
    model can refuse it with a message instead of the keystroke vanishing or the value snapping
    back silently. The arrows still step within the range. */
class NumberEditor : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    /** What the user typed, as it stood when they pressed Enter or left the editor. */
    QString typedText() const { return mCaptured ? mTyped : cleanText(); }

    QValidator::State validate(QString &input, int &position) const override
    {
        const QValidator::State state = QDoubleSpinBox::validate(input, position);
        if (state != QValidator::Invalid)
            return state;
        QString number = input;
        number.remove(suffix()).remove(locale().groupSeparator());
        number = number.trimmed();
        bool ok = false;
        locale().toDouble(number, &ok);
        const bool partial = number.isEmpty() || number == QLatin1String("-") ||
            number.endsWith(locale().decimalPoint());
        return ok || partial ? QValidator::Intermediate : QValidator::Invalid;
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        // The spin box reverts an out-of-range text on Enter before the delegate reads it.
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            mTyped = cleanText();
            mCaptured = true;
        }
        QDoubleSpinBox::keyPressEvent(event);
    }

private:
    QString mTyped;
    bool mCaptured = false;
};

} // namespace

QWidget *AssumptionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QVariant fieldValue = index.data(ForecastModel::FieldRole);
    if (!fieldValue.isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    const auto field = static_cast<AssumptionField>(fieldValue.toInt());
    if (field == AssumptionField::YieldModel) {
        auto *combo = new QComboBox(parent);
        for (auto model : { YieldModel::Poisson, YieldModel::Murphy, YieldModel::Seeds,
                            YieldModel::NegativeBinomial })
            combo->addItem(yieldModelName(model));
        return combo;
    }
    const Range range = rangeOf(field);
    auto *spin = new NumberEditor(parent);
    spin->setRange(range.minimum, range.maximum);
    spin->setDecimals(range.decimals);
    spin->setSuffix(QString::fromUtf8(range.suffix));
    spin->setGroupSeparatorShown(field == AssumptionField::Units);
    spin->setAlignment(Qt::AlignRight);
    spin->setFrame(false);
    spin->setToolTip(tr("%1 to %2%3")
                         .arg(QLocale().toString(range.minimum, 'g', 10),
                              QLocale().toString(range.maximum, 'g', 10),
                              QString::fromUtf8(range.suffix)));
    return spin;
}

void AssumptionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AssumptionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    if (auto *spin = dynamic_cast<NumberEditor *>(editor)) {
        // Text out of range goes to the model as typed, so that the refusal names what is
        // allowed instead of the value snapping back.
        QString typed = spin->typedText();
        typed.remove(spin->locale().groupSeparator());
        bool ok = false;
        const double number = spin->locale().toDouble(typed.trimmed(), &ok);
        model->setData(index, ok ? QVariant(number) : QVariant(typed));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void AssumptionDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(Qt::DisplayRole);
    if (index.column() == ForecastModel::YearColumn) {
        option->text = value.toString(); // no group separator in a year
    } else if (value.userType() == QMetaType::Double || value.userType() == QMetaType::Int ||
               value.userType() == QMetaType::LongLong) {
        const double number = value.toDouble();
        option->text = number != number
            ? tr("—")
            : option->locale.toString(number, 'f', decimalsOf(index.column()));
    }
}

} // namespace ws
