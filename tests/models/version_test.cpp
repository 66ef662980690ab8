#include "util/version.h"

#include <QRegularExpression>
#include <QTest>

class VersionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerNamesProgramVersionAndLibraries()
    {
        const QString banner = shoal::versionBanner(QStringLiteral("shoal-cli"));
        QVERIFY2(banner.startsWith(QStringLiteral("shoal-cli ") + shoal::versionString()), qPrintable(banner));
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d+\.\d+\.\d+$)")).match(shoal::versionString()).hasMatch());
        QVERIFY(banner.contains(QStringLiteral("Qt 6.")));
        QVERIFY(banner.contains(QStringLiteral("SQLite 3.")));
    }
};

QTEST_GUILESS_MAIN(VersionTest)
#include "version_test.moc"
