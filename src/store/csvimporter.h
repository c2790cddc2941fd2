// SPDX-License-Identifier: MIT
#pragma once

#include "files/importcheck.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace ws {

struct CsvTable;

/** Writes checked CSV records into a workbook table. A row whose key (csvKeyColumns) is already
    there is updated in place, never deleted and re-added, so that nothing that refers to it is
    lost; columns the file does not have keep their values. */
class CsvImporter
{
public:
    using Progress = ImportProgress;

    /** Imports @p csv into @p table all or nothing: every problem is listed by line and column,
        and then nothing is written. A dry run checks everything, the workbook's references and
        constraints included, and writes nothing. @p label names the file in the audit trail. */
    static ImportResult importTable(QSqlDatabase &db, const QString &table, const CsvTable &csv,
                                    const ColumnMapping &mapping,
                                    const QHash<QString, QVariant> &fixed, const QString &label,
                                    bool dryRun, const Progress &progress = {});

    /** Checks references and writes @p records in the caller's transaction. */
    static QList<ImportProblem> writeRecords(QSqlDatabase &db, const QString &table,
                                             const CheckedRecords &records,
                                             const Progress &progress = {});

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::CsvImporter)

    /** The loops in the parent links of @p db's scenarios (scenarioParentCycles()), as the
        workbook holds them now, rows written in the current transaction included. */
    static QList<QList<qlonglong>> scenarioCycles(QSqlDatabase &db);
};

/** Loads the default data set (one CSV per table under @p dir, by default the copy built into
    the program from data/) in one transaction. Returns an empty string on success. */
QString loadDefaultData(QSqlDatabase &db, const QString &dir = QStringLiteral(":/data"));

} // namespace ws
