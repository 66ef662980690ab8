// shoal: the GUI. A shell: parse the command line, build the window.
#include "mainwindow/mainwindow.h"
#include "util/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {

struct GuiOptions {
    QString screenshotPath; ///< grab the window into this PNG and quit (docs and tests)
};

GuiOptions parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shoal, a workbench for analysts of suspicious email."));
    parser.addHelpOption();
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Displays version information."));
    parser.addOption(version);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to <png> and quit."), QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(app); // --version was answered before the application existed
    return GuiOptions { parser.value(screenshot) };
}

// --version must work without a display, so it is answered before the QApplication exists.
bool printedVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::puts(qPrintable(shoal::versionBanner(QStringLiteral("shoal"))));
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (printedVersion(argc, argv))
        return 0;
    // QtWebEngine shares OpenGL contexts with the widgets; this must precede the QApplication.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication::setApplicationName(QStringLiteral("shoal"));
    QApplication::setOrganizationName(QStringLiteral("Shoal"));
    QApplication::setApplicationVersion(shoal::versionString());
    QApplication app(argc, argv);
    const GuiOptions options = parseCommandLine(app);

    shoal::MainWindow window;
    window.show();
    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(500, &window, [&window, &options] {
            window.grab().save(options.screenshotPath);
            QApplication::quit();
        });
    }
    return app.exec();
}
