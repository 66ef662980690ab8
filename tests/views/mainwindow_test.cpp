// The real main window, shown on the test display (Xvfb in packaging/dev test).
#include "mainwindow/mainwindow.h"
#include "testsupport.h"

#include <QMenuBar>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAndTakesAScreenshot()
    {
        shoal::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Shoal"));
        QVERIFY(!window.menuBar()->actions().isEmpty());
        const QImage shot = window.grab().toImage();
        QVERIFY(shot.width() >= 800 && shot.height() >= 600);
        QVERIFY(shot.save(shoal::test::artifactsDir().filePath(QStringLiteral("mainwindow.png"))));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
