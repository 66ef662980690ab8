// shoal-cli render: a sample's body, shown through the safe view (nothing fetched, nothing run),
// into a PNG.
#include "caseoptions.h"
#include "clicommand.h"
#include "mail/mimeparser.h"
#include "mail/msgreader.h"
#include "safeview/saferenderer.h"

#include <QFile>

namespace shoal::cli {

void prepareRenderCommand()
{
    SafeRenderer::prepareApplication();
}

int runRenderCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Render a sample's body to a PNG through the safe view: no script runs, nothing is "
                                                    "fetched; remote images show as placeholders with their defanged URL."));
    CaseOptions options;
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("The PNG to write."), QStringLiteral("png"));
    const QCommandLineOption width(
        QStringLiteral("width"), QStringLiteral("Page width in pixels (default 1000)."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption maxHeight(
        QStringLiteral("max-height"), QStringLiteral("Cut taller pages (default 12000)."), QStringLiteral("n"), QStringLiteral("12000"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), QStringLiteral("Seconds to wait for the page (default 15)."), QStringLiteral("s"), QStringLiteral("15"));
    parser.addOptions({ options.db, options.sha256, output, width, maxHeight, timeout });
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("An .eml or .msg file (or use --db and --sha256)."), QStringLiteral("[FILE]"));
    int status = ExitOk;
    if (!parseArguments(parser, args, &status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (parser.value(output).isEmpty() || files.size() > 1 || files.isEmpty() == parser.value(options.db).isEmpty()) {
        printErr(QStringLiteral("usage: shoal-cli render FILE -o OUT.png [--width N]\n"
                                "       shoal-cli render --db CASE --sha256 HASH -o OUT.png [--width N]\n"));
        return ExitUsage;
    }
    SafeRenderer::Options renderOptions;
    bool ok = true;
    renderOptions.width = parser.value(width).toInt(&ok);
    bool okHeight = true;
    renderOptions.maxHeight = parser.value(maxHeight).toInt(&okHeight);
    bool okTimeout = true;
    renderOptions.timeoutMs = parser.value(timeout).toInt(&okTimeout) * 1000;
    if (!ok || !okHeight || !okTimeout || renderOptions.width < 100 || renderOptions.width > 8000 || renderOptions.maxHeight < 50
        || renderOptions.timeoutMs <= 0) {
        printErr(QStringLiteral("error: --width must be 100..8000, --max-height at least 50, --timeout positive\n"));
        return ExitUsage;
    }

    QByteArray bytes;
    if (!files.isEmpty()) {
        QFile file(files.first());
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(QStringLiteral("error: cannot read %1: %2\n").arg(files.first(), file.errorString()));
            return ExitFailure;
        }
        bytes = file.readAll();
    } else {
        std::unique_ptr<CaseStore> store = openCase(parser, options, CaseStore::Mode::ReadOnly);
        if (!store)
            return ExitFailure;
        const qint64 id = requireSample(*store, parser, options);
        if (id == 0)
            return ExitFailure;
        bytes = store->rawMessage(id);
    }

    Message message;
    if (looksLikeOutlookMsg(bytes)) {
        QString error;
        std::optional<Message> read = readOutlookMsg(bytes, &error);
        if (!read) {
            printErr(QStringLiteral("error: not a readable Outlook message: %1\n").arg(error));
            return ExitFailure;
        }
        message = std::move(*read);
    } else {
        message = mime::parseMessage(bytes);
    }

    SafeRenderer renderer;
    const SafeRenderer::Result result = renderer.renderMessage(message, renderOptions);
    if (result.timedOut || result.image.isNull()) {
        printErr(QStringLiteral("error: the page did not render within %1 s\n").arg(renderOptions.timeoutMs / 1000));
        return ExitFailure;
    }
    if (!result.image.save(parser.value(output), "PNG")) {
        printErr(QStringLiteral("error: cannot write %1\n").arg(parser.value(output)));
        return ExitFailure;
    }
    const SanitizeCounts &counts = result.sanitized.counts;
    printErr(QStringLiteral("rendered %1x%2 in %3 ms%4; neutralised: %5 scripts, %6 remote references, %7 active elements, %8 links "
                            "(%9 misleading); requests blocked by the view: %10\n")
            .arg(result.image.width())
            .arg(result.image.height())
            .arg(result.elapsedMs)
            .arg(result.truncated ? QStringLiteral(" (cut at --max-height)") : QString())
            .arg(counts.removedScripts)
            .arg(counts.blockedRemoteResources)
            .arg(counts.removedActiveContent)
            .arg(counts.links)
            .arg(counts.mismatchedLinks)
            .arg(result.blockedRequests));
    for (const QString &note : result.sanitized.notes)
        printErr(QStringLiteral("note: %1\n").arg(note));
    return ExitOk;
}

} // namespace shoal::cli
