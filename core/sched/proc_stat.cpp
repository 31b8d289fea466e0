#include "sched/proc_stat.h"

#include "io/unique_fd.h"
#include "trace/machine_load.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace samtidig {

namespace {

bool parseNumber(std::string_view &rest, std::uint64_t *value)
{
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), *value);
    if (ec != std::errc())
        return false;
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
    return true;
}

} // namespace

std::vector<std::uint64_t> parseProcStatBusy(std::string_view text)
{
    constexpr std::size_t kMaxCpu = 4096;
    std::vector<std::uint64_t> busy;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
        if (line.size() < 4 || line.substr(0, 3) != "cpu" || line[3] < '0' || line[3] > '9')
            continue;
        line.remove_prefix(3);
        std::uint64_t cpu = 0;
        // user nice system idle iowait irq softirq steal (guest time is already in user and nice)
        std::uint64_t f[8] = {};
        bool ok = parseNumber(line, &cpu) && cpu < kMaxCpu;
        for (std::uint64_t &v : f)
            ok = ok && parseNumber(line, &v);
        if (!ok)
            continue;
        if (busy.size() <= cpu)
            busy.resize(cpu + 1, MachineLoad::kUnknownTicks);
        busy[cpu] = f[0] + f[1] + f[2] + f[5] + f[6] + f[7];
    }
    return busy;
}

bool readProcStatBusy(std::vector<std::uint64_t> *busyTicks, QString *error)
{
    UniqueFd file { ::open("/proc/stat", O_RDONLY | O_CLOEXEC) };
    if (!file.isValid()) {
        *error = QStringLiteral("open /proc/stat: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    std::string text;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(file.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = QStringLiteral("read /proc/stat: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (n == 0)
            break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    *busyTicks = parseProcStatBusy(text);
    if (busyTicks->empty()) {
        *error = QStringLiteral("/proc/stat lists no cpuN line");
        return false;
    }
    return true;
}

std::int64_t procStatTickNs()
{
    const long hz = ::sysconf(_SC_CLK_TCK);
    return 1'000'000'000 / (hz > 0 ? hz : 100);
}

} // namespace samtidig
