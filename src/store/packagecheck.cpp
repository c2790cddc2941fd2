// SPDX-License-Identifier: MIT
#include "packagecheck.h"

#include "core/packagerules.h"
#include "forecastrepository.h"

#include <QSqlQuery>

namespace ws {

QList<ImportProblem> PackageCheck::programProblems(QSqlDatabase &db,
                                                   const QHash<qlonglong, int> &lineOfId)
{
    const QList<Program> programs = ForecastRepository(db).programs();
    QList<ImportProblem> problems;
    for (const Program &program : programs) {
        const QString problem = PackageRules::programProblem(program, programs);
        if (problem.isEmpty())
            continue;
        const int line = lineOfId.value(program.id, lineOfId.value(program.packageId, 0));
        problems << ImportProblem { line,
                                    program.isDieKind() ? QStringLiteral("package_id")
                                                        : QStringLiteral("die_role"),
                                    problem };
    }
    return problems;
}

QList<ImportProblem> PackageCheck::dieKindFieldProblems(QSqlDatabase &db,
                                                        const LineOfCell &lineOfCell)
{
    QHash<int, Program> dieKinds;
    for (const Program &program : ForecastRepository(db).programs()) {
        if (program.isDieKind())
            dieKinds.insert(program.id, program);
    }
    QList<ImportProblem> problems;
    if (dieKinds.isEmpty())
        return problems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT a.scenario_id, a.program_id, a.year, a.field FROM "
                                   "assumption a JOIN program p ON p.id = a.program_id WHERE "
                                   "p.package_id IS NOT NULL")))
        return problems;
    while (query.next()) {
        const auto field = parseAssumptionField(query.value(3).toString());
        const auto program = dieKinds.constFind(query.value(1).toInt());
        if (!field || program == dieKinds.constEnd())
            continue;
        const QString problem = PackageRules::fieldProblem(*program, *field);
        if (problem.isEmpty())
            continue;
        const int line = lineOfCell
            ? lineOfCell(query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toLongLong(), query.value(3).toString())
            : 0;
        problems << ImportProblem { line, QStringLiteral("field"), problem };
    }
    return problems;
}

QSet<QString> PackageCheck::interposerProblems(QSqlDatabase &db)
{
    QSet<QString> problems;
    // Every scenario from one read of the assumptions: an import of a million rows into the
    // root scenario read them again for each of its children.
    for (const auto &[scenario, result] : ForecastRepository(db).loadEveryForecast()) {
        const ForecastInput &input = result.input;
        for (int p = 0; p < input.programs.size(); ++p) {
            if (input.packageIndexOf(p) >= 0)
                continue; // judged with its package
            for (int y = 0; y < input.years.size(); ++y) {
                const QString problem = PackageRules::interposerProblem(input, p, y);
                if (!problem.isEmpty())
                    problems.insert(tr("scenario %1: %2").arg(scenario.name, problem));
            }
        }
    }
    return problems;
}

} // namespace ws
