#pragma once
// How busy each CPU was over an interval, from /proc/stat. Tests about where the kernel puts
// threads use it to tell "the scheduler kept both threads on one core" (a failure) from "another
// process of this shared machine held the other core" (nothing to judge).

#include <QFile>
#include <QList>

#include <vector>

class CpuBusySampler
{
public:
    CpuBusySampler()
        : m_start(read())
    { }

    // Fraction of the interval each CPU spent busy (user, nice, system, irq, softirq, steal).
    std::vector<double> busyFractions() const
    {
        const std::vector<Sample> end = read();
        std::vector<double> out;
        for (std::size_t i = 0; i < end.size() && i < m_start.size(); ++i) {
            const double total = double(end[i].total - m_start[i].total);
            out.push_back(total > 0 ? double(end[i].busy - m_start[i].busy) / total : 0.0);
        }
        return out;
    }

private:
    struct Sample {
        long long busy = 0;
        long long total = 0;
    };

    static std::vector<Sample> read()
    {
        std::vector<Sample> samples;
        QFile f(QStringLiteral("/proc/stat"));
        if (!f.open(QIODevice::ReadOnly))
            return samples;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.startsWith("cpu") || line.startsWith("cpu "))
                continue;
            const QList<QByteArray> f2 = line.simplified().split(' ');
            if (f2.size() < 9)
                continue;
            Sample s;
            // user nice system idle iowait irq softirq steal
            for (int k = 1; k <= 8; ++k) {
                const long long v = f2[k].toLongLong();
                s.total += v;
                if (k != 4 && k != 5)
                    s.busy += v;
            }
            samples.push_back(s);
        }
        return samples;
    }

    std::vector<Sample> m_start;
};
