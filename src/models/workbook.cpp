// SPDX-License-Identifier: MIT
#include "workbook.h"
#include "computedforecast.h"
#include "editlognames.h"
#include "forecastmodel.h"

#include "core/fieldrange.h"
#include "core/forecastbuilder.h"
#include "core/idorder.h"
#include "core/packagerules.h"
#include "core/packaging.h"
#include "core/scenariolineage.h"
#include "core/textrules.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/serveraddress.h"
#include "store/workbookwriter.h"
#include "undo/addremoveprogram.h"
#include "undo/addremovescenario.h"
#include "undo/changeassumptions.h"
#include "undo/renamescenario.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace ws {

namespace {

// The text the store keeps for a resolved input.
QString inputText(const ProgramYearInputs &in, AssumptionField field)
{
    const QVariant value = assumptionValue(in, field);
    if (value.isNull())
        return notGivenText();
    return value.typeId() == QMetaType::QString ? value.toString()
                                                : canonicalNumberText(value.toDouble());
}

} // namespace

Workbook::Workbook(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , mDatabase(std::move(database))
    , mUndoStack(new QUndoStack(this))
    , mSupplyChain(new SupplyChainDocument(
          *mDatabase, [this](QUndoCommand *command) { return pushCommand(command); }, this))
{
    connect(mSupplyChain, &SupplyChainDocument::changeFailed, this, &Workbook::changeFailed);
    reload();
    if (mDatabase->isServer())
        listenToColleagues();
}

void Workbook::listenToColleagues()
{
    auto *feed = new ChangeFeed(mDatabase->connection().connectionName(), this);
    connect(feed, &ChangeFeed::changesArrived, this, [this](const QList<LoggedChange> &changes) {
        reload();
        Q_EMIT colleaguesChanged(colleagueSummary(changes));
    });
    connect(feed, &ChangeFeed::connectionLost, this, [this](const QString &reason) {
        mOfflineReason = reason;
        Q_EMIT serverConnectionChanged(false, reason);
    });
    connect(feed, &ChangeFeed::connectionRestored, this, [this] {
        mOfflineReason.clear();
        Q_EMIT serverConnectionChanged(true, {});
    });
}

QString Workbook::offlineRefusal() const
{
    // Never queued: an edit made while the server is away would land on what others have
    // changed meanwhile.
    if (mOfflineReason.isEmpty())
        return {};
    return tr("the connection to the server is lost (%1), so nothing was changed. Edits are "
              "taken again as soon as it is back.")
        .arg(mOfflineReason);
}

QString Workbook::colleagueSummary(const QList<LoggedChange> &changes) const
{
    const LoggedChange &last = changes.constLast();
    if (last.table.isEmpty())
        return tr("A colleague replaced the workbook on the server; it was read again.");
    const QString who = last.changedBy.isEmpty() ? tr("A colleague") : last.changedBy;
    QString text;
    if (last.field == QLatin1String("import")) {
        // An import's line names the file (row_key) and how many rows it wrote (new_value).
        text = tr("%1 imported %2 into %3 (%4).")
                   .arg(who, last.rowKey, EditLogNames::tableTitle(last.table), last.newValue);
        if (changes.size() > 1)
            text += QLatin1Char(' ') + tr("(%n change(s) in all)", nullptr, int(changes.size()));
        return text;
    }
    QString what = EditLogNames::fieldTitle(last.table, last.field);
    if (last.table == QLatin1String("assumption")) {
        if (const auto key = WorkbookWriter::parseCellRowKey(last.rowKey)) {
            const int programIndex = mInput.programIndex(key->programId);
            const std::optional<Scenario> in = scenario(key->scenarioId);
            what = tr("%1 %2 %3 in %4")
                       .arg(programIndex >= 0 ? mInput.programs.at(programIndex).name
                                              : QString::number(key->programId))
                       .arg(key->year)
                       .arg(what, in ? in->name : QString::number(key->scenarioId));
        }
    } else {
        what = tr("%1 of %2 %3").arg(what, EditLogNames::tableTitle(last.table), last.rowKey);
    }
    text = last.newValue.isEmpty()
        ? tr("%1 changed %2.").arg(who, what)
        : tr("%1 set %2 to %3.")
              .arg(who, what, EditLogNames::valueText(last.table, last.field, last.newValue));
    if (changes.size() > 1)
        text += QLatin1Char(' ') + tr("(%n change(s) in all)", nullptr, int(changes.size()));
    return text;
}

Workbook::~Workbook() = default;

QString Workbook::path() const
{
    return mDatabase->path();
}

QString Workbook::fileName() const
{
    // A server workbook is named by its address (never with a password), a file by its name.
    return mDatabase->isServer() ? mDatabase->path() : QFileInfo(mDatabase->path()).fileName();
}

bool Workbook::isServerAddress(const QString &location)
{
    return ServerAddress::isServerAddress(location);
}

bool Workbook::isServer() const
{
    return mDatabase->isServer();
}

bool Workbook::isReadOnly() const
{
    return mDatabase->isReadOnly();
}

QString Workbook::readOnlyReason() const
{
    if (mDatabase->isServer())
        return tr("%1 is read-only: %2, so nothing was changed. Ask the workbook's owner for the "
                  "role wafershare_analyst to edit it.")
            .arg(fileName(), mDatabase->readOnlyReason());
    return tr("%1 is read-only, so nothing was changed. Save a copy with File ▸ Save As to edit "
              "it.")
        .arg(fileName());
}

QString Workbook::pushCommand(QUndoCommand *command)
{
    if (isReadOnly()) {
        delete command;
        return readOnlyReason();
    }
    if (const QString offline = offlineRefusal(); !offline.isEmpty()) {
        delete command;
        return offline;
    }
    QString failure;
    const auto connection = connect(this, &Workbook::changeFailed, this,
                                    [&failure](const QString &message) { failure = message; });
    mUndoStack->push(command);
    disconnect(connection);
    return failure;
}

QString Workbook::scenarioName() const
{
    const auto current = scenario(mScenarioId);
    return current ? current->name : QString();
}

std::optional<Scenario> Workbook::scenario(int scenarioId) const
{
    for (const Scenario &s : mScenarios) {
        if (s.id == scenarioId)
            return s;
    }
    return std::nullopt;
}

QList<int> Workbook::lineage() const
{
    return scenarioLineage(mScenarios, mScenarioId);
}

int Workbook::rootScenarioId() const
{
    return rootScenarioOf(mScenarios, mScenarioId);
}

const ComputedForecast *Workbook::rootForecast() const
{
    const int rootId = rootScenarioId();
    if (rootId == mScenarioId)
        return nullptr;
    if (!mRootForecast || mRootForecast->scenarioId != rootId)
        mRootForecast = std::make_unique<ComputedForecast>(computeScenario(rootId));
    return mRootForecast.get();
}

ComputedForecast Workbook::computeScenario(int scenarioId) const
{
    // From memory, as a switch builds the open scenario: the cells were read when the workbook
    // was opened and kept equal to the store since.
    ForecastBuilder::Result built = ForecastBuilder::build(
        mVendors, mPrograms, mStoredCells.layers(scenarioLineage(mScenarios, scenarioId)));
    if (!mReadError.isEmpty())
        built.problems.prepend(tr("the workbook cannot be read: %1").arg(mReadError));
    return ComputedForecast::compute(scenarioId, std::move(built));
}

const ForecastInput &Workbook::rootInput() const
{
    const ComputedForecast *root = rootForecast();
    return root ? root->input : mInput;
}

const ForecastResult &Workbook::rootResult() const
{
    const ComputedForecast *root = rootForecast();
    return root ? root->result : mResult;
}

void Workbook::setScenario(int scenarioId)
{
    if (scenarioId == mScenarioId || !scenario(scenarioId))
        return;
    mScenarioId = scenarioId;
    Q_EMIT scenariosChanged();
    recompute();
}

std::optional<double> Workbook::reportedShare(Metric metric, int vendorId, int year) const
{
    const auto value = reportedShareValue(metric, vendorId, year);
    return value ? std::optional<double>(value->value) : std::nullopt;
}

std::optional<ReportedValue> Workbook::reportedShareValue(Metric metric, int vendorId,
                                                          int year) const
{
    const QString wanted = reportedShareMetric(metric);
    std::optional<ReportedValue> found;
    // Rows come oldest first, so the last match is the newest vintage.
    for (const ReportedValue &value : mReported) {
        // A share of a named scope is no vendor's share (calibration leaves it out too).
        if (value.vendorId == vendorId && value.year == year && value.metric == wanted &&
            value.scope.isEmpty())
            found = value;
    }
    return found;
}

QString Workbook::dataVintage() const
{
    QString newest;
    for (const ReportedValue &value : mReported)
        newest = std::max(newest, mSourceDates.value(value.sourceId));
    return newest;
}

bool Workbook::isOverridden(int programIndex, int yearIndex, AssumptionField field) const
{
    if (mInput.sourceLayer.empty())
        return false;
    // The current scenario is the last layer; the root is layer 0.
    const int depth = static_cast<int>(lineage().size()) - 1;
    return depth > 0 && mInput.layerOf(programIndex, yearIndex, field) == depth;
}

QString Workbook::parentValue(int programIndex, int yearIndex, AssumptionField field) const
{
    const ForecastInput &parent = parentInput();
    if (parent.inputs.empty() || parent.layerOf(programIndex, yearIndex, field) < 0)
        return {};
    return inputText(parent.at(programIndex, yearIndex), field);
}

QString Workbook::softLimitWarning(int programId, int year, AssumptionField field,
                                   double value) const
{
    const int programIndex = mInput.programIndex(programId);
    const int yearIndex = mInput.yearIndex(year);
    if (programIndex < 0 || yearIndex < 0)
        return {};
    const auto number = [](const QString &text) {
        bool ok = false;
        const double read = text.toDouble(&ok);
        return ok ? std::optional<double>(read) : std::nullopt;
    };
    // Only a year before that stores the field is a reference; a default is no one's judgement.
    std::optional<double> yearBefore;
    if (yearIndex > 0 && mInput.years.at(yearIndex - 1) == year - 1 &&
        mInput.layerOf(programIndex, yearIndex - 1, field) >= 0)
        yearBefore = number(cellText(programIndex, yearIndex - 1, field));
    const std::optional<double> parent = number(parentValue(programIndex, yearIndex, field));
    const auto current = scenario(mScenarioId);
    const auto parentScenario = current ? scenario(current->parentId) : std::nullopt;
    return ws::softLimitWarning(field, value, yearBefore, year, parent,
                                parentScenario ? parentScenario->name : QString());
}

bool Workbook::showsAsStored(int programIndex, int yearIndex, AssumptionField field,
                             const std::optional<StoredCell> &stored) const
{
    // The current scenario is the last layer of its lineage; the root is layer 0.
    const int depth = static_cast<int>(lineage().size()) - 1;
    const bool storedHere =
        !mInput.sourceLayer.empty() && mInput.layerOf(programIndex, yearIndex, field) == depth;
    if (storedHere != stored.has_value())
        return false;
    if (!stored)
        return true;
    const QString value = stored->value.trimmed();
    const QString expected = isNotGiven(field, value) ? notGivenText()
        : isNumericField(field)                       ? canonicalNumberText(value.toDouble())
                                                      : value;
    return cellText(programIndex, yearIndex, field) == expected;
}

QString Workbook::cellText(int programIndex, int yearIndex, AssumptionField field) const
{
    return inputText(mInput.at(programIndex, yearIndex), field);
}

void Workbook::reload()
{
    mRootForecast.reset();
    ForecastRepository repository(mDatabase->connection());
    mScenarios = repository.scenarios();
    mReported = repository.reportedValues();
    mCapacity = repository.capacity();
    reloadSources();
    showFirstScenarioIfGone();
    Q_EMIT scenariosChanged();
    mSupplyChain->load();
    readStoredCells();
    recompute();
}

bool Workbook::applyCellChangesInMemory(const QList<CellChange> &changes, bool reverse)
{
    if (!mProblems.isEmpty() || mInput.sourceLayer.empty())
        return false;
    // The current scenario is the last layer of its lineage; the root is layer 0.
    const int depth = static_cast<int>(lineage().size()) - 1;
    const auto cellOf = [&](const CellChange &change) {
        const StoredCell &key = change.key();
        return std::pair { mInput.programIndex(key.programId), mInput.yearIndex(key.year) };
    };
    for (const CellChange &change : changes) {
        const StoredCell &key = change.key();
        const auto [program, year] = cellOf(change);
        if (key.scenarioId != mScenarioId || program < 0 || year < 0)
            return false;
        // What decides which inputs a program-year needs: read again, and any missing one named.
        const auto &now = reverse ? change.before : change.after;
        const auto &was = reverse ? change.after : change.before;
        if (key.field == AssumptionField::Packaging ||
            key.field == AssumptionField::PackagesPerCowosWafer ||
            (key.field == AssumptionField::Units &&
             (!now || !was || !(now->value.toDouble() > 0) || !(was->value.toDouble() > 0))))
            return false;
        // Back to what the parent gives: only if it gives something.
        if (!now &&
            (parentInput().inputs.empty() || parentInput().layerOf(program, year, key.field) < 0))
            return false;
    }
    for (const CellChange &change : changes) {
        const StoredCell &key = change.key();
        const auto [program, year] = cellOf(change);
        const size_t cell = static_cast<size_t>(program) * mInput.years.size() + year;
        const auto &now = reverse ? change.before : change.after;
        signed char &layer =
            mInput.sourceLayer[cell * ForecastInput::fieldCount + static_cast<size_t>(key.field)];
        if (now) {
            applyAssumptionValue(mInput.inputs[cell], key.field, now->value);
            layer = static_cast<signed char>(depth);
        } else {
            copyAssumptionField(mInput.inputs[cell], parentInput().at(program, year), key.field);
            layer = static_cast<signed char>(parentInput().layerOf(program, year, key.field));
        }
    }
    return true;
}

void Workbook::recompute(const ForecastChange &change)
{
    QElapsedTimer timer;
    timer.start();
    // From memory: the cells were read when the workbook was opened and kept equal since.
    ForecastBuilder::Result built =
        ForecastBuilder::build(mVendors, mPrograms, mStoredCells.layers(lineage()));
    mInput = std::move(built.input);
    mProblems = std::move(built.problems);
    if (!mReadError.isEmpty())
        mProblems.prepend(tr("the workbook cannot be read: %1").arg(mReadError));
    mParentInput.reset();
    computeFromInput(timer, change);
}

void Workbook::readStoredCells()
{
    ForecastRepository repository(mDatabase->connection());
    mVendors = repository.vendors();
    mPrograms = repository.programs();
    mStoredCells.reset(repository.assumptionCellsByScenario());
    mReadError = repository.error();
}

const ForecastInput &Workbook::parentInput() const
{
    if (!mParentInput) {
        const QList<int> ancestors = lineage().mid(1); // the parent, then its own ancestors
        mParentInput.emplace();
        if (!ancestors.isEmpty())
            *mParentInput = ForecastBuilder::build(mInput.vendors, mInput.programs,
                                                   mStoredCells.layers(ancestors))
                                .input;
    }
    return *mParentInput;
}

void Workbook::computeFromInput(const QElapsedTimer &timer, ForecastChange change)
{
    // After an edit of a few programs' cells, only they (and their sums) are worked out again.
    if (change.reach == ForecastChange::Reach::Cells &&
        mResult.programCount() == mInput.programs.size() &&
        mResult.yearCount() == mInput.years.size()) {
        QList<int> editedPrograms;
        for (const ChangedCell &cell : std::as_const(change.cells))
            editedPrograms << cell.programIndex;
        ForecastEngine::update(mInput, mResult, editedPrograms);
    } else
        ForecastEngine::compute(mInput, mResult);
    mCapacityStatus = checkCowosCapacity(mInput, mResult, mCapacity);
    mLastRecomputeMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    mProvenance.clear();
    change.scenarioId = mScenarioId;
    Q_EMIT forecastChangedIn(change);
    Q_EMIT forecastChanged();
}

QString Workbook::pushChanges(QList<CellChange> changes, const QString &description)
{
    if (changes.isEmpty())
        return {};
    // push() runs redo(); a failed redo makes the command obsolete and reports why.
    return pushCommand(new ChangeAssumptions(this, std::move(changes), description));
}

QString Workbook::editCell(int programId, int year, AssumptionField field, const QString &value)
{
    return editCells({ AssumptionCell { programId, year, field, value } }, QString());
}

QString Workbook::editCells(const QList<AssumptionCell> &cells, const QString &description)
{
    if (const QString offline = offlineRefusal(); !offline.isEmpty())
        return offline;
    WorkbookWriter writer(mDatabase->connection());
    QList<CellChange> changes;
    for (AssumptionCell cell : cells) {
        cell.value = cell.value.trimmed();
        const int programIndex = mInput.programIndex(cell.programId);
        const int yearIndex = mInput.yearIndex(cell.year);
        if (programIndex < 0 || yearIndex < 0)
            return tr("there is no program %1 in %2").arg(cell.programId).arg(cell.year);
        const QString problem = assumptionValueProblem(cell.field, cell.value);
        if (!problem.isEmpty())
            return problem;
        if (const QString onDieKind =
                PackageRules::fieldProblem(mInput.programs.at(programIndex), cell.field);
            !onDieKind.isEmpty())
            return onDieKind;
        // One spelling per number in the store and the audit trail: 2.5e6 is kept as 2500000.
        if (isNumericField(cell.field) && !isNotGiven(cell.field, cell.value))
            cell.value = canonicalNumberText(cell.value.toDouble());
        if (cellText(programIndex, yearIndex, cell.field) == cell.value &&
            mInput.layerOf(programIndex, yearIndex, cell.field) >= 0)
            continue; // unchanged: no command, no log row

        CellChange change;
        QString unread;
        change.before =
            writer.storedCell(mScenarioId, cell.programId, cell.year, cell.field, &unread);
        if (!unread.isEmpty())
            return unread;
        if (!showsAsStored(programIndex, yearIndex, cell.field, change.before)) {
            // Someone else changed the cell since this document read it (a colleague on a
            // server, another program on a file): their value is shown, nothing is written.
            StoredCell key;
            key.scenarioId = mScenarioId;
            key.programId = cell.programId;
            key.year = cell.year;
            key.field = cell.field;
            const QString who = writer.lastChangeOf(key);
            const QString message =
                tr("%1 %2 %3 was changed by %4 after you read it; their value %5 is shown now. "
                   "Nothing was changed; enter %6 again to replace it.")
                    .arg(mInput.programs.at(programIndex).name)
                    .arg(cell.year)
                    .arg(ForecastModel::fieldTitle(cell.field),
                         who.isEmpty() ? tr("someone else") : who,
                         change.before ? change.before->value : tr("(inherited)"), cell.value);
            QMetaObject::invokeMethod(this, &Workbook::reload, Qt::QueuedConnection);
            return message;
        }
        StoredCell after;
        after.scenarioId = mScenarioId;
        after.programId = cell.programId;
        after.year = cell.year;
        after.field = cell.field;
        after.value = cell.value;
        after.note = description.isEmpty()
            ? tr("Edited on %1; was %2.")
                  .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                       cellText(programIndex, yearIndex, cell.field))
            : tr("%1 on %2; was %3.")
                  .arg(description, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                       cellText(programIndex, yearIndex, cell.field));
        change.after = after;
        changes << change;
    }
    if (const QString problem = interposerProblem(changes); !problem.isEmpty())
        return problem;
    QString text = description;
    if (text.isEmpty() && changes.size() == 1) {
        const StoredCell &cell = *changes.first().after;
        text = tr("Set %1 %2 %3 to %4")
                   .arg(mInput.programs.at(mInput.programIndex(cell.programId)).name)
                   .arg(cell.year)
                   .arg(ForecastModel::fieldTitle(cell.field),
                        EditLogNames::valueText(QStringLiteral("assumption"),
                                                assumptionFieldName(cell.field), cell.value));
    }
    return pushChanges(std::move(changes), text);
}

QString Workbook::interposerProblem(const QList<CellChange> &changes) const
{
    // The rule is judged on the inputs as they would be after every change of the edit, so that
    // a paste that widens the interposer and the die together passes.
    const auto amend = [&](int programIndex, ProgramYearInputs &in) {
        for (const CellChange &change : changes) {
            if (!change.after)
                continue;
            const int index = mInput.programIndex(change.after->programId);
            if (index == programIndex)
                applyAssumptionValue(in, change.after->field, change.after->value);
        }
    };
    QSet<std::pair<int, int>> judged;
    for (const CellChange &change : changes) {
        if (!change.after || !PackageRules::entersInterposerRule(change.after->field))
            continue;
        const int programIndex = mInput.programIndex(change.after->programId);
        const int yearIndex = mInput.yearIndex(change.after->year);
        const int packageIndex = mInput.packageIndexOf(programIndex) >= 0
            ? mInput.packageIndexOf(programIndex)
            : programIndex;
        if (judged.contains({ packageIndex, yearIndex }))
            continue;
        judged.insert({ packageIndex, yearIndex });
        const QString problem =
            PackageRules::interposerProblem(mInput, programIndex, yearIndex, amend);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString Workbook::revertCell(int programId, int year, AssumptionField field)
{
    const int programIndex = mInput.programIndex(programId);
    const int yearIndex = mInput.yearIndex(year);
    if (programIndex < 0 || yearIndex < 0 || !isOverridden(programIndex, yearIndex, field))
        return tr("this cell is not overridden in %1").arg(scenarioName());
    WorkbookWriter writer(mDatabase->connection());
    CellChange change;
    change.before = writer.storedCell(mScenarioId, programId, year, field);
    return pushChanges(
        { change },
        tr("Revert %1 %2 %3 to the parent's %4")
            .arg(mInput.programs.at(programIndex).name)
            .arg(year)
            .arg(ForecastModel::fieldTitle(field),
                 EditLogNames::valueText(QStringLiteral("assumption"), assumptionFieldName(field),
                                         parentValue(programIndex, yearIndex, field))));
}

QString Workbook::scenarioNameProblem(const QString &name, int exceptId) const
{
    if (name.isEmpty())
        return tr("a scenario needs a name");
    if (const QString problem = TextRules::nameProblem(name); !problem.isEmpty())
        return problem;
    for (const Scenario &s : mScenarios) {
        if (s.id != exceptId && s.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("a scenario named '%1' exists already").arg(s.name);
    }
    return {};
}

QString Workbook::createScenario(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = scenarioNameProblem(trimmed); !problem.isEmpty())
        return problem;
    WorkbookWriter writer(mDatabase->connection());
    ScenarioSnapshot snapshot;
    snapshot.id = writer.nextId(WorkbookWriter::IdTable::Scenario);
    snapshot.name = trimmed;
    snapshot.parentId = mScenarioId;
    snapshot.note = tr("Based on %1.").arg(scenarioName());
    snapshot.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (const QString failure =
            pushCommand(new AddRemoveScenario(this, snapshot, AddRemoveScenario::Add));
        !failure.isEmpty())
        return failure;
    return scenario(snapshot.id) ? QString() : tr("'%1' could not be created").arg(trimmed);
}

QString Workbook::duplicateScenario(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = scenarioNameProblem(trimmed); !problem.isEmpty())
        return problem;
    WorkbookWriter writer(mDatabase->connection());
    ScenarioSnapshot snapshot = writer.snapshotScenario(mScenarioId);
    snapshot.id = writer.nextId(WorkbookWriter::IdTable::Scenario);
    snapshot.name = trimmed;
    snapshot.note = tr("Copy of %1.").arg(scenarioName());
    snapshot.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (StoredCell &cell : snapshot.cells)
        cell.scenarioId = snapshot.id;
    if (const QString failure =
            pushCommand(new AddRemoveScenario(this, snapshot, AddRemoveScenario::Add));
        !failure.isEmpty())
        return failure;
    return scenario(snapshot.id) ? QString() : tr("'%1' could not be created").arg(trimmed);
}

QString Workbook::renameScenario(int scenarioId, const QString &name)
{
    const QString trimmed = name.trimmed();
    const auto existing = scenario(scenarioId);
    if (!existing)
        return tr("there is no such scenario");
    if (const QString problem = scenarioNameProblem(trimmed, scenarioId); !problem.isEmpty())
        return problem;
    if (existing->name == trimmed)
        return {};
    return pushCommand(new RenameScenario(this, scenarioId, existing->name, trimmed));
}

QString Workbook::deleteScenario(int scenarioId)
{
    const auto existing = scenario(scenarioId);
    if (!existing)
        return tr("there is no such scenario");
    if (existing->parentId == 0)
        return tr("%1 is the root scenario every other is based on; it cannot be deleted")
            .arg(existing->name);
    for (const Scenario &s : mScenarios) {
        if (s.parentId == scenarioId)
            return tr("%1 is based on %2; delete it first").arg(s.name, existing->name);
    }
    WorkbookWriter writer(mDatabase->connection());
    if (const QString failure = pushCommand(new AddRemoveScenario(
            this, writer.snapshotScenario(scenarioId), AddRemoveScenario::Remove));
        !failure.isEmpty())
        return failure;
    return scenario(scenarioId) ? tr("%1 could not be deleted").arg(existing->name) : QString();
}

QString Workbook::programNameProblem(const QString &name) const
{
    if (name.isEmpty())
        return tr("a program needs a name");
    if (const QString problem = TextRules::nameProblem(name); !problem.isEmpty())
        return problem;
    for (const Program &p : mInput.programs) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("a program named '%1' exists already").arg(p.name);
    }
    return {};
}

QString Workbook::addProgram(int vendorId, const QString &name, const QString &node)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = programNameProblem(trimmed); !problem.isEmpty())
        return problem;
    if (const QString problem = TextRules::optionalNameProblem(node.trimmed()); !problem.isEmpty())
        return problem;
    const bool vendorExists = std::any_of(mInput.vendors.cbegin(), mInput.vendors.cend(),
                                          [vendorId](const Vendor &v) { return v.id == vendorId; });
    if (!vendorExists)
        return tr("there is no vendor with id %1").arg(vendorId);

    // A new program ships nothing until the analyst says so; its other inputs are a complete,
    // typical starting point (a reticle-class die on an N3-class node) stored in the root
    // scenario, so that every scenario can compute it.
    WorkbookWriter writer(mDatabase->connection());
    ProgramSnapshot program;
    program.id = writer.nextId(WorkbookWriter::IdTable::Program);
    program.vendorId = vendorId;
    program.name = trimmed;
    program.node = node.trimmed();
    program.note = tr("Added on %1.").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const int rootId = rootScenarioId();
    const QList<std::pair<AssumptionField, QString>> defaults = {
        { AssumptionField::Units, QStringLiteral("0") },
        { AssumptionField::DiesPerPackage, QStringLiteral("1") },
        { AssumptionField::DieAreaMm2, QStringLiteral("800") },
        { AssumptionField::DefectDensity, QStringLiteral("0.1") },
        { AssumptionField::YieldModel, QStringLiteral("murphy") },
        { AssumptionField::YieldAlpha, QStringLiteral("3") },
        { AssumptionField::InterposerAreaMm2, QStringLiteral("2400") },
        { AssumptionField::PackagingYield, QStringLiteral("0.95") },
    };
    for (int year : mInput.years) {
        for (const auto &[field, value] : defaults) {
            StoredCell cell;
            cell.scenarioId = rootId;
            cell.programId = program.id;
            cell.year = year;
            cell.field = field;
            cell.value = value;
            cell.note = tr("Assumption: starting value of a new program; edit it.");
            program.cells << cell;
        }
    }
    if (const QString failure =
            pushCommand(new AddRemoveProgram(this, program, AddRemoveProgram::Add));
        !failure.isEmpty())
        return failure;
    return mInput.programIndex(program.id) >= 0 ? QString()
                                                : tr("'%1' could not be added").arg(trimmed);
}

QString Workbook::addDieKind(int packageId, const QString &name, const QString &node, DieRole role)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = programNameProblem(trimmed); !problem.isEmpty())
        return problem;
    if (const QString problem = TextRules::optionalNameProblem(node.trimmed()); !problem.isEmpty())
        return problem;
    const int packageIndex = mInput.programIndex(packageId);
    if (packageIndex < 0)
        return tr("there is no program with id %1").arg(packageId);
    Program row;
    row.id = WorkbookWriter(mDatabase->connection()).nextId(WorkbookWriter::IdTable::Program);
    row.vendorId = mInput.programs.at(packageIndex).vendorId;
    row.name = trimmed;
    row.node = node.trimmed();
    row.packageId = packageId;
    row.dieRole = role;
    if (const QString problem = PackageRules::programProblem(row, mInput.programs);
        !problem.isEmpty())
        return problem;

    // One small die per package, so that adding it never makes the package's interposer too
    // small for its silicon; the analyst then enters the real count and area.
    ProgramSnapshot program;
    program.id = row.id;
    program.vendorId = row.vendorId;
    program.name = row.name;
    program.node = row.node;
    program.packageId = packageId;
    program.dieRole = dieRoleName(role);
    program.note = tr("Added on %1.").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QList<std::pair<AssumptionField, QString>> defaults = {
        { AssumptionField::DiesPerPackage, QStringLiteral("1") },
        { AssumptionField::DieAreaMm2, QStringLiteral("1") },
        { AssumptionField::DefectDensity, QStringLiteral("0.1") },
        { AssumptionField::YieldModel, QStringLiteral("murphy") },
        { AssumptionField::YieldAlpha, QStringLiteral("3") },
    };
    for (int year : mInput.years) {
        for (const auto &[field, value] : defaults) {
            StoredCell cell;
            cell.scenarioId = rootScenarioId();
            cell.programId = program.id;
            cell.year = year;
            cell.field = field;
            cell.value = value;
            cell.note = tr("Assumption: starting value of a new die kind; edit it.");
            program.cells << cell;
        }
    }
    if (const QString failure =
            pushCommand(new AddRemoveProgram(this, program, AddRemoveProgram::Add));
        !failure.isEmpty())
        return failure;
    return mInput.programIndex(program.id) >= 0 ? QString()
                                                : tr("'%1' could not be added").arg(trimmed);
}

QString Workbook::removeProgram(int programId)
{
    const int index = mInput.programIndex(programId);
    if (index < 0)
        return tr("there is no program with id %1").arg(programId);
    QStringList dieKinds;
    for (int p = 0; p < mInput.programs.size(); ++p) {
        if (mInput.packageIndexOf(p) == index)
            dieKinds << mInput.programs.at(p).name;
    }
    if (!dieKinds.isEmpty())
        return tr("%1 holds the die kinds %2; remove them first")
            .arg(mInput.programs.at(index).name, dieKinds.join(QStringLiteral(", ")));
    WorkbookWriter writer(mDatabase->connection());
    if (const QString failure = pushCommand(new AddRemoveProgram(
            this, writer.snapshotProgram(programId), AddRemoveProgram::Remove));
        !failure.isEmpty())
        return failure;
    return mInput.programIndex(programId) < 0 ? QString() : tr("the program could not be removed");
}

QString Workbook::capacityWarning() const
{
    // One whole sentence per year, so that a translation orders scenario, year and figures as
    // its language needs.
    QStringList sentences;
    for (const CapacityStatus &status : mCapacityStatus) {
        if (status.exceeded) {
            sentences << tr("CoWoS demand of %1 exceeds the recorded capacity in %2: %3 k wafers "
                            "needed, %4 k available (%5 %).")
                             .arg(scenarioName())
                             .arg(status.year)
                             .arg(QLocale().toString(status.demand / 1000.0, 'f', 0),
                                  QLocale().toString(status.capacity / 1000.0, 'f', 0),
                                  QLocale().toString(status.utilisationPercent, 'f', 0));
        }
    }
    return sentences.join(QLatin1Char(' '));
}

CalibrationFit Workbook::previewFit(const QString &vintage, int year) const
{
    return fitUnitsToVintage(mInput, mResult, mReported, vintage, year);
}

QString Workbook::applyFit(const CalibrationFit &fit)
{
    if (fit.cells.isEmpty())
        return fit.problem.isEmpty() ? tr("the fit proposes no change") : fit.problem;
    // The preview was worked out from the units it shows as "now"; anything else would apply
    // a fit to numbers the analyst never saw.
    for (const FitCell &cell : fit.cells) {
        const int programIndex = mInput.programIndex(cell.programId);
        const int yearIndex = mInput.yearIndex(cell.year);
        if (programIndex < 0 || yearIndex < 0 ||
            mInput.at(programIndex, yearIndex).units != cell.oldUnits)
            return tr("the units changed since the fit was previewed; preview it again");
    }
    const QString vintage = fit.vintage.isEmpty() ? tr("figures without a vintage") : fit.vintage;
    return editCells(fit.assumptionCells(),
                     fit.year != 0 ? tr("Fit %1 units to %2").arg(fit.year).arg(vintage)
                                   : tr("Fit units to %1").arg(vintage));
}

QString Workbook::applyCellChanges(const QList<CellChange> &changes, bool reverse)
{
    const QString error =
        WorkbookWriter(mDatabase->connection()).applyCellChanges(changes, reverse);
    if (!error.isEmpty())
        return reloadAfterRefusal(error); // their value
    // The cells in memory stay what the store holds.
    for (const CellChange &change : changes) {
        const StoredCell &key = change.key();
        const auto &now = reverse ? change.before : change.after;
        mStoredCells.set(key.scenarioId, key.programId, key.year, key.field,
                         now ? std::optional<QString>(now->value) : std::nullopt);
    }
    // A child stores only its own cells: an edit there leaves the root as it was.
    if (mRootForecast && std::any_of(changes.cbegin(), changes.cend(), [&](const CellChange &c) {
            return c.key().scenarioId == mRootForecast->scenarioId;
        }))
        mRootForecast.reset();
    // Show the scenario that changed, so that undo and redo are always visible.
    const int changed = changes.isEmpty() ? 0 : changes.first().key().scenarioId;
    if (changed != mScenarioId && scenario(changed)) {
        mScenarioId = changed;
        Q_EMIT scenariosChanged();
        recompute();
        return {};
    }
    // The store holds what memory is about to: set the changed cells there too, without
    // reading the scenario back (a million cells at 10,000 programs × 10 years).
    QElapsedTimer timer;
    timer.start();
    const ForecastChange change = ForecastChange::ofCells(mInput, mScenarioId, changes);
    if (change.reach == ForecastChange::Reach::Cells)
        Q_EMIT forecastAboutToChange(change);
    if (change.reach == ForecastChange::Reach::Cells && applyCellChangesInMemory(changes, reverse))
        computeFromInput(timer, change);
    else
        recompute();
    return {};
}

QString Workbook::reloadAfterRefusal(const QString &error)
{
    // On a server a refusal is most often a colleague's change this document has not heard of
    // yet: it is read again, once the refusal has been shown, so that their version is what the
    // user sees and can change.
    if (mDatabase->isServer())
        QMetaObject::invokeMethod(this, &Workbook::reload, Qt::QueuedConnection);
    return error;
}

// The structural changes below set what the store committed in memory too, as an edit of cells
// does: a workbook of a million cells is not read again for a scenario or a program.

QString Workbook::insertScenario(const ScenarioSnapshot &snapshot)
{
    const QString error = WorkbookWriter(mDatabase->connection()).insertScenario(snapshot);
    if (!error.isEmpty())
        return reloadAfterRefusal(error);
    putInIdOrder(mScenarios,
                 Scenario { snapshot.id, snapshot.name, snapshot.parentId, snapshot.note });
    for (const StoredCell &cell : snapshot.cells)
        mStoredCells.set(snapshot.id, cell.programId, cell.year, cell.field, cell.value);
    mScenarioId = snapshot.id;
    showChangedScenarios();
    return error;
}

QString Workbook::removeScenario(const ScenarioSnapshot &expected)
{
    const int scenarioId = expected.id;
    const auto removed = scenario(scenarioId);
    const QString error = WorkbookWriter(mDatabase->connection()).deleteScenario(expected);
    if (!error.isEmpty())
        return reloadAfterRefusal(error);
    mScenarios.removeIf([scenarioId](const Scenario &s) { return s.id == scenarioId; });
    mStoredCells.removeScenario(scenarioId);
    if (mScenarioId == scenarioId && removed)
        mScenarioId = removed->parentId;
    showFirstScenarioIfGone();
    showChangedScenarios();
    return error;
}

QString Workbook::writeScenarioName(int scenarioId, const QString &expectedName,
                                    const QString &name)
{
    const QString error =
        WorkbookWriter(mDatabase->connection()).renameScenario(scenarioId, expectedName, name);
    if (!error.isEmpty())
        return reloadAfterRefusal(error);
    for (Scenario &s : mScenarios) {
        if (s.id == scenarioId)
            s.name = name;
    }
    showChangedScenarios();
    return error;
}

void Workbook::showFirstScenarioIfGone()
{
    if (!scenario(mScenarioId))
        mScenarioId = mScenarios.isEmpty() ? 0 : mScenarios.first().id;
}

void Workbook::showChangedScenarios()
{
    mRootForecast.reset(); // the current scenario, and so its root, may be another now
    Q_EMIT scenariosChanged();
    recompute();
}

QString Workbook::insertProgram(const ProgramSnapshot &program)
{
    const QString error = WorkbookWriter(mDatabase->connection()).insertProgram(program);
    if (!error.isEmpty())
        return reloadAfterRefusal(error);
    Program added { program.id, program.vendorId, program.name, program.node };
    added.packageId = program.packageId;
    added.dieRole = parseDieRole(program.dieRole).value_or(DieRole::Compute);
    putInIdOrder(mPrograms, added);
    for (const StoredCell &cell : program.cells)
        mStoredCells.set(cell.scenarioId, cell.programId, cell.year, cell.field, cell.value);
    showChangedProgram(program.id);
    return error;
}

QString Workbook::deleteProgram(const ProgramSnapshot &expected)
{
    const int programId = expected.id;
    const QString error = WorkbookWriter(mDatabase->connection()).deleteProgram(expected);
    if (!error.isEmpty())
        return reloadAfterRefusal(error);
    mPrograms.removeIf([programId](const Program &p) { return p.id == programId; });
    mStoredCells.removeProgram(programId);
    showChangedProgram(programId);
    return error;
}

void Workbook::showChangedProgram(int programId)
{
    mRootForecast.reset(); // a program added or removed is added to or removed from the root
    // The scopes of published figures name programs: their links come and go with a program.
    mReported = ForecastRepository(mDatabase->connection()).reportedValues();
    ForecastChange change;
    change.reach = ForecastChange::Reach::Programs;
    change.programIds = { programId };
    recompute(change);
}

} // namespace ws
