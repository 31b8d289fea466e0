#include "analysis/lost_update_detector.h"

#include <algorithm>

namespace samtidig {

namespace {
// Below this many unsettled writes, settle after every event so reports appear at once.
constexpr std::size_t kEagerWindow = 64;
// A read that is never written back pins the window; past this many writes it is given up on.
constexpr std::size_t kMaxWindow = std::size_t(1) << 18;
// How far back a read whose value is not the latest write's looks for the write it saw (a
// recording may put a read event after a write the load itself came before).
constexpr std::size_t kValueSearchDepth = 64;
} // namespace

inline LostUpdateDetector::Variable &LostUpdateDetector::variable(std::uint32_t id)
{
    if (std::unique_ptr<Variable> *known = m_variables.find(id); known && *known) [[likely]]
        return **known;
    std::unique_ptr<Variable> &v = m_variables[id];
    if (!v) {
        v = std::make_unique<Variable>();
        v->id = id;
        v->writes.push_back(Write {}); // the initial value, sequence number 0
        v->settleAt = kEagerWindow;
    }
    return *v;
}

inline void LostUpdateDetector::maybeSettle(Variable &v)
{
    // Settled up to the latest write already (a read of the latest value, the common case):
    // every candidate is that write, so there is nothing to move or report.
    if (v.baseSeq == v.latest())
        return;
    // Settling walks the whole window; doing it only when the window has doubled keeps a long
    // pinned window linear overall.
    if (v.writes.size() <= kEagerWindow || v.writes.size() >= v.settleAt)
        settle(v);
}

void LostUpdateDetector::read(std::uint32_t task, std::uint32_t variable_, std::uint64_t value,
                              std::int64_t t)
{
    Variable &v = variable(variable_);
    std::uint64_t parent = v.latest();
    if (v.writes.size() == 1 && !v.writes.front().hasValue) {
        v.writes.front().hasValue = true; // the first read before any write shows the initial value
        v.writes.front().value = value;
    } else if (v.at(parent).value != value) {
        const std::uint64_t stop
            = v.latest() - std::min<std::uint64_t>(v.latest() - v.baseSeq, kValueSearchDepth);
        for (std::uint64_t s = v.latest(); s-- > stop;) {
            if (v.at(s).hasValue && v.at(s).value == value) {
                parent = s;
                break;
            }
        }
    }
    const auto at = std::lower_bound(v.pending.begin(), v.pending.end(), task,
                                     [](const auto &p, std::uint32_t k) { return p.first < k; });
    if (at != v.pending.end() && at->first == task)
        at->second = PendingRead { parent, t };
    else
        v.pending.insert(at, { task, PendingRead { parent, t } });
    maybeSettle(v);
}

void LostUpdateDetector::write(std::uint32_t task, std::uint32_t variable_, std::uint64_t value,
                               std::int64_t t)
{
    Variable &v = variable(variable_);
    Write w;
    w.t = t;
    w.task = task;
    w.hasValue = true;
    w.value = value;
    const auto it
        = std::find_if(v.pending.begin(), v.pending.end(), [task](const auto &p) { return p.first == task; });
    if (it != v.pending.end()) {
        w.parent = it->second.parent;
        w.readNs = it->second.t;
        v.pending.erase(it);
    } else {
        w.parent = v.latest(); // a write without a read of its own overwrites nothing it missed
        w.readNs = t;
    }
    v.writes.push_back(w);
    maybeSettle(v);
}

void LostUpdateDetector::taskEnded(std::uint32_t task)
{
    m_variables.forEach([&](std::uint32_t, std::unique_ptr<Variable> &v) {
        if (std::erase_if(v->pending, [task](const auto &p) { return p.first == task; }) > 0)
            settle(*v);
    });
}

void LostUpdateDetector::finish()
{
    m_variables.forEach([&](std::uint32_t, std::unique_ptr<Variable> &v) {
        v->pending.clear();
        settle(*v);
    });
}

std::vector<LostUpdate> LostUpdateDetector::takeFound()
{
    std::vector<LostUpdate> out;
    out.swap(m_found);
    std::stable_sort(out.begin(), out.end(),
                     [](const LostUpdate &a, const LostUpdate &b) { return a.lostWriteNs < b.lostWriteNs; });
    return out;
}

std::size_t LostUpdateDetector::retainedWrites() const
{
    std::size_t n = 0;
    m_variables.forEach([&](std::uint32_t, const std::unique_ptr<Variable> &v) { n += v->writes.size(); });
    return n;
}

void LostUpdateDetector::settle(Variable &v)
{
    for (;;) {
        // Deepest common ancestor of the latest write and every pending read's parent: keep
        // replacing the newest candidate by its parent. The candidates stay sorted and unique
        // (a set, in a reused vector: this runs per event).
        std::uint64_t ancestor = v.latest();
        if (v.pending.size() == 1) {
            // The common case (one task between its read and its write): walk the newer of
            // the two back until they meet. Parents are older than their writes, so this ends.
            for (std::uint64_t other = std::max(v.pending.front().second.parent, v.baseSeq);
                 ancestor != other;) {
                if (ancestor > other)
                    ancestor = v.parentOf(ancestor);
                else
                    other = v.parentOf(other);
            }
        } else if (v.pending.size() > 1) {
            std::vector<std::uint64_t> &candidates = m_candidates;
            candidates.clear();
            candidates.push_back(v.latest());
            for (const auto &[task, p] : v.pending)
                candidates.push_back(p.parent);
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            while (candidates.size() > 1) {
                const std::uint64_t parent = v.parentOf(candidates.back());
                candidates.pop_back();
                const auto at = std::lower_bound(candidates.begin(), candidates.end(), parent);
                if (at == candidates.end() || *at != parent)
                    candidates.insert(at, parent);
            }
            ancestor = candidates.front();
        }

        // Every link of the chain from the old base up to the ancestor is final now.
        for (std::uint64_t y = ancestor; y > v.baseSeq;) {
            const Write &over = v.at(y);
            const std::uint64_t link = v.parentOf(y);
            for (std::uint64_t x = link + 1; x < y; ++x) {
                const Write &lost = v.at(x);
                m_found.push_back(LostUpdate { v.id, lost.task, lost.t, lost.value, over.task, over.t,
                                               over.value, over.readNs });
            }
            y = link;
        }
        while (v.baseSeq < ancestor) {
            v.writes.pop_front();
            ++v.baseSeq;
        }
        if (v.writes.size() <= kMaxWindow || v.pending.empty())
            break;
        // Pathological: a read held back for a very long time. Forget the oldest one so the
        // window can move; its task's write then counts as one that read the latest value.
        auto oldest = std::min_element(v.pending.begin(), v.pending.end(), [](const auto &a, const auto &b) {
            return a.second.parent < b.second.parent;
        });
        v.pending.erase(oldest);
    }
    v.settleAt = std::max(kEagerWindow, 2 * v.writes.size());
}

} // namespace samtidig
