// Temporary: both sources report "unavailable"/nothing until the real ones land.
#include "sched/sched_source.h"

namespace samtidig {

namespace {
class NullSource final : public SchedSource
{
public:
    explicit NullSource(SchedulingSource k)
        : m_kind(k)
    {}
    SchedulingSource kind() const override { return m_kind; }
    bool start(pid_t, QString *whyNot) override
    {
        if (m_kind == SchedulingSource::Kernel) {
            *whyNot = QStringLiteral("kernel scheduling source not built yet");
            return false;
        }
        return true;
    }
    void drain(const TidResolver &, std::vector<Event> &) override {}
    std::uint64_t lost() const override { return 0; }

private:
    SchedulingSource m_kind;
};
} // namespace

std::unique_ptr<SchedSource> makeKernelSchedSource(int) { return std::make_unique<NullSource>(SchedulingSource::Kernel); }
std::unique_ptr<SchedSource> makeEstimateSchedSource() { return std::make_unique<NullSource>(SchedulingSource::Estimate); }

} // namespace samtidig
