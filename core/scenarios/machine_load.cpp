#include "scenarios/machine_load.h"

#include "scenarios/scenario.h"

#include <QFile>

namespace samtidig {

double loadPerCore()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok && load > 0 ? load / onlineCpuCount() : 0;
}

} // namespace samtidig
