// SPDX-License-Identifier: MIT
#pragma once

#include "supplychain.h"

#include <QHash>
#include <QList>

#include <vector>

namespace ws {

/** One supplier → … → vendor path behind an exposure, for a details panel. */
struct ExposurePath
{
    QList<int> relationIds; // in path order, from the company towards the vendor
    QList<int> companyIds; // relationIds.size() + 1 companies, the company first, the vendor last
    double product = 0.0; // the product of the relations' weights
};

/** How much each company of a supply chain depends on each vendor company (DESIGN §4), as
    ExposureAnalysis::compute() found it, with the cycles it met on the way. */
class ExposureResult
{
public:
    /** The most relations a counted path may have. */
    int depth() const { return mDepth; }
    /** The companies with a vendor id, in the chain's order: the columns of the result. */
    const QList<int> &vendorCompanyIds() const { return mVendorCompanyIds; }

    /** Σ over the simple paths of at most depth() relations from @p companyId to
        @p vendorCompanyId of the product of their weights. 0 for unknown ids, and 0 for a vendor
        company towards itself: a vendor does not benefit from its own wafers in a ranking of
        its suppliers. */
    double exposure(int companyId, int vendorCompanyId) const;
    /** Vendor company id → exposure of @p companyId, for every vendor company (zeros included). */
    QHash<int, double> exposures(int companyId) const;

    /** The cycles met, each as company ids in supplier → customer order starting with its
        smallest id, each once, shortest first. A cycle is met where a path towards a vendor,
        within the depth bound, could go round it; a counted path never does. */
    const QList<QList<int>> &cycles() const { return mCycles; }
    /** True when more distinct cycles were met than ExposureAnalysis::maxReportedCycles. */
    bool cyclesTruncated() const { return mCyclesTruncated; }

private:
    friend class ExposureAnalysis;

    int mDepth = 0;
    QHash<int, int> mCompanyIndex; // company id → row
    QList<int> mVendorCompanyIds;
    QHash<int, int> mVendorSlot; // vendor company id → column
    std::vector<double> mExposure; // row-major: company × vendor company
    QList<QList<int>> mCycles;
    bool mCyclesTruncated = false;
};

/**
    Computes exposures of every company to every vendor company of a supply chain: the sum over
    the simple directed paths company → … → vendor (following supplier → customer relations, at
    most depth relations long) of the product of the relations' weights (DESIGN §4).

    How, and why it is exact: the graph is cut into strongly connected components (Tarjan).
    Only inside a component of more than one company (or one with a relation to itself) can a
    walk come back to a company, so everywhere else a dynamic programme over depth,
    R_d(c) = [c is the vendor] + Σ_relations w × R_{d−1}(customer), counts simple paths only
    and costs O(depth × relations × vendors). From a company inside a cyclic component a
    depth-bounded search with a visited set enumerates the simple paths that stay in the
    component, and where a path leaves it, adds the memoised R of the company it leaves to
    (which cannot lead back: components form an acyclic graph). Components are processed in
    Tarjan's order, successors first, so those values are ready. The search does not enter a
    company that has no vendor within the relations left (a breadth-first distance). A supply
    chain with few cycles thus costs little more than the programme; the search is
    exponential in the depth only inside large cyclic components.

    The full path lists are not kept by compute(): paths() enumerates them for one pair.
*/
class ExposureAnalysis
{
public:
    static constexpr int defaultDepth = 6;
    /** Distinct cycles kept in a result; a graph with a large cyclic component has very many. */
    static constexpr int maxReportedCycles = 1000;

    /** Indexes @p chain. Relations naming unknown companies are left out. A negative depth
        counts as 0. */
    explicit ExposureAnalysis(const SupplyChain &chain, int depth = defaultDepth);

    int depth() const { return mDepth; }

    ExposureResult compute() const;

    /** The @p limit paths with the largest products from @p companyId to @p vendorCompanyId
        (simple, at most depth() relations), largest first; ties keep the order the relations
        were given in. Empty for unknown ids or when the two are the same company. */
    QList<ExposurePath> paths(int companyId, int vendorCompanyId, int limit = 10) const;

private:
    struct Edge
    {
        int target = 0; // company index
        double weight = 0.0;
        int relationId = 0;
    };

    class ComponentSearch; // the search inside one cyclic component, in exposure.cpp

    void findComponents();

    int mDepth = defaultDepth;
    QList<int> mCompanyIds; // index → id
    QHash<int, int> mIndexById;
    std::vector<int> mVendorSlot; // per company index: column, or -1
    QList<int> mVendorCompanyIds;
    std::vector<int> mOutStart; // CSR of the outgoing relations, per company index
    std::vector<Edge> mOut;
    std::vector<int> mInStart; // CSR of the incoming relations (target = the supplier)
    std::vector<Edge> mIn;
    bool mWeightsWithinUnit = true; // every weight in [0, 1]: products only shrink along a path
    std::vector<int> mVendorDistance; // per company index: fewest relations to any vendor
    std::vector<int> mComponent; // per company index
    std::vector<char> mCyclic; // per component
    std::vector<std::vector<int>> mComponents; // in Tarjan's order: successors first
};

} // namespace ws
