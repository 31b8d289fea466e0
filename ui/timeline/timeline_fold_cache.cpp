#include "timeline/timeline_fold_cache.h"

namespace samtidig {

void TimelineFoldCache::items(const Key &key, std::vector<LodItem> &out,
                              const std::function<void(std::vector<LodItem> &)> &fold)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        Entry entry;
        fold(entry.items);
        ++m_folds;
        it = m_entries.emplace(key, std::move(entry)).first;
    }
    it->second.usedInLayout = m_layout;
    out = it->second.items;
}

void TimelineFoldCache::layoutDone()
{
    std::erase_if(m_entries, [&](const auto &entry) { return entry.second.usedInLayout + 1 < m_layout; });
    ++m_layout;
}

} // namespace samtidig
