#pragma once
// Folded draw items of lane tracks, kept from one layout to the next: a track whose lane did not
// change (same lane revision) is not folded again for the same window and width, so a live tick
// that touched one lane refolds that lane only.

#include "trace/lod.h"

#include <cstdint>
#include <functional>
#include <map>
#include <tuple>
#include <vector>

namespace samtidig {

class TimelineFoldCache
{
public:
    // Which track of which lane, folded for which range and width. Lane revisions are unique across
    // traces (Trace::revision()), so a key never names another trace's lane.
    struct Key {
        enum class Track : std::uint8_t { Cpu, Sched, Sync, Held };
        Track track = Track::Sched;
        std::uint32_t lane = 0; // the CPU number or the task id
        std::uint64_t revision = 0; // the lane's revision
        std::int64_t startNs = 0; // the visible range, absolute
        std::int64_t endNs = 0;
        std::int64_t clipStartNs = 0; // the section's part of it
        std::int64_t clipEndNs = 0;
        double widthPx = 0;

        auto tied() const
        {
            return std::tie(track, lane, revision, startNs, endNs, clipStartNs, clipEndNs, widthPx);
        }
        bool operator<(const Key &other) const { return tied() < other.tied(); }
    };

    // The items for `key`: kept ones, or what `fold` puts in `out` (then kept).
    void items(const Key &key, std::vector<LodItem> &out,
               const std::function<void(std::vector<LodItem> &)> &fold);
    // One layout built: tracks not asked for in the last two layouts are let go (the widget builds
    // one layout of rows alone and one in detail per frame, at widths that may differ).
    void layoutDone();
    // How many tracks were folded (not found), since the cache was made.
    std::size_t folds() const { return m_folds; }
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::vector<LodItem> items;
        std::uint64_t usedInLayout = 0;
    };
    std::map<Key, Entry> m_entries;
    std::uint64_t m_layout = 0;
    std::size_t m_folds = 0;
};

} // namespace samtidig
