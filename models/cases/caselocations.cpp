#include "cases/caselocations.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace shoal::caselocations {

namespace {

const QString kRecentKey = QStringLiteral("cases/recent");
constexpr int kMaxRecent = 10;

QString normalised(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QString suffix()
{
    return QStringLiteral(".shoal");
}

QString defaultCasePath()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cases"));
    folder.mkpath(QStringLiteral("."));
    return folder.filePath(QStringLiteral("default") + suffix());
}

QStringList recentCases()
{
    QStringList existing;
    const QStringList stored = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void noteOpened(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = normalised(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

void forget(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(normalised(path));
    settings.setValue(kRecentKey, recent);
}

QString lastCase()
{
    const QStringList recent = recentCases();
    return recent.isEmpty() ? QString() : recent.first();
}

} // namespace shoal::caselocations
