#include "version/version.h"

#include "samtidig_version.h" // generated; only this file includes it, so a new version rebuilds one file

namespace samtidig {

QString samtidigVersion()
{
    return QStringLiteral(SAMTIDIG_VERSION_STRING);
}

QString writtenBy()
{
    return QStringLiteral("Samtidig ") + samtidigVersion();
}

} // namespace samtidig
