#include "util/version.h"

#include <QtGlobal>

#include <sqlite3.h>

#include <shoal/version.h>

namespace shoal {

QString versionString()
{
    return QStringLiteral(SHOAL_VERSION_STRING);
}

QString versionBanner(const QString &programName)
{
    return QStringLiteral("%1 %2 (Qt %3, SQLite %4)")
        .arg(programName, versionString(), QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()));
}

} // namespace shoal
