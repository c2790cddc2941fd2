// SPDX-License-Identifier: MIT
#include "assumptiondelegate.h"

#include "core/assumptionfield.h"
#include "core/fieldrange.h"
#include "core/numbertext.h"
#include "core/packaging.h"
#include "core/translation.h"
#include "core/yieldmodel.h"
#include "models/forecastmodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>

#include <algorithm>

namespace ws {

namespace {

// The number of decimals a derived or input column shows.
int decimalsOf(int column)
{
    const auto field = ForecastModel::fieldOf(column);
    if (const auto range = field ? fieldRange(*field) : std::nullopt)
        return range->decimals;
    switch (column) {
    case ForecastModel::YieldColumn:
        return 3;
    case ForecastModel::GoodDiesColumn:
        return 1;
    default:
        return 0;
    }
}

/** A number cell's editor: a plain line edit with no validator, because a validator that
    refuses a keystroke drops it without a word (and one that calls a text incomplete swallows
    the Enter that would commit it). The whole text is judged on commit. */
class NumberEditor : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
};

} // namespace

ForecastModel *forecastModelBehind(QAbstractItemModel *model, QModelIndex *index)
{
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model)) {
        *index = proxy->mapToSource(*index);
        model = proxy->sourceModel();
    }
    return qobject_cast<ForecastModel *>(model);
}

AssumptionDelegate::AssumptionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    mConfirm = [this](const QString &question) {
        return QMessageBox::question(
                   qobject_cast<QWidget *>(this->parent()), tr("Keep this value?"), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
}

void AssumptionDelegate::setConfirmFunction(ConfirmFunction confirm)
{
    mConfirm = std::move(confirm);
}

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
            combo->addItem(yieldModelTitle(model), yieldModelName(model));
        return combo;
    }
    if (field == AssumptionField::Packaging) {
        auto *combo = new QComboBox(parent);
        for (auto packaging : { Packaging::Cowos, Packaging::None })
            combo->addItem(packagingTitle(packaging), packagingName(packaging));
        return combo;
    }
    const FieldRange range = fieldRange(field).value_or(FieldRange {});
    auto *edit = new NumberEditor(parent);
    edit->setAlignment(Qt::AlignRight);
    edit->setFrame(false);
    const QLocale locale = edit->locale();
    const QString minimum = locale.toString(range.minimum, 'g', 12);
    const QString maximum = locale.toString(range.maximum, 'g', 12);
    if (range.minimumExclusive) {
        // In the words of the check on commit (core/fieldrange), which refuses a packaging
        // yield of 0; multipliers such as 2.5M mean nothing for a fraction.
        QString text =
            ws::tr("above %1 and at most %2").arg(minimum, maximum) + range.unit + QLatin1Char('.');
        text[0] = text[0].toUpper();
        edit->setToolTip(text);
    } else {
        edit->setToolTip(
            tr("%1 to %2%3. Type 2500000, %4, 2.5e6 or 2.5M (k, M, B).")
                .arg(minimum, maximum, range.unit, locale.toString(2'500'000.0, 'f', 0)));
    }
    return edit;
}

void AssumptionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Items show the name in the program's language and hold the stored one.
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    if (auto *edit = dynamic_cast<NumberEditor *>(editor)) {
        // Every digit the cell holds, not the grid's rounding: "0.125", not "0.13".
        const QVariant value = index.data(Qt::EditRole);
        edit->setText(value.isValid() ? editableNumberText(value.toDouble(), edit->locale())
                                      : QString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AssumptionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    auto *edit = dynamic_cast<NumberEditor *>(editor);
    if (!edit) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QModelIndex source = index;
    ForecastModel *forecast = forecastModelBehind(model, &source);
    const QVariant fieldValue = index.data(ForecastModel::FieldRole);
    const QString typedText = edit->text().trimmed();
    if (fieldValue.isValid() && acceptsNotGiven(static_cast<AssumptionField>(fieldValue.toInt())) &&
        (typedText.isEmpty() || typedText == notGivenText())) {
        // Emptied: back to the interposer area, unless the cell was blank already.
        if (index.data(Qt::EditRole).isValid())
            model->setData(index, notGivenText());
        return;
    }
    const TypedNumber typed = parseTypedNumber(edit->text(), edit->locale());
    if (!typed.value) {
        if (forecast)
            forecast->refuseEdit(source, typed.problem);
        return;
    }
    // Unchanged text is no edit: closing the editor must not ask or write anything.
    if (index.data(Qt::EditRole).isValid() && index.data(Qt::EditRole).toDouble() == *typed.value)
        return;
    // Out of range is refused before anything is asked about it.
    const QVariant field = index.data(ForecastModel::FieldRole);
    if (const QString problem = field.isValid()
            ? assumptionValueProblem(static_cast<AssumptionField>(field.toInt()),
                                     canonicalNumberText(*typed.value))
            : QString();
        !problem.isEmpty()) {
        if (forecast)
            forecast->refuseEdit(source, problem);
        return;
    }
    const QString warning = forecast ? forecast->softLimitWarning(source, *typed.value) : QString();
    if (!warning.isEmpty() && mConfirm && !mConfirm(warning)) {
        forecast->refuseEdit(source, tr("kept the earlier value (%1)").arg(warning));
        return;
    }
    model->setData(index, *typed.value);
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
