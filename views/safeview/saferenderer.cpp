#include "safeview/saferenderer.h"

#include "mail/message.h"
#include "safeview/safemailview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cmath>

namespace shoal {

namespace {

// Runs the event loop for `ms` milliseconds (the engine works in other processes and reports
// back through it).
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

void SafeRenderer::prepareApplication()
{
    SafeMailView::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

SafeRenderer::SafeRenderer(QObject *parent) : QObject(parent), m_view(std::make_unique<SafeMailView>())
{
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
}

SafeRenderer::~SafeRenderer() = default;

SafeRenderer::Result SafeRenderer::renderMessage(const Message &message, const Options &options)
{
    return render(sanitizeMessageBody(message), inlineParts(message), options);
}

SafeRenderer::Result SafeRenderer::renderDocument(const QString &documentHtml, const QList<Attachment> &inlineParts, const Options &options)
{
    SanitizedHtml document;
    document.html = documentHtml;
    return render(document, inlineParts, options);
}

SafeRenderer::Result SafeRenderer::render(const SanitizedHtml &document, const QList<Attachment> &inlineParts, const Options &options)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    result.sanitized = document;
    const int blockedBefore = m_view->blockedRequests();
    const int width = std::clamp(options.width, 100, 8000);
    // Short, so that the page's contents size is its own height, not the viewport's.
    m_view->resize(width, 64);
    m_view->show();

    QEventLoop loop;
    bool finished = false;
    const QMetaObject::Connection connection = connect(m_view.get(), &QWebEngineView::loadFinished, &loop, [&](bool ok) {
        finished = true;
        result.loaded = ok;
        loop.quit();
    });
    QTimer::singleShot(options.timeoutMs, &loop, &QEventLoop::quit);
    m_view->showDocument(document.html, inlineParts);
    if (!finished)
        loop.exec();
    disconnect(connection);
    if (!finished) {
        result.timedOut = true;
        m_view->stop();
        result.blockedRequests = m_view->blockedRequests() - blockedBefore;
        result.elapsedMs = clock.elapsed();
        return result;
    }

    // The page's size arrives from the renderer process after the load; wait until it holds.
    QSizeF contents = m_view->page()->contentsSize();
    for (int i = 0; i < 20; ++i) {
        wait(50);
        const QSizeF now = m_view->page()->contentsSize();
        if (now == contents && !now.isEmpty())
            break;
        contents = now;
    }
    const int fullHeight = std::max(1, int(std::ceil(contents.height())));
    result.truncated = fullHeight > options.maxHeight;
    m_view->resize(width, std::clamp(fullHeight, 50, options.maxHeight));

    // A grab may catch the frame drawn before the resize; take grabs until two agree.
    QImage previous;
    for (int i = 0; i < 20 && clock.elapsed() < 2 * qint64(options.timeoutMs); ++i) {
        wait(i == 0 ? 120 : 80);
        const QImage image = m_view->grab().toImage();
        if (image.size() == m_view->size() && image == previous) {
            result.image = image;
            break;
        }
        previous = image;
    }
    if (result.image.isNull())
        result.image = previous;
    result.blockedRequests = m_view->blockedRequests() - blockedBefore;
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace shoal
