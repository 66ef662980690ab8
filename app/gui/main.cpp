// shoal: the GUI. A shell: parse the command line, build the window.
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "util/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {

struct GuiOptions {
    QString screenshotPath; ///< grab the window into this PNG and quit (docs and tests)
    QString casePath; ///< the case to open; empty: the last one, else the default case
    QString language; ///< "en" or "ja" for this run; empty: as in Settings
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
    const QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("Show the UI in <code> (en or ja) this time."), QStringLiteral("code"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("case"), QStringLiteral("The case (.shoal file) to open."), QStringLiteral("[case]"));
    parser.process(app); // --version was answered before the application existed
    return GuiOptions { parser.value(screenshot), parser.positionalArguments().value(0), parser.value(language) };
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

    shoal::language::apply(options.language.isEmpty() ? shoal::language::effective() : options.language);

    shoal::MainWindow window;
    window.show();
    if (options.casePath.isEmpty())
        window.openInitialCase();
    else
        window.openCase(options.casePath);
    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(500, &window, [&window, &options] {
            window.grab().save(options.screenshotPath);
            QApplication::quit();
        });
    }
    return app.exec();
}
