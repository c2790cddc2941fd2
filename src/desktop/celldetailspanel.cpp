// SPDX-License-Identifier: MIT
#include "celldetailspanel.h"

#include "core/assumptionfield.h"
#include "core/sourcecitation.h"
#include "models/forecastmodel.h"
#include "models/workbook.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ws {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Numbers in the locale's digits with grouping, up to twelve significant digits: 2,000,000
// rather than QVariant's "2e+06".
QString shownValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

} // namespace

CellDetailsPanel::CellDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , mText(new QTextBrowser(this))
{
    mText->setObjectName(QStringLiteral("cellDetailsText"));
    mText->setOpenExternalLinks(true);
    mText->setAccessibleName(tr("Cell details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mText);
    refresh();
}

void CellDetailsPanel::setWorkbook(Workbook *workbook)
{
    if (mWorkbook == workbook)
        return;
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    mCell = QPersistentModelIndex();
    if (mWorkbook) {
        // Every change the panel shows comes through these two, undo and redo included: a
        // value, a scenario (switched or renamed) or an import recomputes the forecast, and a
        // citation or a source's own fields change the sources.
        connect(mWorkbook, &Workbook::forecastChanged, this, &CellDetailsPanel::refresh);
        connect(mWorkbook, &Workbook::sourcesChanged, this, &CellDetailsPanel::refresh);
    }
    refresh();
}

void CellDetailsPanel::showCell(const QModelIndex &index)
{
    mCell = index;
    refresh();
}

QString CellDetailsPanel::text() const
{
    return mText->toPlainText();
}

void CellDetailsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void CellDetailsPanel::refresh()
{
    if (!isVisible())
        return; // read when shown, not on every edit while the dock is closed
    mText->setHtml(describe());
}

QString CellDetailsPanel::describe() const
{
    if (!mWorkbook || !mCell.isValid())
        return tr("<p>Select a cell of the Forecast grid to see where its number comes from: "
                  "the scenario that stores it, its source, its note and its changes.</p>");
    const QModelIndex cell = mCell;
    const QAbstractItemModel *model = cell.model();
    const QString program = cell.siblingAtColumn(ForecastModel::ProgramColumn).data().toString();
    const QString vendor = cell.siblingAtColumn(ForecastModel::VendorColumn).data().toString();
    const int year = cell.data(ForecastModel::YearRole).toInt();
    const QString column = model->headerData(cell.column(), Qt::Horizontal).toString();
    QString html = tr("<h3>%1 (%2), %3</h3>").arg(escaped(program), escaped(vendor)).arg(year);
    html += tr("<p><b>%1:</b> %2</p>").arg(escaped(column), escaped(shownValue(cell.data())));

    const QVariant fieldValue = cell.data(ForecastModel::FieldRole);
    if (!fieldValue.isValid()) {
        // A computed column: its tooltip gives the formula.
        html += tr("<p>Computed from the inputs: %1</p>")
                    .arg(escaped(cell.data(Qt::ToolTipRole).toString()));
        return html;
    }
    const auto field = static_cast<AssumptionField>(fieldValue.toInt());
    const int programId = cell.data(ForecastModel::ProgramIdRole).toInt();
    const CellProvenance stored = mWorkbook->cellProvenance(programId, year, field);
    if (stored.scenarioId == 0) {
        html += tr("<p>No scenario stores this cell.</p>");
    } else if (stored.scenarioId == mWorkbook->scenarioId()) {
        html += tr("<p>Stored by scenario %1.</p>").arg(escaped(mWorkbook->scenarioName()));
    } else {
        const auto owner = mWorkbook->scenario(stored.scenarioId);
        html += tr("<p>Inherited: scenario %1 stores it; %2 does not override it.</p>")
                    .arg(escaped(owner ? owner->name : QString::number(stored.scenarioId)),
                         escaped(mWorkbook->scenarioName()));
    }
    if (const auto source = mWorkbook->source(stored.sourceId)) {
        const QString shownTitle = escaped(SourceCitation::shownTitle(*source));
        const QString title = source->url.isEmpty()
            ? shownTitle
            : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(source->url), shownTitle);
        QStringList about;
        if (!source->publisher.isEmpty())
            about << escaped(source->publisher);
        about << escaped(SourceCitation::shownDate(*source));
        html += tr("<p><b>Source:</b> %1%2</p>")
                    .arg(title,
                         about.isEmpty() ? QString() : QStringLiteral(" — ") + about.join(u", "));
    } else if (stored.scenarioId != 0) {
        html += tr("<p><b>Source:</b> none cited (right-click the cell ▸ Cite Source…)</p>");
    }
    if (!stored.note.isEmpty())
        html += tr("<p><b>Note:</b> %1</p>").arg(escaped(stored.note));
    html += describeChanges(mWorkbook->cellHistory(programId, year, field));
    return html;
}

QString CellDetailsPanel::describeChanges(const QList<EditLogEntry> &entries) const
{
    if (entries.isEmpty())
        return tr("<h4>Changes</h4><p>None since the workbook was made.</p>");
    const QLocale locale;
    const auto shown = [&](const QVariant &value, bool source) {
        if (value.isNull())
            return tr("(none)");
        return escaped(source ? mWorkbook->sourceLabel(value.toInt()) : value.toString());
    };
    QStringList lines;
    for (const EditLogEntry &entry : entries) {
        const bool source = Workbook::changesSource(entry);
        const int scenarioId = Workbook::scenarioOfLogEntry(entry);
        const auto scenario = mWorkbook->scenario(scenarioId);
        const QString what = source ? tr("source") : tr("value");
        lines << tr("<li>%1, %2 (%3): %4 → %5</li>")
                     .arg(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), what,
                          escaped(scenario ? scenario->name : QString::number(scenarioId)),
                          shown(entry.oldValue, source), shown(entry.newValue, source));
    }
    return tr("<h4>Changes</h4><ul>%1</ul>").arg(lines.join(QString()));
}

} // namespace ws
