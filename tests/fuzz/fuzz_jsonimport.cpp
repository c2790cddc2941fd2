// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as the JSON file of `wafershare import --all`. A document the
// import takes must make a workbook that `check` finds sound: every check of CSV import applies
// to it, so nothing it lets through may break a reference or a rule of the schema.
#include "store/migrations.h"
#include "store/workbookjson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Never deleted: libFuzzer ends the process through exit(), after Qt's own statics are gone, and
// destroying the application then crashes.
QCoreApplication *application = nullptr;
const QString connectionName = QStringLiteral("fuzz-jsonimport");

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_jsonimport: %s\n", what);
        std::abort();
    }
}

// What `PRAGMA` @p pragma reports beyond "ok"; its rows as one line each.
QStringList reported(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    require(query.exec(pragma), "a check of the loaded workbook runs");
    QStringList lines;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            lines << line;
    }
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    require(db.open(), "an in-memory database");
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // The schema, made once: every input is loaded in a transaction that is rolled back, so the
    // next one starts from the same empty workbook, as `import --all` starts from a new file.
    require(ws::Migrations::migrate(db).isEmpty(), "the schema of a new workbook");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    // The command refuses what is not a JSON object before it creates anything.
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;

    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    require(db.transaction(), "a transaction for the load");
    const QString problem = ws::WorkbookJson::load(db, document.object());
    if (problem.isEmpty()) {
        require(reported(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty(),
                "a document the import takes leaves no reference to a missing row");
        require(reported(db, QStringLiteral("PRAGMA integrity_check")).isEmpty(),
                "a document the import takes leaves a sound workbook");
    }
    require(db.rollback(), "the load rolled back");
    return 0;
}
