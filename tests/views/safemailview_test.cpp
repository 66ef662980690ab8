// The safe view's promise, tested against the real engine: a hostile mail, sanitised or raw,
// shown in SafeMailView, in the headless renderer and by `shoal-cli render`, must not make a
// single request. A loopback HTTP server counts every connection it gets. It is also the
// application's HTTP proxy, so that a request to any other host would reach it too; a control
// page with an ordinary profile proves that both paths are seen.
#include "mail/mimeparser.h"
#include "safeview/lockedprofile.h"
#include "safeview/safemailview.h"
#include "safeview/saferenderer.h"
#include "testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>

#include <functional>

using namespace shoal;

namespace {

// Answers every request with a tiny PNG after writing down its request line.
class LoopbackServer : public QObject
{
public:
    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    QStringList requests() const { return m_requests; }
    QString describe() const { return QStringLiteral("%1 connections: %2").arg(m_connections).arg(m_requests.join(QLatin1String(" | "))); }
    void reset()
    {
        m_connections = 0;
        m_requests.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        if (!buffer.contains("\r\n\r\n") || socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        m_requests << QString::fromLatin1(buffer.left(buffer.indexOf("\r\n")));
        static const QByteArray png
            = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: " + QByteArray::number(png.size())
            + "\r\n\r\n" + png);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_connections = 0;
    QStringList m_requests;
};

LoopbackServer *g_server = nullptr;

// Serves one document for any URL of its scheme, with no header of Shoal's.
class RawHandler : public QWebEngineUrlSchemeHandler
{
public:
    explicit RawHandler(QByteArray html) : m_html(std::move(html)) { }
    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_html);
        job->reply("text/html", buffer);
    }

private:
    QByteArray m_html;
};

QByteArray hostileEml()
{
    QFile file(test::testDataPath(QStringLiteral("eml/hostile/hostile-everything.eml")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().replace("__PORT__", QByteArray::number(g_server->port()));
}

QString url(const char *path)
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(g_server->port()).arg(QLatin1String(path));
}

void saveArtifact(const QImage &image, const QString &name)
{
    const QString path = test::artifactsDir().filePath(name);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

int pixelsOfColor(const QImage &image, QRgb color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += (line[x] & 0xffffff) == (color & 0xffffff) ? 1 : 0;
    }
    return count;
}

// Shows the view on the test display, runs `load` and waits for the page to finish loading.
bool showAndLoad(SafeMailView &view, QSize size, const std::function<void()> &load)
{
    view.resize(size);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
    load();
    return loaded.wait(30000) && loaded.first().first().toBool();
}

struct CliRun {
    int exitCode = -1;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(test::binaryPath(QStringLiteral("shoal-cli")), arguments);
    CliRun run;
    // The loopback server lives in this process: keep its event loop turning while we wait.
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 90000)
        QTest::qWait(50);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class SafeMailViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { g_server->reset(); }

    // The control: an ordinary page (its own profile, JavaScript on) given the same hostile
    // HTML does reach the server, directly and through the proxy. Without this, "zero
    // requests" below could mean a deaf server.
    void controlPageReachesTheServer()
    {
        QWebEngineProfile profile;
        {
            QWebEnginePage page(&profile);
            QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
            const QString html = mime::parseMessage(hostileEml()).htmlBody
                + QStringLiteral("<img src=\"http://remote-host.invalid/through-the-proxy.png\">");
            page.setHtml(html, QUrl(QStringLiteral("http://control.invalid/")));
            QVERIFY(loaded.wait(30000));
            QTRY_VERIFY_WITH_TIMEOUT(g_server->requests().filter(QStringLiteral("/img.png")).size() == 1, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(!g_server->requests().filter(QStringLiteral("remote-host.invalid")).isEmpty(), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(page.title(), QStringLiteral("SCRIPT-RAN"), 5000);
            qInfo("control page: %s", qPrintable(g_server->describe()));
        }
        QTest::qWait(1500); // let the page's last requests land before the next test resets
    }

    void sanitisedMailFetchesNothing()
    {
        SafeMailView view;
        SanitizedHtml shown;
        QVERIFY(showAndLoad(view, { 1000, 900 }, [&] { shown = view.showMessage(mime::parseMessage(hostileEml())); }));
        QTest::qWait(2500); // past the meta refresh's second and any lazy load
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
        QCOMPARE(shown.counts.mismatchedLinks, 1);
        QCOMPARE(shown.counts.inlineImages, 1);
        QVERIFY(shown.counts.removedScripts >= 7);
        QVERIFY(shown.counts.blockedRemoteResources >= 40);
        QVERIFY(view.title() != QLatin1String("SCRIPT-RAN"));
        saveArtifact(view.grab().toImage(), QStringLiteral("safemailview-hostile-sanitised.png"));
    }

    // The second wall alone: the raw hostile HTML, not sanitised, in the locked-down page.
    void rawHostileHtmlFetchesNothing()
    {
        SafeMailView view;
        const Message message = mime::parseMessage(hostileEml());
        QVERIFY(showAndLoad(view, { 1000, 900 }, [&] { view.showDocument(message.htmlBody, inlineParts(message)); }));
        QTest::qWait(2500);
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
        QVERIFY(view.title() != QLatin1String("SCRIPT-RAN")); // JavaScript is off
        QVERIFY(view.url().scheme() == QLatin1String("shoal-mail")); // the meta refresh went nowhere
        qInfo("raw page: %d requests blocked by the gate, %d navigations refused", view.blockedRequests(), view.blockedNavigations());
        saveArtifact(view.grab().toImage(), QStringLiteral("safemailview-hostile-raw.png"));
    }

    // The request gate alone: a plain page (no SafePage rules) on the locked profile, whose
    // shoal-mail: handler is swapped for one that serves the raw HTML without any
    // Content-Security-Policy, and with JavaScript switched back on: as if those walls had
    // fallen. Only <link rel=preconnect> is left out: it never reaches the gate (see
    // rawWaysOneByOne).
    void requestGateAloneHolds()
    {
        QString html = mime::parseMessage(hostileEml()).htmlBody;
        html.remove(QRegularExpression(QStringLiteral("<link rel=\"preconnect\"[^>]*>")));
        QVERIFY(!html.contains(QLatin1String("preconnect")));
        html += QStringLiteral("<script>try { new WebSocket('ws://127.0.0.1:%1/ws'); } catch (e) {}"
                               "setTimeout(function() { location.href = '%2'; }, 200);</script>")
                    .arg(g_server->port())
                    .arg(url("navigated"));
        LockedProfile profile;
        RawHandler raw(html.toUtf8());
        profile.removeUrlSchemeHandler(profile.content());
        profile.installUrlSchemeHandler("shoal-mail", &raw);
        {
            QWebEnginePage page(&profile);
            page.settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
            QSignalSpy blocked(profile.gate(), &RequestGate::requestBlocked);
            QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
            page.load(QUrl(QStringLiteral("shoal-mail:raw")));
            QVERIFY(loaded.wait(30000));
            QVERIFY(loaded.first().first().toBool());
            QTest::qWait(2500);
            QTRY_COMPARE_WITH_TIMEOUT(page.title(), QStringLiteral("SCRIPT-RAN"), 5000); // the script did run
            QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
            QVERIFY2(blocked.count() >= 20, qPrintable(QString::number(blocked.count())));
            qInfo("gate alone: %lld requests blocked", qlonglong(blocked.count()));
        }
        QTest::qWait(500);
    }

    // A raw link: hovering shows its target defanged; clicking (plain or with Ctrl, which asks
    // for a new window) goes nowhere and sends no ping.
    void linksAreNeitherFollowedNorPinged()
    {
        SafeMailView view;
        const QString html
            = QStringLiteral("<body style=\"margin:0\"><a href=\"%1\" ping=\"%2\" style=\"display:block;width:100%;height:600px\">"
                             "CLICK</a></body>")
                  .arg(url("click"), url("ping"));
        QVERIFY(showAndLoad(view, { 800, 600 }, [&] { view.showDocument(html); }));
        QTest::qWait(500);
        QWidget *surface = view.focusProxy();
        QVERIFY(surface);
        QSignalSpy hovered(&view, &SafeMailView::linkTargetHovered);
        QSignalSpy refused(&view, &SafeMailView::navigationBlocked);
        QTest::mouseMove(surface, QPoint(200, 200));
        QTRY_VERIFY_WITH_TIMEOUT(!hovered.isEmpty(), 10000);
        QCOMPARE(hovered.last().first().toString(), QStringLiteral("hxxp://127.0.0[.]1:%1/click").arg(g_server->port()));
        QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(200, 200));
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
        QCOMPARE(refused.first().first().toUrl(), QUrl(url("click")));
        QTest::mouseClick(surface, Qt::LeftButton, Qt::ControlModifier, QPoint(250, 250));
        QTest::mouseClick(surface, Qt::MiddleButton, {}, QPoint(250, 250));
        QTest::qWait(2000);
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
        QVERIFY(view.url().scheme() == QLatin1String("shoal-mail"));
    }

    // The raw page again, one way at a time, for the ways that slip past the usual checks:
    // resource hints (QtWebEngine preconnects past CSP, interceptor and JavaScript settings,
    // which is why the content handler disarms <link>), speculation rules, Link in a meta.
    void rawWaysOneByOne_data()
    {
        QTest::addColumn<QString>("html");
        const char *ways[] = {
            "<link rel=preconnect href=P/>",
            "<LINK\tREL=PRECONNECT HREF=P/>",
            "<link rel=preconnect href=P/ crossorigin>",
            "<link rel=dns-prefetch href=P/>",
            "<link rel=prefetch href=P/prefetch>",
            "<link rel=preload as=image href=P/preload.png>",
            "<link rel=modulepreload href=P/module.js>",
            "<link rel=prerender href=P/prerender>",
            "<script type=speculationrules>{\"prefetch\":[{\"source\":\"list\",\"urls\":[\"P/spec-prefetch\"]}],"
            "\"prerender\":[{\"source\":\"list\",\"urls\":[\"P/spec-prerender\"]}]}</script>",
            "<meta http-equiv=Link content=\"<P/>; rel=preconnect\">",
            "<meta http-equiv=refresh content=\"0;url=P/refresh\">",
            "<img src=P/img.png loading=eager>",
            "<iframe src=P/iframe></iframe>",
            "<object data=P/object></object>",
            "<html manifest=P/manifest>",
            "<video src=P/video.mp4 poster=P/poster.png autoplay></video>",
        };
        for (const char *way : ways)
            QTest::newRow(way) << QString::fromLatin1(way).replace(QLatin1String("P/"), url(""));
    }

    void rawWaysOneByOne()
    {
        QFETCH(QString, html);
        SafeMailView view;
        QVERIFY(showAndLoad(view, { 800, 600 }, [&] { view.showDocument(html); }));
        QTest::qWait(1200);
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
    }

    void rendererFetchesNothing()
    {
        SafeRenderer renderer;
        const Message message = mime::parseMessage(hostileEml());
        const SafeRenderer::Result sanitised = renderer.renderMessage(message, {});
        QVERIFY(sanitised.loaded && !sanitised.timedOut);
        QCOMPARE(sanitised.image.width(), 1000);
        QVERIFY(sanitised.image.height() > 300);
        const SafeRenderer::Result raw = renderer.renderDocument(message.htmlBody, inlineParts(message), {});
        QVERIFY(raw.loaded && !raw.timedOut && !raw.image.isNull());
        QTest::qWait(2000);
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
        qInfo("renders: sanitised %lld ms, raw %lld ms (%d requests blocked by the gate)", sanitised.elapsedMs, raw.elapsedMs,
            raw.blockedRequests);
        saveArtifact(sanitised.image, QStringLiteral("renderer-hostile-sanitised.png"));
        saveArtifact(raw.image, QStringLiteral("renderer-hostile-raw.png"));
    }

    // A normal Japanese newsletter: the text renders in a CJK font and the inline banner (whose
    // top rows are exactly #ffcc00) is served from the message's own part.
    void japaneseNewsletterRenders()
    {
        QFile file(test::testDataPath(QStringLiteral("eml/safeview/japanese-newsletter.eml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Message message = mime::parseMessage(file.readAll());
        QVERIFY(message.htmlBody.contains(QStringLiteral("\u3054\u5229\u7528\u6599\u91d1")));
        SafeRenderer renderer;
        SafeRenderer::Options options;
        options.width = 800;
        const SafeRenderer::Result result = renderer.renderMessage(message, options);
        QVERIFY(result.loaded);
        QCOMPARE(result.image.width(), 800);
        QVERIFY2(pixelsOfColor(result.image, qRgb(255, 204, 0)) >= 200 * 8, "the inline banner was not drawn");
        QCOMPARE(result.sanitized.counts.blockedRemoteResources, 1);
        QCOMPARE(result.sanitized.counts.mismatchedLinks, 1);
        QCOMPARE(g_server->connections(), 0);
        saveArtifact(result.image, QStringLiteral("renderer-japanese-newsletter.png"));
    }

    void cliRenderFetchesNothing_data()
    {
        QTest::addColumn<bool>("offscreen");
        QTest::newRow("display as given") << false;
        QTest::newRow("no display: offscreen") << true;
    }

    void cliRenderFetchesNothing()
    {
        QFETCH(bool, offscreen);
        QTemporaryDir dir;
        const QString eml = dir.filePath(QStringLiteral("hostile.eml"));
        QFile file(eml);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(hostileEml()) > 0);
        file.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (offscreen) {
            environment.remove(QStringLiteral("DISPLAY"));
            environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
            environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        }
        const QString png = dir.filePath(QStringLiteral("out.png"));
        const CliRun run = runCli(
            { QStringLiteral("render"), eml, QStringLiteral("-o"), png, QStringLiteral("--width"), QStringLiteral("800") }, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("neutralised: ")), qPrintable(run.err));
        QImage image(png);
        QCOMPARE(image.width(), 800);
        QTest::qWait(1000);
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
        if (offscreen)
            saveArtifact(image, QStringLiteral("cli-render-hostile-offscreen.png"));
    }

    void cliRendersFromACase()
    {
        QTemporaryDir dir;
        const QString eml = dir.filePath(QStringLiteral("hostile.eml"));
        QFile file(eml);
        const QByteArray bytes = hostileEml();
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) > 0);
        file.close();
        const QString db = dir.filePath(QStringLiteral("case.shoal"));
        const CliRun imported = runCli({ QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"), db, eml });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString png = dir.filePath(QStringLiteral("out.png"));
        const CliRun run = runCli(
            { QStringLiteral("render"), QStringLiteral("--db"), db, QStringLiteral("--sha256"), sha256, QStringLiteral("-o"), png });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(png).width(), 1000);
        const CliRun missing = runCli({ QStringLiteral("render"), QStringLiteral("--db"), db, QStringLiteral("--sha256"),
            QString(64, QLatin1Char('0')), QStringLiteral("-o"), png });
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(runCli({ QStringLiteral("render"), eml }).exitCode, 2); // no -o
        QTest::qWait(1000);
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
    }

    // Every 10th real phishing mail (sorted by name, to stay near a minute and a half): each
    // renders within the bound, and not one request leaves, to any host (the proxy sees them all).
    void corpusRendersSafely()
    {
        SHOAL_REQUIRE_CORPUS();
        QStringList files;
        QDirIterator it(test::corpusDir() + QStringLiteral("/phishing_pot"), { QStringLiteral("*.eml") }, QDir::Files);
        while (it.hasNext())
            files << it.next();
        files.sort();
        QVERIFY(files.size() > 1000);
        SafeRenderer renderer;
        SafeRenderer::Options options;
        options.timeoutMs = 20000;
        qint64 total = 0;
        qint64 slowest = 0;
        int rendered = 0;
        int blockedByGate = 0;
        for (int i = 0; i < files.size(); i += 10) {
            QFile file(files[i]);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const SafeRenderer::Result result = renderer.renderMessage(mime::parseMessage(file.readAll()), options);
            QVERIFY2(result.loaded && !result.timedOut && !result.image.isNull(), qPrintable(files[i]));
            QVERIFY2(result.elapsedMs < 30000, qPrintable(files[i]));
            total += result.elapsedMs;
            slowest = std::max(slowest, result.elapsedMs);
            blockedByGate += result.blockedRequests;
            ++rendered;
        }
        QTest::qWait(1500);
        qInfo("%d corpus samples rendered: %lld ms on average, %lld ms at most; %d requests blocked by the gate; server: %s", rendered,
            total / std::max(rendered, 1), slowest, blockedByGate, qPrintable(g_server->describe()));
        QVERIFY2(g_server->connections() == 0, qPrintable(g_server->describe()));
    }
};

int main(int argc, char *argv[])
{
    SafeMailView::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    LoopbackServer server;
    if (!server.start())
        qFatal("cannot listen on 127.0.0.1");
    g_server = &server;
    // Before the first web engine profile: QtWebEngine takes the application proxy then.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.port()));
    SafeMailViewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "safemailview_test.moc"
