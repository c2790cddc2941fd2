// SPDX-License-Identifier: MIT
#include "calibrationfit.h"
#include "core/fieldrange.h"
#include "core/metric.h"
#include "core/translation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace ws {

namespace {

// What a published figure counts, as far as the fit is concerned.
enum class Quantity { ComputeWafers, CowosWafers, AllLogicWafers, Units };
constexpr int quantityCount = 4;

struct FitMetric
{
    Quantity quantity;
    bool isShare;
};

// ---- The one place that maps reported_value metric names onto what a fit computes. ----
std::optional<FitMetric> fitMetric(const QString &name)
{
    if (name == reportedShareMetric(Metric::ComputeWafers))
        return FitMetric { Quantity::ComputeWafers, true };
    if (name == reportedShareMetric(Metric::CowosWafers))
        return FitMetric { Quantity::CowosWafers, true };
    if (name == metricName(Metric::ComputeWafers))
        return FitMetric { Quantity::ComputeWafers, false };
    if (name == metricName(Metric::CowosWafers))
        return FitMetric { Quantity::CowosWafers, false };
    if (name == metricName(Metric::AllLogicWafers))
        return FitMetric { Quantity::AllLogicWafers, false };
    if (name == QLatin1String("units"))
        return FitMetric { Quantity::Units, false };
    return std::nullopt;
}

// The program whose `units` drive this row's wafers: its own for a package, its package's for a
// die kind (Program::packageId != 0), which ships no units of its own.
int unitsOwnerIndex(const ForecastInput &input, int programIndex)
{
    const Program &program = input.programs[programIndex];
    return program.isDieKind() ? input.programIndex(program.packageId) : programIndex;
}

// Whether a program has units of its own, which a fit may change.
bool hasOwnUnits(const ForecastInput &input, int programIndex)
{
    return unitsOwnerIndex(input, programIndex) == programIndex;
}

double programAmount(const ForecastInput &input, const ForecastResult &result, int programIndex,
                     int yearIndex, Quantity quantity)
{
    switch (quantity) {
    case Quantity::ComputeWafers:
        return result.program(programIndex, yearIndex).computeWafers;
    case Quantity::AllLogicWafers:
        return result.program(programIndex, yearIndex).logicWafers;
    case Quantity::CowosWafers:
        return result.program(programIndex, yearIndex).cowosWafers;
    case Quantity::Units:
        return hasOwnUnits(input, programIndex) ? input.at(programIndex, yearIndex).units : 0.0;
    }
    return 0.0;
}

// A program in one year: its vendor, the unknown its units are (-1: fixed) and what it makes
// at its current units. Wafers are linear in units, so at a scale factor s of its unknown it
// makes amount × s.
struct Entry
{
    int programIndex = -1;
    int vendorIndex = -1;
    int unknown = -1;
    std::array<double, quantityCount> amount {};
};

// A published figure as the solver sees it.
struct TargetSpec
{
    int target = 0; // into CalibrationFit::targets
    Quantity quantity = Quantity::Units;
    bool isShare = false;
    int vendorIndex = -1;
    std::vector<int> members; // entries summed by a volume
    double published = 0.0;
    double weight = 1.0;
};

// One year's least-squares problem: its unknowns are the log-scale factors x of the units of
// the programs that ship that year. Years share no unknowns, so each is solved on its own.
struct YearBlock
{
    int year = 0;
    int yearIndex = -1;
    int vendorCount = 0;
    std::vector<Entry> entries;
    std::vector<int> unknownProgram; // per unknown: its program index
    std::vector<double> baseUnits; // per unknown
    // Per unknown: 1 ÷ the number of its vendor's programs that ship that year. The
    // regularisation weighs each program by it, so that moving a whole vendor costs λ·x²
    // however many programs it has (per program alone, a vendor of 1,000 programs would hardly
    // move). Equal weights rather than parts of the units: a small program weighed by its
    // size would cost next to nothing to wipe out, and less at every fit after.
    std::vector<double> anchor;
    std::vector<TargetSpec> specs;
};

// The programs of one year as they stand in @p input and @p result.
void fillEntries(YearBlock &block, const ForecastInput &input, const ForecastResult &result)
{
    block.entries.clear();
    block.unknownProgram.clear();
    block.baseUnits.clear();
    block.anchor.clear();
    block.vendorCount = input.vendors.size();
    std::vector<int> unknownOfProgram(input.programs.size(), -1);
    for (int p = 0; p < input.programs.size(); ++p) {
        const double units = input.at(p, block.yearIndex).units;
        // A program with no units stays at none: no scale of zero makes anything.
        if (hasOwnUnits(input, p) && units > 0.0 && input.programVendorIndex[p] >= 0) {
            unknownOfProgram[p] = static_cast<int>(block.unknownProgram.size());
            block.unknownProgram.push_back(p);
            block.baseUnits.push_back(units);
        }
    }
    std::vector<int> vendorPrograms(block.vendorCount, 0);
    for (int p : block.unknownProgram)
        ++vendorPrograms[input.programVendorIndex[p]];
    for (int p : block.unknownProgram)
        block.anchor.push_back(1.0 / vendorPrograms[input.programVendorIndex[p]]);

    for (int p = 0; p < input.programs.size(); ++p) {
        const int vendor = input.programVendorIndex[p];
        if (vendor < 0)
            continue; // the engine counts it for no vendor and in no total
        Entry entry;
        entry.programIndex = p;
        entry.vendorIndex = vendor;
        const int owner = unitsOwnerIndex(input, p);
        entry.unknown = owner >= 0 ? unknownOfProgram[owner] : -1;
        for (int q = 0; q < quantityCount; ++q)
            entry.amount[q] =
                programAmount(input, result, p, block.yearIndex, static_cast<Quantity>(q));
        block.entries.push_back(entry);
    }
}

// The weighted residuals at @p x and, when @p jacobian is given, their derivatives by x
// (targets × unknowns, row-major). Modelled values go to @p modelled.
void evaluate(const YearBlock &block, const std::vector<double> &x, std::vector<double> &modelled,
              std::vector<double> &weighted, std::vector<double> *jacobian)
{
    const size_t n = block.unknownProgram.size();
    const size_t targets = block.specs.size();
    std::vector<double> scale(n);
    for (size_t u = 0; u < n; ++u)
        scale[u] = std::exp(x[u]);
    const auto made = [&scale](const Entry &entry, Quantity quantity) {
        const double amount = entry.amount[static_cast<int>(quantity)];
        return entry.unknown >= 0 ? amount * scale[entry.unknown] : amount;
    };

    std::vector<double> vendorTotal(static_cast<size_t>(quantityCount) * block.vendorCount, 0.0);
    std::array<double, quantityCount> total {};
    for (const Entry &entry : block.entries) {
        for (int q = 0; q < quantityCount; ++q) {
            const double amount = made(entry, static_cast<Quantity>(q));
            vendorTotal[static_cast<size_t>(q) * block.vendorCount + entry.vendorIndex] += amount;
            total[q] += amount;
        }
    }

    modelled.assign(targets, 0.0);
    weighted.assign(targets, 0.0);
    if (jacobian)
        jacobian->assign(targets * n, 0.0);
    for (size_t t = 0; t < targets; ++t) {
        const TargetSpec &spec = block.specs[t];
        const int q = static_cast<int>(spec.quantity);
        double *row = jacobian ? jacobian->data() + t * n : nullptr;
        if (spec.isShare) {
            // S = 100 N / D: dS/dx_u = 100 · c_u · ([u is the vendor's] − N / D) / D, with c_u
            // what u makes now (the derivative of c_u·e^dx at 0).
            const double mine =
                vendorTotal[static_cast<size_t>(q) * block.vendorCount + spec.vendorIndex];
            const double all = total[q];
            const double share = all > 0.0 ? 100.0 * mine / all : 0.0;
            modelled[t] = share;
            weighted[t] = spec.weight * (share - spec.published);
            if (row && all > 0.0) {
                for (const Entry &entry : block.entries) {
                    if (entry.unknown < 0)
                        continue;
                    const double own = entry.vendorIndex == spec.vendorIndex ? 1.0 : 0.0;
                    row[entry.unknown] +=
                        spec.weight * 100.0 * made(entry, spec.quantity) * (own - mine / all) / all;
                }
            }
        } else {
            double volume = 0.0;
            for (int member : spec.members)
                volume += made(block.entries[member], spec.quantity);
            modelled[t] = volume;
            weighted[t] = spec.weight * 100.0 * (volume - spec.published) / spec.published;
            if (row) {
                for (int member : spec.members) {
                    const Entry &entry = block.entries[member];
                    if (entry.unknown >= 0)
                        row[entry.unknown] +=
                            spec.weight * 100.0 * made(entry, spec.quantity) / spec.published;
                }
            }
        }
    }
}

double sumOfSquares(const std::vector<double> &values)
{
    double sum = 0.0;
    for (double v : values)
        sum += v * v;
    return sum;
}

// λ · Σ anchor · x²: how far the units moved from today's, in log terms.
double regularisation(const YearBlock &block, const std::vector<double> &x, double lambda)
{
    double sum = 0.0;
    for (size_t u = 0; u < x.size(); ++u)
        sum += block.anchor[u] * x[u] * x[u];
    return lambda * sum;
}

double cost(const YearBlock &block, const std::vector<double> &x, double lambda)
{
    std::vector<double> modelled;
    std::vector<double> weighted;
    evaluate(block, x, modelled, weighted, nullptr);
    return sumOfSquares(weighted) + regularisation(block, x, lambda);
}

// Solves A z = b in place for a symmetric positive definite A (m × m, row-major) by Cholesky.
bool solvePositiveDefinite(std::vector<double> &a, std::vector<double> &b, size_t m)
{
    for (size_t j = 0; j < m; ++j) {
        double diagonal = a[j * m + j];
        for (size_t k = 0; k < j; ++k)
            diagonal -= a[j * m + k] * a[j * m + k];
        if (!(diagonal > 0.0))
            return false;
        diagonal = std::sqrt(diagonal);
        a[j * m + j] = diagonal;
        for (size_t i = j + 1; i < m; ++i) {
            double value = a[i * m + j];
            for (size_t k = 0; k < j; ++k)
                value -= a[i * m + k] * a[j * m + k];
            a[i * m + j] = value / diagonal;
        }
    }
    for (size_t i = 0; i < m; ++i) {
        for (size_t k = 0; k < i; ++k)
            b[i] -= a[i * m + k] * b[k];
        b[i] /= a[i * m + i];
    }
    for (size_t i = m; i-- > 0;) {
        for (size_t k = i + 1; k < m; ++k)
            b[i] -= a[k * m + i] * b[k];
        b[i] /= a[i * m + i];
    }
    return true;
}

// The damped Gauss–Newton step: solves (JᵀJ + diag(d)) δ = −g for J (targets × n), d > 0.
//
// Why not the n × n normal equations alone: a year of the 10,000-program workbook has
// thousands of unknowns but only the handful of figures one vintage publishes, and an n × n
// matrix would take hundreds of megabytes. The regularisation and the damping add only to the
// diagonal, so the matrix is a diagonal D plus the low-rank JᵀJ, and the Woodbury identity
// (D + JᵀJ)⁻¹ = D⁻¹ − D⁻¹Jᵀ(I + JD⁻¹Jᵀ)⁻¹JD⁻¹ turns the solve into one of size
// targets × targets — exact, unlike per-vendor scale factors, and without the slow
// convergence conjugate gradients would have here. Whichever side is smaller is solved.
std::optional<std::vector<double>> dampedStep(const std::vector<double> &jacobian, size_t targets,
                                              size_t n, const std::vector<double> &gradient,
                                              const std::vector<double> &diagonal)
{
    std::vector<double> rhs(n);
    for (size_t u = 0; u < n; ++u)
        rhs[u] = -gradient[u];
    if (n <= targets) {
        std::vector<double> a(n * n, 0.0);
        for (size_t t = 0; t < targets; ++t) {
            const double *row = jacobian.data() + t * n;
            for (size_t i = 0; i < n; ++i) {
                if (row[i] == 0.0)
                    continue;
                for (size_t j = 0; j < n; ++j)
                    a[i * n + j] += row[i] * row[j];
            }
        }
        for (size_t i = 0; i < n; ++i)
            a[i * n + i] += diagonal[i];
        if (!solvePositiveDefinite(a, rhs, n))
            return std::nullopt;
        return rhs;
    }
    // D⁻¹b, then y from (I + JD⁻¹Jᵀ) y = J D⁻¹b, then δ = D⁻¹(b − Jᵀy).
    std::vector<double> scaled(n);
    for (size_t u = 0; u < n; ++u)
        scaled[u] = rhs[u] / diagonal[u];
    std::vector<double> m(targets * targets, 0.0);
    std::vector<double> projected(targets, 0.0);
    for (size_t s = 0; s < targets; ++s) {
        const double *rowS = jacobian.data() + s * n;
        for (size_t t = s; t < targets; ++t) {
            const double *rowT = jacobian.data() + t * n;
            double dot = 0.0;
            for (size_t u = 0; u < n; ++u)
                dot += rowS[u] * rowT[u] / diagonal[u];
            m[s * targets + t] = dot;
            m[t * targets + s] = dot;
        }
        m[s * targets + s] += 1.0;
        for (size_t u = 0; u < n; ++u)
            projected[s] += rowS[u] * scaled[u];
    }
    if (!solvePositiveDefinite(m, projected, targets))
        return std::nullopt;
    std::vector<double> step(rhs);
    for (size_t t = 0; t < targets; ++t) {
        const double *row = jacobian.data() + t * n;
        for (size_t u = 0; u < n; ++u)
            step[u] -= row[u] * projected[t];
    }
    for (size_t u = 0; u < n; ++u)
        step[u] /= diagonal[u];
    return step;
}

// Levenberg–Marquardt on the log-scale factors, from the current units (x = 0). Solving in
// ln(units) keeps every program's units positive without constraints; the bounds keep them
// within the field's range.
std::vector<double> solveYear(const YearBlock &block, double lambda)
{
    const size_t n = block.unknownProgram.size();
    const size_t targets = block.specs.size();
    std::vector<double> x(n, 0.0);
    if (n == 0 || targets == 0)
        return x;

    const double maxUnits = fieldRange(AssumptionField::Units)->maximum;
    std::vector<double> upper(n);
    for (size_t u = 0; u < n; ++u)
        upper[u] = std::max(0.0, std::log(maxUnits / block.baseUnits[u]));
    constexpr double lower = -23.0; // a factor of 10⁻¹⁰: as good as none, still positive

    std::vector<double> modelled;
    std::vector<double> weighted;
    std::vector<double> jacobian;
    evaluate(block, x, modelled, weighted, &jacobian);
    double current = sumOfSquares(weighted);

    double largestCurvature = 0.0;
    for (size_t u = 0; u < n; ++u) {
        double column = 0.0;
        for (size_t t = 0; t < targets; ++t)
            column += jacobian[t * n + u] * jacobian[t * n + u];
        largestCurvature = std::max(largestCurvature, column);
    }
    const double curvatureScale = std::max(largestCurvature, 1.0);
    double damping = 1e-3 * curvatureScale;

    constexpr int maxIterations = 200;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        std::vector<double> gradient(n);
        double largestGradient = 0.0;
        for (size_t u = 0; u < n; ++u) {
            double g = lambda * block.anchor[u] * x[u];
            for (size_t t = 0; t < targets; ++t)
                g += jacobian[t * n + u] * weighted[t];
            gradient[u] = g;
            largestGradient = std::max(largestGradient, std::abs(g));
        }
        if (largestGradient <= 1e-12 * std::max(current, 1.0))
            break;

        bool improved = false;
        std::vector<double> next;
        double nextCost = current;
        while (damping <= 1e12 * curvatureScale) {
            std::vector<double> diagonal(n);
            for (size_t u = 0; u < n; ++u)
                diagonal[u] = lambda * block.anchor[u] + std::max(damping, 1e-12 * curvatureScale);
            const auto step = dampedStep(jacobian, targets, n, gradient, diagonal);
            if (step) {
                next = x;
                for (size_t u = 0; u < n; ++u)
                    next[u] = std::clamp(x[u] + (*step)[u], lower, upper[u]);
                nextCost = cost(block, next, lambda);
                if (std::isfinite(nextCost) && nextCost < current) {
                    improved = true;
                    break;
                }
            }
            damping *= 4.0;
        }
        if (!improved)
            break;
        const double gain = (current - nextCost) / std::max(current, 1e-300);
        x = std::move(next);
        current = nextCost;
        damping /= 3.0;
        evaluate(block, x, modelled, weighted, &jacobian);
        current = sumOfSquares(weighted) + regularisation(block, x, lambda);
        if (gain < 1e-12)
            break;
    }
    return x;
}

// Turns the vintage's figures of one year into targets of @p block, recording each in @p fit
// (or why it is left out).
void addTargets(YearBlock &block, CalibrationFit &fit, const ForecastInput &input,
                const QList<const ReportedValue *> &figures)
{
    QHash<int, int> vendorById;
    for (int v = 0; v < input.vendors.size(); ++v)
        vendorById.insert(input.vendors[v].id, v);

    for (const ReportedValue *value : figures) {
        // The figure as the messages name it: "AWS 2026 cowos_wafers (Trainium3)".
        QString what = value->vendorId == 0
            ? tr("All vendors")
            : (vendorById.contains(value->vendorId)
                   ? input.vendors.at(vendorById.value(value->vendorId)).name
                   : tr("vendor %1").arg(value->vendorId));
        what += QLatin1Char(' ') + QString::number(value->year) + QLatin1Char(' ') + value->metric;
        if (!value->scope.isEmpty())
            what += QStringLiteral(" (") + value->scope + QLatin1Char(')');
        const auto metric = fitMetric(value->metric);
        if (!metric) {
            fit.leftOut << tr("%1: the model does not produce this metric.").arg(what);
            continue;
        }
        const int vendor = value->vendorId == 0 ? -1 : vendorById.value(value->vendorId, -2);
        if (vendor == -2) {
            fit.leftOut << tr("%1: the scenario has no such vendor.").arg(what);
            continue;
        }
        if (!std::isfinite(value->value)) {
            fit.leftOut << tr("%1: the published value is not a number.").arg(what);
            continue;
        }
        TargetSpec spec;
        spec.quantity = metric->quantity;
        spec.isShare = metric->isShare;
        spec.vendorIndex = vendor;
        spec.published = value->value;
        if (spec.isShare) {
            if (vendor < 0 || !value->scope.isEmpty()) {
                fit.leftOut << tr("%1: a share is fitted only for a vendor's total.").arg(what);
                continue;
            }
            spec.weight = fit.weights.perSharePoint;
        } else {
            if (!(value->value > 0.0)) {
                fit.leftOut
                    << tr("%1: a volume of zero or less has no residual in percent.").arg(what);
                continue;
            }
            spec.weight = fit.weights.perVolumePercent;
            if (!value->scope.isEmpty() && value->scopeProgramIds.isEmpty()) {
                fit.leftOut << tr("%1: the scope names no programs.").arg(what);
                continue;
            }
            const QSet<int> scope(value->scopeProgramIds.cbegin(), value->scopeProgramIds.cend());
            for (int e = 0; e < static_cast<int>(block.entries.size()); ++e) {
                const Entry &entry = block.entries[e];
                bool member = false;
                if (!scope.isEmpty()) {
                    const int owner = unitsOwnerIndex(input, entry.programIndex);
                    member = scope.contains(input.programs[entry.programIndex].id) ||
                        (owner >= 0 && scope.contains(input.programs[owner].id));
                } else {
                    member = vendor < 0 || entry.vendorIndex == vendor;
                }
                if (member)
                    spec.members.push_back(e);
            }
            if (!scope.isEmpty() && spec.members.empty()) {
                fit.leftOut << tr("%1: none of the scope's programs is in the scenario.").arg(what);
                continue;
            }
        }
        FitTarget target;
        target.reportedValueId = value->id;
        target.vendorIndex = vendor;
        target.year = value->year;
        target.metric = value->metric;
        target.scope = value->scope;
        target.isShare = spec.isShare;
        target.published = value->value;
        target.weight = spec.weight;
        target.sourceId = value->sourceId;
        spec.target = fit.targets.size();
        fit.targets << target;
        block.specs.push_back(std::move(spec));
    }
}

// The residual as shown: points for a share, percent of the published value for a volume.
double shownResidual(const FitTarget &target, double modelled)
{
    return target.isShare ? modelled - target.published
                          : 100.0 * (modelled - target.published) / target.published;
}

} // namespace

QList<AssumptionCell> CalibrationFit::assumptionCells() const
{
    QList<AssumptionCell> result;
    for (const FitCell &cell : cells)
        result << AssumptionCell { cell.programId, cell.year, AssumptionField::Units,
                                   canonicalNumberText(cell.newUnits) };
    return result;
}

QStringList fitVintages(const QList<ReportedValue> &reported)
{
    QStringList vintages;
    for (const ReportedValue &value : reported) {
        if (!vintages.contains(value.vintage))
            vintages << value.vintage;
    }
    return vintages;
}

QList<int> vintageYears(const QList<ReportedValue> &reported, const QString &vintage)
{
    QList<int> years;
    for (const ReportedValue &value : reported) {
        if (value.vintage == vintage && !years.contains(value.year))
            years << value.year;
    }
    std::sort(years.begin(), years.end());
    return years;
}

CalibrationFit fitUnitsToVintage(const ForecastInput &input, const ForecastResult &result,
                                 const QList<ReportedValue> &reported, const QString &vintage,
                                 int year, const FitWeights &weights)
{
    CalibrationFit fit;
    fit.vintage = vintage;
    fit.year = year;
    fit.weights = weights;

    const QList<int> years = year != 0 ? QList<int> { year } : vintageYears(reported, vintage);
    const double lambda = std::max(weights.regularisation, 0.0);
    int improvedYears = 0;
    for (int y : years) {
        QList<const ReportedValue *> figures;
        for (const ReportedValue &value : reported) {
            if (value.vintage == vintage && value.year == y)
                figures << &value;
        }
        if (figures.isEmpty())
            continue;
        YearBlock block;
        block.year = y;
        block.yearIndex = input.yearIndex(y);
        if (block.yearIndex < 0) {
            fit.leftOut << tr("%1: the scenario has no forecast for this year.").arg(y);
            continue;
        }
        fillEntries(block, input, result);
        addTargets(block, fit, input, figures);
        if (block.specs.empty())
            continue;

        const std::vector<double> zero(block.unknownProgram.size(), 0.0);
        std::vector<double> modelledBefore;
        std::vector<double> weightedBefore;
        evaluate(block, zero, modelledBefore, weightedBefore, nullptr);
        const double yearCostBefore = sumOfSquares(weightedBefore);

        // The solver's answer, rounded to whole units as the table stores them; a program
        // that ships keeps at least one unit, so that a later fit can still move it.
        const std::vector<double> x = solveYear(block, lambda);
        const double maxUnits = fieldRange(AssumptionField::Units)->maximum;
        ForecastInput proposed = input;
        QList<FitCell> yearCells;
        double yearRegularisation = 0.0;
        for (size_t u = 0; u < block.unknownProgram.size(); ++u) {
            const double oldUnits = block.baseUnits[u];
            const double newUnits =
                std::clamp(std::round(oldUnits * std::exp(x[u])), 1.0, maxUnits);
            if (newUnits == oldUnits)
                continue;
            const int p = block.unknownProgram[u];
            proposed.inputs[static_cast<size_t>(p) * input.years.size() + block.yearIndex].units =
                newUnits;
            const double logChange = std::log(newUnits / oldUnits);
            yearRegularisation += lambda * block.anchor[u] * logChange * logChange;
            yearCells << FitCell { p, input.programs[p].id, y, oldUnits, newUnits };
        }

        // "After" comes from the engine itself on the rounded units, not from the solver's
        // linear picture, so that the preview shows what applying it would show.
        YearBlock after = block;
        std::vector<double> modelledAfter = modelledBefore;
        std::vector<double> weightedAfter = weightedBefore;
        if (!yearCells.isEmpty()) {
            fillEntries(after, proposed, ForecastEngine::compute(proposed));
            evaluate(after, std::vector<double>(after.unknownProgram.size(), 0.0), modelledAfter,
                     weightedAfter, nullptr);
        }
        double yearCostAfter = sumOfSquares(weightedAfter) + yearRegularisation;
        // Rounding, or a year the figures cannot move, can leave the cost where it was: keep
        // nothing of that year rather than propose changes that do not help.
        const bool lowers =
            !yearCells.isEmpty() && yearCostAfter < yearCostBefore * (1.0 - 1e-9) - 1e-12;
        if (!lowers) {
            modelledAfter = modelledBefore;
            yearCostAfter = yearCostBefore;
            yearCells.clear();
            yearRegularisation = 0.0;
        } else {
            ++improvedYears;
        }

        for (size_t t = 0; t < block.specs.size(); ++t) {
            FitTarget &target = fit.targets[block.specs[t].target];
            target.modelledBefore = modelledBefore[t];
            target.modelledAfter = modelledAfter[t];
            target.residualBefore = shownResidual(target, modelledBefore[t]);
            target.residualAfter = shownResidual(target, modelledAfter[t]);
        }
        fit.cells << yearCells;
        fit.costBefore += yearCostBefore;
        fit.costAfter += yearCostAfter;
        fit.regularisationAfter += yearRegularisation;
    }

    if (fit.targets.isEmpty()) {
        fit.problem = year != 0
            ? tr("no published figure of this vintage for %1 can be compared with the model.")
                  .arg(year)
            : tr("no published figure of this vintage can be compared with the model.");
    } else if (improvedYears == 0) {
        fit.problem = tr("no change of units lowers the weighted cost (%1), so the fit proposes "
                         "nothing.")
                          .arg(QString::number(fit.costBefore, 'f', 2));
    }
    return fit;
}

} // namespace ws
