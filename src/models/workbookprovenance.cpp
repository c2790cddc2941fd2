// SPDX-License-Identifier: MIT
// Workbook: sources, the source behind each number, reverting changes from the audit trail, and
// data in and out (CSV import, JSON export).
#include "editlognames.h"
#include "forecastmodel.h"
#include "workbook.h"
#include "workbooktables.h"

#include "core/sourcecitation.h"
#include "core/sourcedate.h"
#include "core/textrules.h"
#include "files/outputfile.h"
#include "files/xlsxfile.h"
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/provenancerepository.h"
#include "store/workbookjson.h"
#include "store/workbookwriter.h"
#include "undo/changeassumptions.h"
#include "undo/changesource.h"

#include <QJsonDocument>

namespace ws {

namespace {

// The title is a name (DESIGN §2); the other fields are free text with the rules of a note.
QString sourceTextProblem(const Source &source)
{
    if (const QString problem = TextRules::nameProblem(source.title); !problem.isEmpty())
        return problem;
    for (const QString *text :
         { &source.publisher, &source.url, &source.publishedOn, &source.note }) {
        if (const QString problem = TextRules::noteProblem(*text); !problem.isEmpty())
            return problem;
    }
    return {};
}

// The cell an assumption line of the audit trail is about; its field is "units" or, for a
// change of the cited source, "units:source_id".
std::optional<StoredCell> cellOfLogEntry(const EditLogEntry &entry)
{
    std::optional<StoredCell> cell = WorkbookWriter::parseCellRowKey(entry.rowKey);
    const auto field = parseAssumptionField(entry.field.section(QLatin1Char(':'), 0, 0));
    if (!cell || !field)
        return std::nullopt;
    cell->field = *field;
    return cell;
}

const Relation *findRelation(const SupplyChain &chain, int relationId)
{
    for (const Relation &relation : chain.relations) {
        if (relation.id == relationId)
            return &relation;
    }
    return nullptr;
}

bool isSourceChange(const EditLogEntry &entry)
{
    return entry.field.endsWith(QLatin1String(":source_id"));
}

} // namespace

void Workbook::reloadSources()
{
    mSourceDates = ForecastRepository(mDatabase->connection()).sourceDates();
    mSources = ProvenanceRepository(mDatabase->connection()).sources();
    mSourceTitles.clear();
    for (const Source &source : std::as_const(mSources))
        mSourceTitles.insert(source.id, SourceCitation::shownTitle(source));
}

QString Workbook::shownSourceDate(int sourceId) const
{
    const auto found = source(sourceId);
    return found ? SourceCitation::shownDate(*found) : QString();
}

QString Workbook::newestSourceDate() const
{
    const Source *newest = nullptr;
    for (const Source &source : std::as_const(mSources)) {
        if (SourceDate::isLater(source.publishedOn, source.datePrecision,
                                newest ? newest->publishedOn : QString(),
                                newest ? newest->datePrecision : DatePrecision::Unknown))
            newest = &source;
    }
    return newest ? SourceCitation::shownDate(*newest) : QString();
}

std::optional<Source> Workbook::source(int sourceId) const
{
    for (const Source &source : mSources) {
        if (source.id == sourceId)
            return source;
    }
    return std::nullopt;
}

QString Workbook::sourceLabel(int sourceId) const
{
    const auto found = source(sourceId);
    if (!found)
        return {};
    QStringList details;
    if (!found->publisher.isEmpty())
        details << found->publisher;
    details << SourceCitation::shownDate(*found);
    return tr("%1 — %2").arg(SourceCitation::shownTitle(*found),
                             details.join(QStringLiteral(", ")));
}

QString Workbook::addSource(Source source)
{
    source.title = source.title.trimmed();
    if (source.title.isEmpty())
        return tr("a source needs a title");
    if (const QString problem = sourceTextProblem(source); !problem.isEmpty())
        return problem;
    if (const QString problem = SourceDate::problem(source.publishedOn, source.datePrecision);
        !problem.isEmpty())
        return problem;
    source.id = WorkbookWriter(mDatabase->connection()).nextId(WorkbookWriter::IdTable::Source);
    return pushCommand(new ChangeSource(this, std::nullopt, source));
}

QString Workbook::editSource(const Source &source)
{
    const auto old = this->source(source.id);
    if (!old)
        return tr("there is no source with id %1").arg(source.id);
    Source edited = source;
    edited.title = edited.title.trimmed();
    if (edited.title.isEmpty())
        return tr("a source needs a title");
    if (const QString problem = sourceTextProblem(edited); !problem.isEmpty())
        return problem;
    // A date written before precisions were kept may be of no date form; it stays until the
    // date itself is edited.
    const bool dateEdited =
        edited.publishedOn != old->publishedOn || edited.datePrecision != old->datePrecision;
    if (const QString problem = SourceDate::problem(edited.publishedOn, edited.datePrecision);
        dateEdited && !problem.isEmpty())
        return problem;
    if (edited.title == old->title && edited.titleKind == old->titleKind &&
        edited.publisher == old->publisher && edited.url == old->url && !dateEdited &&
        edited.note == old->note)
        return {}; // an editor closed without a change: no undo step, no log line
    return pushCommand(new ChangeSource(this, old, edited));
}

QString Workbook::removeSource(int sourceId)
{
    const auto old = source(sourceId);
    if (!old)
        return tr("there is no source with id %1").arg(sourceId);
    return pushCommand(new ChangeSource(this, old, std::nullopt));
}

QString Workbook::writeSource(const std::optional<Source> &before,
                              const std::optional<Source> &after)
{
    const QString error = WorkbookWriter(mDatabase->connection()).writeSource(before, after);
    if (!error.isEmpty())
        return reloadAfterRefusal(error);
    reloadSources();
    Q_EMIT sourcesChanged();
    return {};
}

CellProvenance Workbook::cellProvenance(int programId, int year, AssumptionField field) const
{
    auto program = mProvenance.constFind(programId);
    if (program == mProvenance.cend())
        program = mProvenance.insert(programId,
                                     ProvenanceRepository(mDatabase->connection())
                                         .cellProvenance(mScenarioId, { programId }));
    return program->value(ProvenanceRepository::cellKey(programId, year, field));
}

QHash<quint64, CellProvenance> Workbook::programsProvenance(const QList<int> &programIds) const
{
    return ProvenanceRepository(mDatabase->connection()).cellProvenance(mScenarioId, programIds);
}

quint64 Workbook::provenanceKey(int programId, int year, AssumptionField field)
{
    return ProvenanceRepository::cellKey(programId, year, field);
}

QString Workbook::citeSource(const QList<AssumptionCell> &cells, int sourceId)
{
    if (sourceId != 0 && !source(sourceId))
        return tr("there is no source with id %1").arg(sourceId);
    WorkbookWriter writer(mDatabase->connection());
    QList<CellChange> changes;
    for (const AssumptionCell &cell : cells) {
        const CellProvenance stored = cellProvenance(cell.programId, cell.year, cell.field);
        if (stored.scenarioId == 0)
            return tr("%1 %2 has no stored value to cite a source for")
                .arg(ForecastModel::fieldTitle(cell.field))
                .arg(cell.year);
        const auto before =
            writer.storedCell(stored.scenarioId, cell.programId, cell.year, cell.field);
        if (!before)
            continue;
        StoredCell after = *before;
        after.sourceId = sourceId ? std::optional<int>(sourceId) : std::nullopt;
        if (after.sourceId != before->sourceId)
            changes << CellChange { before, after };
    }
    const QString label = sourceId ? (mSourceTitles.value(sourceId)) : tr("no source");
    const QString error = pushChanges(
        changes,
        tr("Cite %1 for %n cell(s)", nullptr, static_cast<int>(changes.size())).arg(label));
    if (error.isEmpty())
        Q_EMIT sourcesChanged();
    return error;
}

ImportResult Workbook::importTable(const QString &table, const CsvTable &csv,
                                   const ColumnMapping &mapping,
                                   const QHash<QString, QVariant> &fixed, const QString &label,
                                   bool dryRun, const ImportProgress &progress)
{
    if (isReadOnly())
        return { 0, { ImportProblem { 0, {}, readOnlyReason() } } };
    QSqlDatabase db = mDatabase->connection();
    const ImportResult result =
        CsvImporter::importTable(db, table, csv, mapping, fixed, label, dryRun, progress);
    if (result.ok() && !dryRun) {
        reload();
        Q_EMIT sourcesChanged();
        Q_EMIT imported();
    }
    return result;
}

GraphMlImportResult Workbook::importGraphMl(const GraphMlGraph &graph, const QString &label,
                                            bool dryRun)
{
    GraphMlImportResult result;
    if (isReadOnly()) {
        result.problems << GraphMlProblem { {}, 0, {}, readOnlyReason() };
        return result;
    }
    QSqlDatabase db = mDatabase->connection();
    result = GraphMlImporter::importGraph(db, graph, label, dryRun);
    if (result.ok() && !dryRun && result.changes() > 0) {
        reload();
        Q_EMIT imported();
    }
    return result;
}

QString Workbook::exportJson(const QString &path) const
{
    QSqlDatabase db = mDatabase->connection();
    QString error;
    const QByteArray bytes =
        QJsonDocument(WorkbookJson::dump(db, &error)).toJson(QJsonDocument::Indented);
    if (!error.isEmpty())
        return error;
    // All or nothing, and never onto the open workbook: an earlier export stays as it was.
    return OutputFile::write(path, bytes);
}

QString Workbook::exportExcel(const QString &path, int year, int *cutCells) const
{
    QSqlDatabase db = mDatabase->connection();
    QString error;
    const QList<DataTable> sheets = WorkbookTables::all(db, mInput, mResult, year, &error);
    if (!error.isEmpty())
        return error;
    return XlsxFile::write(path, sheets, cutCells);
}

QList<UnsourcedNumber> Workbook::unsourcedNumbers() const
{
    QList<UnsourcedNumber> numbers =
        ProvenanceRepository(mDatabase->connection()).unsourcedNumbers();
    // The store names an assumption's field as stored; a reader sees the grid's name for it.
    for (UnsourcedNumber &number : numbers) {
        const auto field = parseAssumptionField(number.field);
        if (!field)
            continue;
        const QString stored = QStringLiteral(" · ") + number.field;
        if (number.description.endsWith(stored)) {
            number.description.chop(stored.size());
            number.description += QStringLiteral(" · ") + ForecastModel::fieldTitle(*field);
        }
    }
    return numbers;
}

QList<EditLogEntry> Workbook::editLog(const EditLogFilter &filter) const
{
    return ProvenanceRepository(mDatabase->connection()).editLog(filter);
}

QList<EditLogEntry> Workbook::cellHistory(int programId, int year, AssumptionField field) const
{
    EditLogFilter filter;
    filter.table = QStringLiteral("assumption");
    StoredCell key;
    key.programId = programId;
    key.year = year;
    for (int scenarioId : lineage()) {
        key.scenarioId = scenarioId;
        filter.rowKeys << WorkbookWriter::cellRowKey(key);
    }
    QList<EditLogEntry> entries = editLog(filter);
    entries.removeIf([field](const EditLogEntry &entry) {
        const auto cell = cellOfLogEntry(entry);
        return !cell || cell->field != field;
    });
    return entries;
}

int Workbook::scenarioOfLogEntry(const EditLogEntry &entry)
{
    const auto cell =
        entry.table == QLatin1String("assumption") ? cellOfLogEntry(entry) : std::nullopt;
    return cell ? cell->scenarioId : 0;
}

bool Workbook::changesSource(const EditLogEntry &entry)
{
    return isSourceChange(entry);
}

QStringList Workbook::editLogTables() const
{
    return ProvenanceRepository(mDatabase->connection()).editLogTables();
}

QStringList Workbook::editLogUsers() const
{
    return ProvenanceRepository(mDatabase->connection()).editLogUsers();
}

QStringList Workbook::editLogFields(const QString &table) const
{
    return ProvenanceRepository(mDatabase->connection()).editLogFields(table);
}

QString Workbook::revertProblem(const EditLogEntry &entry) const
{
    const bool update = !entry.oldValue.isNull() && !entry.newValue.isNull();
    if (entry.field == QLatin1String("import"))
        return tr("An import cannot be reverted row by row; import the earlier file again.");
    if (entry.table == QLatin1String("assumption")) {
        const auto cell = cellOfLogEntry(entry);
        if (!cell)
            return tr("This line of the audit trail does not name a cell.");
        if (!scenario(cell->scenarioId))
            return tr("The scenario of this change no longer exists.");
        if (isSourceChange(entry) &&
            !WorkbookWriter(mDatabase->connection())
                 .storedCell(cell->scenarioId, cell->programId, cell->year, cell->field))
            return tr("The cell is no longer stored, so there is no source to set.");
        return {};
    }
    const int id = entry.rowKey.toInt();
    if (entry.table == QLatin1String("scenario")) {
        if (!update)
            return tr("Adding or removing a scenario is undone with Edit ▸ Undo, not here.");
        return scenario(id) ? QString() : tr("The scenario no longer exists.");
    }
    if (entry.table == QLatin1String("company")) {
        if (entry.field == QLatin1String("name") && !update)
            return tr("Adding or removing a company is undone with Edit ▸ Undo, not here.");
        return mSupplyChain->chain().company(id) ? QString() : tr("The company no longer exists.");
    }
    if (entry.table == QLatin1String("relation")) {
        if (entry.field == QLatin1String("weight") && !update)
            return tr("Adding or removing a relation is undone with Edit ▸ Undo, not here.");
        return findRelation(mSupplyChain->chain(), id) ? QString()
                                                       : tr("The relation no longer exists.");
    }
    if (entry.table == QLatin1String("source")) {
        if (entry.field == QLatin1String("title") && !update)
            return tr("Adding or removing a source is undone with Edit ▸ Undo, not here.");
        return source(id) ? QString() : tr("The source no longer exists.");
    }
    return tr("Changes to %1 cannot be reverted here; use Edit ▸ Undo.")
        .arg(EditLogNames::tableTitle(entry.table));
}

QString Workbook::revertLogEntry(const EditLogEntry &entry)
{
    const QString problem = revertProblem(entry);
    if (!problem.isEmpty())
        return problem;
    const QString old = entry.oldValue.toString();
    const int id = entry.rowKey.toInt();
    const QString description =
        tr("Revert %1 of %2 to %3")
            .arg(EditLogNames::fieldTitle(entry.table, entry.field), entry.rowKey,
                 entry.oldValue.isNull() ? tr("nothing")
                                         : EditLogNames::valueText(entry.table, entry.field, old));

    if (entry.table == QLatin1String("assumption")) {
        const StoredCell key = *cellOfLogEntry(entry);
        const auto before = WorkbookWriter(mDatabase->connection())
                                .storedCell(key.scenarioId, key.programId, key.year, key.field);
        std::optional<StoredCell> after;
        if (isSourceChange(entry)) {
            after = *before;
            after->sourceId =
                entry.oldValue.isNull() ? std::nullopt : std::optional<int>(old.toInt());
        } else if (!entry.oldValue.isNull()) {
            const QString invalid = assumptionValueProblem(key.field, old);
            if (!invalid.isEmpty())
                return invalid;
            after = before.value_or(key);
            after->value = old;
        }
        if (!before && !after)
            return {};
        return pushChanges({ CellChange { before, after } }, description);
    }
    if (entry.table == QLatin1String("scenario"))
        return renameScenario(id, old);
    if (entry.table == QLatin1String("company")) {
        Company company = *mSupplyChain->chain().company(id);
        const QHash<QString, QString *> fields = {
            { QStringLiteral("name"), &company.name },
            { QStringLiteral("name_zh"), &company.nameZh },
            { QStringLiteral("ticker"), &company.ticker },
            { QStringLiteral("country"), &company.country },
            { QStringLiteral("tier"), &company.tier },
            { QStringLiteral("role"), &company.role },
            { QStringLiteral("note"), &company.note },
        };
        if (!fields.contains(entry.field))
            return tr("Company field %1 cannot be reverted here.").arg(entry.field);
        *fields.value(entry.field) = old;
        return mSupplyChain->editCompany(company);
    }
    if (entry.table == QLatin1String("relation")) {
        Relation relation = *findRelation(mSupplyChain->chain(), id);
        if (entry.field == QLatin1String("kind"))
            relation.kind = old;
        else if (entry.field == QLatin1String("product"))
            relation.product = old;
        else if (entry.field == QLatin1String("note"))
            relation.note = old;
        else if (entry.field == QLatin1String("weight"))
            relation.weight = entry.oldValue.toDouble();
        else if (entry.field == QLatin1String("source_id"))
            relation.sourceId = entry.oldValue.toInt();
        else if (entry.field == QLatin1String("supplier_id"))
            relation.supplierId = entry.oldValue.toInt();
        else if (entry.field == QLatin1String("customer_id"))
            relation.customerId = entry.oldValue.toInt();
        else
            return tr("Relation field %1 cannot be reverted here.").arg(entry.field);
        return mSupplyChain->editRelation(relation);
    }
    Source reverted = *source(id);
    if (entry.field == QLatin1String("title"))
        reverted.title = old;
    else if (entry.field == QLatin1String("publisher"))
        reverted.publisher = old;
    else if (entry.field == QLatin1String("url"))
        reverted.url = old;
    else if (entry.field == QLatin1String("title_kind"))
        reverted.titleKind = SourceCitation::parseTitleKind(old).value_or(reverted.titleKind);
    else if (entry.field == QLatin1String("published_on")) {
        // The date and its precision are one fact: the old date brings the precision its form
        // states.
        reverted.publishedOn = old;
        reverted.datePrecision = SourceDate::precisionOf(old).value_or(reverted.datePrecision);
    } else if (entry.field == QLatin1String("date_precision"))
        reverted.datePrecision = SourceDate::parsePrecision(old).value_or(reverted.datePrecision);
    else if (entry.field == QLatin1String("note"))
        reverted.note = old;
    else
        return tr("Source field %1 cannot be reverted here.").arg(entry.field);
    return editSource(reverted);
}

} // namespace ws
