// SPDX-License-Identifier: MIT
#pragma once

#include "core/calibrationfit.h"
#include "core/capacity.h"
#include "core/domain.h"
#include "core/forecastengine.h"
#include "core/forecastinput.h"
#include "core/provenance.h"
#include "files/importcheck.h"
#include "store/graphmlimporter.h" // GraphMlImportResult: the document's GraphML import API
#include "store/storedrows.h"

#include "forecastchange.h"
#include "scenariocells.h"
#include "supplychaindocument.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QElapsedTimer;
class QUndoCommand;
class QUndoStack;

namespace ws {

struct LoggedChange;

class Database;
class Workbook;
struct ComputedForecast;

/** A workbook opened or created from a file, or why it could not be (the store's words). */
struct OpenedWorkbook
{
    std::unique_ptr<Workbook> workbook;
    QString error; // names the file and the reason
};

/** The open document: a workbook file, the scenario being looked at, the engine's result for it
    and the undo stack of every change. Models and views read the forecast from here; every user
    edit goes through one of the "user actions" below, which pushes an undo command. */
class Workbook : public QObject
{
    Q_OBJECT

public:
    explicit Workbook(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Workbook() override;

    // The file, for views that must not reach the store (workbookfile.cpp).
    /** Opens @p path, creating it from the default data set when nothing is there yet. */
    static OpenedWorkbook open(const QString &path);
    /** A new workbook at @p path from the default data set, replacing any file there. */
    static OpenedWorkbook createReplacing(const QString &path);
    /** Where the workbook lives when no --db names one. */
    static QString defaultPath();
    /** Writes a consistent copy of the workbook to @p target; the reason it could not, or "". */
    QString saveCopy(const QString &target) const;
    /** What SQLite's integrity check finds wrong with the file; empty when it is sound. */
    QStringList integrityProblems() const;
    /** Why the file cannot be written: a read-only file, or a folder that cannot be written. */
    QString fileReadOnlyReason() const;
    /** A scenario other than the open one, resolved from the cells in memory and computed. */
    ComputedForecast computeScenario(int scenarioId) const;

    QString path() const;
    QString fileName() const;
    QUndoStack *undoStack() const { return mUndoStack; }
    /** True when the file was opened read-only: every user action is refused. */
    bool isReadOnly() const;
    /** True when @p location names a workbook on a PostgreSQL server rather than a file. */
    static bool isServerAddress(const QString &location);
    /** True for a team workbook on a PostgreSQL server. */
    bool isServer() const;
    /** Why the server cannot be reached now; empty while it can (and always for a file). */
    QString connectionProblem() const { return mOfflineReason; }
    /** The sentence a refused change shows on a read-only workbook. */
    QString readOnlyReason() const;

    QList<Scenario> scenarios() const { return mScenarios; }
    int scenarioId() const { return mScenarioId; }
    QString scenarioName() const;
    std::optional<Scenario> scenario(int scenarioId) const;
    /** The current scenario and the ancestors it inherits from, nearest first: the root last. */
    QList<int> lineage() const;
    /** The root of the current scenario's lineage (Base in the default data). */
    int rootScenarioId() const;
    void setScenario(int scenarioId);

    const ForecastInput &input() const { return mInput; }
    const ForecastResult &result() const { return mResult; }
    /** The forecast of rootScenarioId(), what a scenario is compared with "against Base":
        computed once and kept until the workbook changes; input() and result() themselves when
        the current scenario is the root. */
    const ForecastInput &rootInput() const;
    const ForecastResult &rootResult() const;
    /** Cells that are missing or invalid in the current scenario; empty when all is well. */
    QStringList problems() const { return mProblems; }
    const QList<ReportedValue> &reportedValues() const { return mReported; }
    /** The scenario's CoWoS demand against recorded capacity, per forecast year. */
    const QList<CapacityStatus> &capacityStatus() const { return mCapacityStatus; }
    /** A sentence naming the years whose CoWoS demand exceeds capacity; empty when none do. */
    QString capacityWarning() const;
    /** Source id → title as shown ("[…]" for a description), for showing where a figure came
        from. */
    const QHash<int, QString> &sourceTitles() const { return mSourceTitles; }
    /** Source id → publication date as stored ("2025-11"), for comparing vintages. */
    const QHash<int, QString> &sourceDates() const { return mSourceDates; }
    /** The publication date of a source as shown, at its precision ("November 2025", "date
        unknown"); empty for an unknown source id. */
    QString shownSourceDate(int sourceId) const;
    /** The publication date of the newest source of the workbook, at its precision as a reader
        sees it ("May 2026"); empty when no source has a date. */
    QString newestSourceDate() const;
    /** The newest publication date among the published figures ("2026-05"): the data's
        vintage. */
    QString dataVintage() const;
    /** The published share of @p metric behind reportedShare(), with its source. */
    std::optional<ReportedValue> reportedShareValue(Metric metric, int vendorId, int year) const;
    /** How long the last recompute took, in milliseconds. */
    double lastRecomputeMs() const { return mLastRecomputeMs; }

    /** The newest published share of @p metric for a vendor and year, in percent. */
    std::optional<double> reportedShare(Metric metric, int vendorId, int year) const;

    /** True when the current scenario stores this cell itself rather than inheriting it. */
    bool isOverridden(int programIndex, int yearIndex, AssumptionField field) const;
    /** The value the current scenario's parent gives a cell, as text; empty for Base. */
    QString parentValue(int programIndex, int yearIndex, AssumptionField field) const;
    /** The question to ask before @p value is stored in a cell, far (×10) from the program's
        year before or the parent scenario's value (core/fieldrange.h); empty when none. */
    QString softLimitWarning(int programId, int year, AssumptionField field, double value) const;
    /** A cell's resolved value in the current scenario, as the store writes it. */
    QString cellText(int programIndex, int yearIndex, AssumptionField field) const;

    // User actions: each validates, then pushes one undo command. They return an empty string
    // when the change was made, otherwise the reason it was refused (and nothing changed).
    QString editCell(int programId, int year, AssumptionField field, const QString &value);
    QString revertCell(int programId, int year, AssumptionField field);
    QString editCells(const QList<AssumptionCell> &cells, const QString &description);
    QString createScenario(const QString &name);
    QString duplicateScenario(const QString &name);
    QString renameScenario(int scenarioId, const QString &name);
    QString deleteScenario(int scenarioId);
    QString addProgram(int vendorId, const QString &name, const QString &node);
    /** Adds a further kind of die to the package @p packageId (Model v2): a row of the
        package's vendor with die inputs only; its units and CoWoS are the package's. */
    QString addDieKind(int packageId, const QString &name, const QString &node, DieRole role);
    QString removeProgram(int programId);
    /** What fitting units to the published figures of @p vintage (in @p year, or every year
        it covers when 0) would change; changes nothing. */
    CalibrationFit previewFit(const QString &vintage, int year = 0) const;
    /** Applies a fit previewFit() proposed, as one undoable step; refused when the fit
        proposes nothing or the cells no longer hold the values it started from. */
    QString applyFit(const CalibrationFit &fit);

    // The primitive changes the undo commands make. Each is one transaction on disk.
    QString applyCellChanges(const QList<CellChange> &changes, bool reverse);
    QString insertScenario(const ScenarioSnapshot &scenario);
    // A removal or a change names what it expects the store to hold (what its author read, or
    // what undo left), and is refused when a colleague changed it since.
    QString removeScenario(const ScenarioSnapshot &expected);
    QString writeScenarioName(int scenarioId, const QString &expectedName, const QString &name);
    QString insertProgram(const ProgramSnapshot &program);
    QString deleteProgram(const ProgramSnapshot &expected);

    /** The companies and relations, the graph's dragged positions and their user actions. */
    SupplyChainDocument *supplyChain() const { return mSupplyChain; }

    // Provenance and the audit trail (workbookprovenance.cpp).
    const QList<Source> &sources() const { return mSources; }
    std::optional<Source> source(int sourceId) const;
    /** "Title — Publisher, 2025-11": a source as tooltips and lists name it; empty for 0. */
    QString sourceLabel(int sourceId) const;
    QString addSource(Source source);
    QString editSource(const Source &source);
    QString removeSource(int sourceId);
    /** The stored row behind a cell of the current scenario (scenarioId 0 when none). */
    CellProvenance cellProvenance(int programId, int year, AssumptionField field) const;
    /** cellProvenance() for every cell of the programs @p programIds only, read at once and keyed
        by provenanceKey(): a report that shows 25 programs of 10,000 need not read them all. */
    QHash<quint64, CellProvenance> programsProvenance(const QList<int> &programIds) const;
    static quint64 provenanceKey(int programId, int year, AssumptionField field);
    /** Points cells of the current scenario at @p sourceId (0: none) in the row that stores
        each, an ancestor's for an inherited cell: one undoable step. */
    QString citeSource(const QList<AssumptionCell> &cells, int sourceId);
    QList<UnsourcedNumber> unsourcedNumbers() const;
    QList<EditLogEntry> editLog(const EditLogFilter &filter) const;
    /** The audit trail of one assumption cell as the current scenario sees it: changes to its
        value or source in this scenario and in the ancestors it inherits from, newest first. */
    QList<EditLogEntry> cellHistory(int programId, int year, AssumptionField field) const;
    /** The scenario an assumption line of the audit trail is about; 0 for any other line. */
    static int scenarioOfLogEntry(const EditLogEntry &entry);
    /** Whether a line of the audit trail records a change of the cited source. */
    static bool changesSource(const EditLogEntry &entry);
    QStringList editLogTables() const;
    /** Everyone the audit trail names as having made a change. */
    QStringList editLogUsers() const;
    QStringList editLogFields(const QString &table) const;
    /** Why a logged change cannot be reverted; empty when it can. */
    QString revertProblem(const EditLogEntry &entry) const;
    /** Puts back the value a logged change replaced, as a new undoable command. */
    QString revertLogEntry(const EditLogEntry &entry);
    QString writeSource(const std::optional<Source> &before, const std::optional<Source> &after);

    /** Imports CSV records into @p table, all or nothing (CsvImporter::importTable), then
        rereads the workbook. Refused on a read-only workbook. An import is not an undo step:
        the audit trail records it. */
    ImportResult importTable(const QString &table, const CsvTable &csv,
                             const ColumnMapping &mapping, const QHash<QString, QVariant> &fixed,
                             const QString &label, bool dryRun,
                             const ImportProgress &progress = {});

    /** Imports the companies and relations of a GraphML graph, all or nothing, with the checks
        of a CSV import (GraphMlImporter::importGraph), then rereads the workbook. Refused on a
        read-only workbook. Like a CSV import, not an undo step: the audit trail records it. */
    GraphMlImportResult importGraphMl(const GraphMlGraph &graph, const QString &label, bool dryRun);

    /** Writes the whole workbook as JSON to @p path (WorkbookJson); returns the reason it could
        not, or an empty string. */
    QString exportJson(const QString &path) const;

    /** Writes the whole workbook as one Excel file to @p path (WorkbookTables: every table, the
        sources and the current scenario's results in @p year); returns the reason it could
        not, or an empty string. @p cutCells receives how many texts were cut to Excel's limit
        of a cell. */
    QString exportExcel(const QString &path, int year, int *cutCells = nullptr) const;

    /** Rereads the workbook and recomputes the forecast. */
    void reload();

Q_SIGNALS:
    /** The current scenario's cells @p change names are about to be set (reach Cells only), so
        that a model can note what it shows there and later signal only what differs. A wider
        forecastChangedIn() may follow when the edit reaches further than its cells. */
    void forecastAboutToChange(const ws::ForecastChange &change);
    /** The forecast was computed again after @p change; emitted just before forecastChanged(),
        so that models are up to date when the pages that read them hear of it. */
    void forecastChangedIn(const ws::ForecastChange &change);
    void forecastChanged();
    void scenariosChanged();
    /** A change could not be written (the disk, a lock); the message says why. */
    void changeFailed(const QString &message);
    /** Sources were added, edited or removed, or cells cite other sources. */
    void sourcesChanged();
    /** A CSV or GraphML import was written: rows changed outside the undo stack. */
    void imported();
    /** Colleagues committed changes to the server workbook; it was read again. @p summary
        says who changed what, for the status bar. */
    void colleaguesChanged(const QString &summary);
    /** The server workbook's connection was lost (@p connected false, with the reason) or is
        back. Edits are refused while it is lost. */
    void serverConnectionChanged(bool connected, const QString &reason);

private:
    void listenToColleagues();
    /** Returns @p error, having queued a reload when the workbook is on a server. */
    QString reloadAfterRefusal(const QString &error);
    /** Why an edit is refused now that the server cannot be reached; empty while it can. */
    QString offlineRefusal() const;
    QString colleagueSummary(const QList<LoggedChange> &changes) const;
    /** True when the document shows for a cell of the current scenario what the store holds
        there now (@p stored, or nothing stored in this scenario): nobody changed it since the
        document read it. */
    bool showsAsStored(int programIndex, int yearIndex, AssumptionField field,
                       const std::optional<StoredCell> &stored) const;
    /** Reads the current scenario from the store, resolves it and computes it. */
    void recompute(const ForecastChange &change = {});
    /** Reads the vendors, programs and every scenario's cells from the store again. */
    void readStoredCells();
    const ForecastInput &parentInput() const;
    /** Computes the resolved input and tells the views what @p change reached; @p timer started
        with the change. After an edit of cells (reach Cells), only their programs and the sums
        they feed are worked out again. */
    void computeFromInput(const QElapsedTimer &timer, ForecastChange change = {});
    /** Sets the cells @p changes write (or, if @p reverse, restore) in the resolved input of the
        current scenario, as the store now holds them. False, changing nothing, when the change
        reaches further than its cells — another scenario, a year or program not in the input,
        a field that decides which inputs are needed, a cell going back to a parent that does not
        give it, a workbook with problems — and the scenario must be read again. */
    bool applyCellChangesInMemory(const QList<CellChange> &changes, bool reverse);
    /** The root's forecast when it is not the current scenario's, else nullptr. */
    const ComputedForecast *rootForecast() const;
    /** Shows the first scenario when the one shown is no longer there. */
    void showFirstScenarioIfGone();
    /** Tells the views that scenarios were added, removed or renamed, and recomputes. */
    void showChangedScenarios();
    /** Rereads the published figures, whose scopes name programs, and recomputes after
        @p programId was added or removed. */
    void showChangedProgram(int programId);
    void reloadSources();
    /** The one push path of every user action: refused on a read-only workbook; a failed
        write, reported through changeFailed(), is returned. */
    QString pushCommand(QUndoCommand *command);
    QString scenarioNameProblem(const QString &name, int exceptId = 0) const;
    QString pushChanges(QList<CellChange> changes, const QString &description);
    QString interposerProblem(const QList<CellChange> &changes) const;
    QString programNameProblem(const QString &name) const;

    std::unique_ptr<Database> mDatabase;
    QString mOfflineReason; // why the server cannot be reached; empty while it can
    QUndoStack *mUndoStack = nullptr;
    QList<Scenario> mScenarios;
    QList<ReportedValue> mReported;
    QList<CapacityValue> mCapacity;
    QList<CapacityStatus> mCapacityStatus;
    QHash<int, QString> mSourceTitles;
    QHash<int, QString> mSourceDates;
    QList<Source> mSources;
    // The stored rows behind the current scenario's cells, read a program at a time when first
    // asked for after each recompute (a tooltip, the cell's details): the whole scenario's are a
    // million rows at 10,000 programs, and the first tooltip after every edit waited for them.
    mutable QHash<int, QHash<quint64, CellProvenance>> mProvenance;
    int mScenarioId = 0;
    ForecastInput mInput;
    // The parent scenario's input, for a cell that goes back to what the parent gives: built
    // when first asked for after each recompute (a scenario switch need not pay for it);
    // empty for a scenario without a parent.
    mutable std::optional<ForecastInput> mParentInput;
    // The workbook's vendors, programs and every scenario's stored cells, read when it is
    // opened and after a change of its structure; edits keep the cells equal to the store.
    QList<Vendor> mVendors;
    QList<Program> mPrograms;
    mutable ScenarioCells mStoredCells;
    QString mReadError;
    ForecastResult mResult;
    QStringList mProblems;
    // Read when first asked for; forgotten when a change could have reached the root.
    mutable std::unique_ptr<ComputedForecast> mRootForecast;
    SupplyChainDocument *mSupplyChain = nullptr;
    double mLastRecomputeMs = 0.0;
};

} // namespace ws
