#include "testsupport.h"

#include <QFileInfo>

namespace shoal::test {

QString corpusDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SHOAL_CORPUS");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isDir() ? QFileInfo(fromEnvironment).absoluteFilePath() : QString();
    const QFileInfo beside(QStringLiteral(SHOAL_SOURCE_DIR "/../shared/corpus"));
    return beside.isDir() ? beside.canonicalFilePath() : QString();
}

QString corpusMissingMessage()
{
    return QStringLiteral("no test corpus: set SHOAL_CORPUS or place shared/corpus beside the checkout");
}

QDir artifactsDir()
{
    QDir dir(QStringLiteral(SHOAL_ARTIFACTS_DIR));
    dir.mkpath(QStringLiteral("."));
    return dir;
}

QString binaryPath(const QString &name)
{
    return QStringLiteral(SHOAL_BIN_DIR "/") + name;
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(SHOAL_SOURCE_DIR "/tests/data/") + relative;
}

} // namespace shoal::test
