// SPDX-License-Identifier: MIT
#include "exposure.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace ws {

double ExposureResult::exposure(int companyId, int vendorCompanyId) const
{
    const int row = mCompanyIndex.value(companyId, -1);
    const int column = mVendorSlot.value(vendorCompanyId, -1);
    if (row < 0 || column < 0)
        return 0.0;
    return mExposure[static_cast<size_t>(row) * mVendorCompanyIds.size() + column];
}

QHash<int, double> ExposureResult::exposures(int companyId) const
{
    QHash<int, double> result;
    for (int vendorCompanyId : mVendorCompanyIds)
        result.insert(vendorCompanyId, exposure(companyId, vendorCompanyId));
    return result;
}

/** Enumerates the simple paths from one company of a cyclic component, adding what they reach
    to that company's rows of the reach table, and collects the cycles it meets. */
class ExposureAnalysis::ComponentSearch
{
public:
    ComponentSearch(const ExposureAnalysis &analysis, std::vector<double> &reach,
                    ExposureResult &result)
        : mAnalysis(analysis)
        , mReach(reach)
        , mResult(result)
        , mVendors(static_cast<size_t>(analysis.mVendorCompanyIds.size()))
        , mLayers(static_cast<size_t>(analysis.mDepth) + 1)
        , mOnPath(analysis.mCompanyIds.size(), 0)
    {
    }

    void run(int start)
    {
        mStart = start;
        mPath.clear();
        visit(start, 0, 1.0);
    }

private:
    double *reachOf(int company, int depth)
    {
        return mReach.data() + (static_cast<size_t>(company) * mLayers + depth) * mVendors;
    }

    void visit(int company, int length, double product)
    {
        const ExposureAnalysis &a = mAnalysis;
        const int depth = a.mDepth;
        mPath.push_back(company);
        mOnPath[static_cast<size_t>(company)] = 1;
        if (const int slot = a.mVendorSlot[static_cast<size_t>(company)]; slot >= 0) {
            // A path of `length` relations counts for every depth budget from `length` on.
            for (int d = length; d <= depth; ++d)
                reachOf(mStart, d)[slot] += product;
        }
        if (length < depth) {
            const int component = a.mComponent[static_cast<size_t>(mStart)];
            for (int e = a.mOutStart[static_cast<size_t>(company)];
                 e < a.mOutStart[static_cast<size_t>(company) + 1]; ++e) {
                const Edge &edge = a.mOut[static_cast<size_t>(e)];
                const size_t target = static_cast<size_t>(edge.target);
                const bool inReach = a.mVendorDistance[target] <= depth - length - 1;
                if (a.mComponent[target] != component) {
                    if (!inReach)
                        continue;
                    // Leaving the component: nothing after this relation can come back, so the
                    // memoised reach of the company it leads to is exact.
                    const double step = product * edge.weight;
                    for (int d = length + 1; d <= depth; ++d) {
                        double *into = reachOf(mStart, d);
                        const double *from = reachOf(edge.target, d - length - 1);
                        for (size_t s = 0; s < mVendors; ++s)
                            into[s] += step * from[s];
                    }
                } else if (mOnPath[target]) {
                    meetCycle(edge.target);
                } else if (inReach) {
                    visit(edge.target, length + 1, product * edge.weight);
                }
            }
        }
        mOnPath[static_cast<size_t>(company)] = 0;
        mPath.pop_back();
    }

    void meetCycle(int closingCompany)
    {
        if (mResult.mCyclesTruncated)
            return;
        const auto from = std::find(mPath.begin(), mPath.end(), closingCompany);
        QList<int> ids;
        ids.reserve(static_cast<qsizetype>(mPath.end() - from));
        for (auto it = from; it != mPath.end(); ++it)
            ids << mAnalysis.mCompanyIds[*it];
        // The same cycle is met from each of its companies and at each rotation: keep it once,
        // starting with its smallest id.
        std::rotate(ids.begin(), std::min_element(ids.begin(), ids.end()), ids.end());
        if (mSeen.contains(ids))
            return;
        if (mSeen.size() >= maxReportedCycles) {
            mResult.mCyclesTruncated = true;
            return;
        }
        mSeen.insert(ids);
        mResult.mCycles << ids;
    }

    const ExposureAnalysis &mAnalysis;
    std::vector<double> &mReach;
    ExposureResult &mResult;
    const size_t mVendors;
    const size_t mLayers;
    std::vector<char> mOnPath;
    std::vector<int> mPath;
    QSet<QList<int>> mSeen;
    int mStart = 0;
};

ExposureAnalysis::ExposureAnalysis(const SupplyChain &chain, int depth)
    : mDepth(std::max(depth, 0))
{
    const int count = static_cast<int>(chain.companies.size());
    mCompanyIds.reserve(count);
    mVendorSlot.assign(static_cast<size_t>(count), -1);
    for (int i = 0; i < count; ++i) {
        const Company &company = chain.companies[i];
        mCompanyIds << company.id;
        mIndexById.insert(company.id, i);
        if (company.vendorId != 0) {
            mVendorSlot[static_cast<size_t>(i)] = static_cast<int>(mVendorCompanyIds.size());
            mVendorCompanyIds << company.id;
        }
    }

    // Compressed adjacency both ways, relations in the order given so that results and ties
    // do not depend on hashing.
    std::vector<int> outCount(static_cast<size_t>(count) + 1, 0);
    std::vector<int> inCount(static_cast<size_t>(count) + 1, 0);
    QList<std::pair<int, int>> ends; // per relation: supplier, customer index (or -1)
    ends.reserve(chain.relations.size());
    for (const Relation &relation : chain.relations) {
        const int supplier = mIndexById.value(relation.supplierId, -1);
        const int customer = mIndexById.value(relation.customerId, -1);
        ends.append({ supplier, customer });
        if (supplier < 0 || customer < 0)
            continue;
        ++outCount[static_cast<size_t>(supplier) + 1];
        ++inCount[static_cast<size_t>(customer) + 1];
        if (!(relation.weight >= 0.0 && relation.weight <= 1.0))
            mWeightsWithinUnit = false;
    }
    for (size_t i = 1; i < outCount.size(); ++i) {
        outCount[i] += outCount[i - 1];
        inCount[i] += inCount[i - 1];
    }
    mOutStart = outCount;
    mInStart = inCount;
    mOut.resize(static_cast<size_t>(outCount.back()));
    mIn.resize(static_cast<size_t>(inCount.back()));
    for (qsizetype r = 0; r < chain.relations.size(); ++r) {
        const auto [supplier, customer] = ends[r];
        if (supplier < 0 || customer < 0)
            continue;
        const Relation &relation = chain.relations[r];
        mOut[static_cast<size_t>(outCount[static_cast<size_t>(supplier)]++)] = { customer,
                                                                                 relation.weight,
                                                                                 relation.id };
        mIn[static_cast<size_t>(inCount[static_cast<size_t>(customer)]++)] = { supplier,
                                                                               relation.weight,
                                                                               relation.id };
    }
    findComponents();

    // Fewest relations from each company to any vendor company (a breadth-first search
    // backwards from all of them): the search in a cyclic component skips what cannot reach a
    // vendor within the relations left, which in a large component is most of the deepest
    // level.
    constexpr int unreachable = std::numeric_limits<int>::max() / 2;
    mVendorDistance.assign(static_cast<size_t>(count), unreachable);
    std::vector<int> queue;
    for (int i = 0; i < count; ++i) {
        if (mVendorSlot[static_cast<size_t>(i)] >= 0) {
            mVendorDistance[static_cast<size_t>(i)] = 0;
            queue.push_back(i);
        }
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const size_t c = static_cast<size_t>(queue[head]);
        for (int e = mInStart[c]; e < mInStart[c + 1]; ++e) {
            const size_t supplier = static_cast<size_t>(mIn[static_cast<size_t>(e)].target);
            if (mVendorDistance[supplier] == unreachable) {
                mVendorDistance[supplier] = mVendorDistance[c] + 1;
                queue.push_back(static_cast<int>(supplier));
            }
        }
    }
}

void ExposureAnalysis::findComponents()
{
    // Tarjan's algorithm without recursion: a chain of thousands of companies would otherwise
    // need as many stack frames.
    const size_t count = static_cast<size_t>(mCompanyIds.size());
    std::vector<int> order(count, -1);
    std::vector<int> low(count, 0);
    std::vector<char> onStack(count, 0);
    std::vector<int> stack;
    std::vector<std::pair<int, int>> calls; // company, next outgoing relation
    mComponent.assign(count, -1);
    int counter = 0;
    for (size_t root = 0; root < count; ++root) {
        if (order[root] >= 0)
            continue;
        const auto enter = [&](int company) {
            order[static_cast<size_t>(company)] = low[static_cast<size_t>(company)] = counter++;
            stack.push_back(company);
            onStack[static_cast<size_t>(company)] = 1;
            calls.emplace_back(company, mOutStart[static_cast<size_t>(company)]);
        };
        enter(static_cast<int>(root));
        while (!calls.empty()) {
            auto &[company, next] = calls.back();
            const size_t c = static_cast<size_t>(company);
            if (next < mOutStart[c + 1]) {
                const size_t target = static_cast<size_t>(mOut[static_cast<size_t>(next++)].target);
                if (order[target] < 0)
                    enter(static_cast<int>(target));
                else if (onStack[target])
                    low[c] = std::min(low[c], order[target]);
                continue;
            }
            if (low[c] == order[c]) {
                std::vector<int> members;
                int member = -1;
                do {
                    member = stack.back();
                    stack.pop_back();
                    onStack[static_cast<size_t>(member)] = 0;
                    mComponent[static_cast<size_t>(member)] = static_cast<int>(mComponents.size());
                    members.push_back(member);
                } while (member != company);
                bool cyclic = members.size() > 1;
                for (int e = mOutStart[c]; !cyclic && e < mOutStart[c + 1]; ++e)
                    cyclic = mOut[static_cast<size_t>(e)].target == company;
                std::sort(members.begin(), members.end());
                mComponents.push_back(std::move(members));
                mCyclic.push_back(cyclic ? 1 : 0);
            }
            const int finished = company;
            calls.pop_back();
            if (!calls.empty()) {
                const size_t parent = static_cast<size_t>(calls.back().first);
                low[parent] = std::min(low[parent], low[static_cast<size_t>(finished)]);
            }
        }
    }
}

ExposureResult ExposureAnalysis::compute() const
{
    ExposureResult result;
    result.mDepth = mDepth;
    result.mVendorCompanyIds = mVendorCompanyIds;
    for (int i = 0; i < mCompanyIds.size(); ++i)
        result.mCompanyIndex.insert(mCompanyIds[i], i);
    for (int s = 0; s < mVendorCompanyIds.size(); ++s)
        result.mVendorSlot.insert(mVendorCompanyIds[s], s);

    const size_t count = static_cast<size_t>(mCompanyIds.size());
    const size_t vendors = static_cast<size_t>(mVendorCompanyIds.size());
    const size_t layers = static_cast<size_t>(mDepth) + 1;
    result.mExposure.assign(count * vendors, 0.0);
    if (vendors == 0)
        return result;

    // reach[company][d][vendor]: Σ over simple paths of at most d relations of the products.
    std::vector<double> reach(count * layers * vendors, 0.0);
    const auto reachOf = [&](size_t company, size_t d) {
        return reach.data() + (company * layers + d) * vendors;
    };
    ComponentSearch search(*this, reach, result);
    for (size_t k = 0; k < mComponents.size(); ++k) {
        if (mCyclic[k]) {
            for (int company : mComponents[k]) {
                if (mVendorDistance[static_cast<size_t>(company)] <= mDepth)
                    search.run(company);
            }
            continue;
        }
        const size_t c = static_cast<size_t>(mComponents[k].front());
        const int slot = mVendorSlot[c];
        for (size_t d = 0; d < layers; ++d) {
            double *into = reachOf(c, d);
            if (slot >= 0)
                into[slot] = 1.0;
            if (d == 0)
                continue;
            for (int e = mOutStart[c]; e < mOutStart[c + 1]; ++e) {
                const Edge &edge = mOut[static_cast<size_t>(e)];
                const double *from = reachOf(static_cast<size_t>(edge.target), d - 1);
                for (size_t s = 0; s < vendors; ++s)
                    into[s] += edge.weight * from[s];
            }
        }
    }

    for (size_t c = 0; c < count; ++c) {
        std::copy_n(reachOf(c, layers - 1), vendors, result.mExposure.begin() + c * vendors);
        // A vendor reaches itself by the empty path; that 1 only seeds its suppliers' sums.
        if (const int slot = mVendorSlot[c]; slot >= 0)
            result.mExposure[c * vendors + static_cast<size_t>(slot)] = 0.0;
    }

    std::sort(result.mCycles.begin(), result.mCycles.end(),
              [](const QList<int> &a, const QList<int> &b) {
                  if (a.size() != b.size())
                      return a.size() < b.size();
                  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
              });
    return result;
}

QList<ExposurePath> ExposureAnalysis::paths(int companyId, int vendorCompanyId, int limit) const
{
    const int start = mIndexById.value(companyId, -1);
    const int goal = mIndexById.value(vendorCompanyId, -1);
    if (start < 0 || goal < 0 || start == goal || limit <= 0)
        return {};

    // Fewest relations from each company to the vendor, so that the search skips companies
    // that cannot reach it within the relations left.
    const size_t count = static_cast<size_t>(mCompanyIds.size());
    constexpr int unreachable = std::numeric_limits<int>::max();
    std::vector<int> distance(count, unreachable);
    std::vector<int> queue { goal };
    distance[static_cast<size_t>(goal)] = 0;
    for (size_t head = 0; head < queue.size(); ++head) {
        const size_t c = static_cast<size_t>(queue[head]);
        if (distance[c] >= mDepth)
            continue;
        for (int e = mInStart[c]; e < mInStart[c + 1]; ++e) {
            const size_t supplier = static_cast<size_t>(mIn[static_cast<size_t>(e)].target);
            if (distance[supplier] == unreachable) {
                distance[supplier] = distance[c] + 1;
                queue.push_back(static_cast<int>(supplier));
            }
        }
    }
    if (distance[static_cast<size_t>(start)] > mDepth)
        return {};

    QList<ExposurePath> best; // largest product first, at most limit
    std::vector<char> onPath(count, 0);
    ExposurePath current;
    const auto byProduct = [](const ExposurePath &a, const ExposurePath &b) {
        return a.product > b.product;
    };
    const auto visit = [&](const auto &self, int company, double product) -> void {
        current.companyIds << mCompanyIds[company];
        if (company == goal) {
            current.product = product;
            // After the paths of equal product found earlier: the relations' order breaks ties.
            best.insert(std::upper_bound(best.begin(), best.end(), current, byProduct), current);
            if (best.size() > limit)
                best.removeLast();
            current.companyIds.removeLast();
            return;
        }
        onPath[static_cast<size_t>(company)] = 1;
        const int left = mDepth - static_cast<int>(current.relationIds.size()) - 1;
        for (int e = mOutStart[static_cast<size_t>(company)];
             e < mOutStart[static_cast<size_t>(company) + 1]; ++e) {
            const Edge &edge = mOut[static_cast<size_t>(e)];
            const size_t target = static_cast<size_t>(edge.target);
            if (onPath[target] || distance[target] > left)
                continue;
            const double next = product * edge.weight;
            // With weights in [0, 1] a product never grows along a path: a branch already no
            // better than the worst kept path cannot enter the list.
            if (mWeightsWithinUnit && best.size() == limit && next <= best.last().product)
                continue;
            current.relationIds << edge.relationId;
            self(self, edge.target, next);
            current.relationIds.removeLast();
        }
        onPath[static_cast<size_t>(company)] = 0;
        current.companyIds.removeLast();
    };
    visit(visit, start, 1.0);
    return best;
}

} // namespace ws
