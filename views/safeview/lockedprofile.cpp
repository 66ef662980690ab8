#include "safeview/lockedprofile.h"

#include "mail/message.h"
#include "safeview/safeurls.h"

#include <QBuffer>
#include <QWebEngineDownloadRequest>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace shoal {

using namespace safeview;

namespace {

QMultiMap<QByteArray, QByteArray> responseHeaders()
{
    QMultiMap<QByteArray, QByteArray> headers;
    headers.insert(QByteArrayLiteral("Content-Security-Policy"),
        QByteArray(kContentSecurityPolicy.data(), kContentSecurityPolicy.size()) + "; sandbox");
    headers.insert(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    headers.insert(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    headers.insert(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return headers;
}

void reply(QWebEngineUrlRequestJob *job, const QByteArray &type, const QByteArray &bytes)
{
    job->setAdditionalResponseHeaders(responseHeaders());
    auto *buffer = new QBuffer(job); // the job owns it and outlives the read
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    job->reply(type, buffer);
}

// QtWebEngine opens a TCP connection for <link rel=preconnect> (and its preload scanner does so
// ahead of the parser) through the network-hints path: before and regardless of the
// Content-Security-Policy, the request interceptor and the JavaScript setting. The sanitiser
// never lets a <link> through; should anything else reach this handler, every HTML <link> start
// tag is renamed to an unknown element, which does nothing.
QByteArray disarmLinkElements(QByteArray html)
{
    static constexpr QByteArrayView kReplacement("<x-shoal-disarmed-link");
    for (qsizetype lt = html.indexOf('<'); lt >= 0 && lt + 5 <= html.size(); lt = html.indexOf('<', lt + 1)) {
        if (QByteArrayView(html).mid(lt + 1, 4).compare("link", Qt::CaseInsensitive) != 0)
            continue;
        const char after = lt + 5 < html.size() ? html[lt + 5] : ' ';
        if (after != ' ' && after != '\t' && after != '\n' && after != '\f' && after != '\r' && after != '/' && after != '>')
            continue;
        html.replace(lt, 5, kReplacement);
        lt += kReplacement.size() - 1;
    }
    return html;
}

} // namespace

void SafeContentHandler::setContent(const QUrl &documentUrl, const QByteArray &html, const QList<Attachment> &parts)
{
    m_documentUrl = documentUrl;
    m_document = disarmLinkElements(html);
    m_parts.clear();
    for (const Attachment &part : parts) {
        if (!part.contentId.isEmpty() && !m_parts.contains(part.contentId))
            m_parts.insert(part.contentId, part.data);
    }
}

void SafeContentHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (url.scheme() == kPageScheme) {
        if (url != m_documentUrl) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"), m_document);
        return;
    }
    // A cid: URL may itself be percent-encoded (RFC 2392); try the Content-ID both ways, and
    // without regard to case as mail clients do.
    const QString contentId = contentIdOfPartUrl(url);
    auto found = m_parts.constFind(contentId);
    if (found == m_parts.cend())
        found = m_parts.constFind(QUrl::fromPercentEncoding(contentId.toUtf8()));
    for (auto it = m_parts.cbegin(); found == m_parts.cend() && it != m_parts.cend(); ++it) {
        if (it.key().compare(contentId, Qt::CaseInsensitive) == 0)
            found = it;
    }
    const QByteArray type = found == m_parts.cend() ? QByteArray() : imageTypeOf(*found);
    if (type.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    reply(job, type, *found);
}

void RequestGate::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    const auto type = info.resourceType();
    const bool page = scheme == kPageScheme && type == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
    const bool image = (scheme == kPartScheme || scheme == QLatin1String("data")) && type == QWebEngineUrlRequestInfo::ResourceTypeImage;
    if (page || image)
        return;
    info.block(true);
    ++m_blocked;
    Q_EMIT requestBlocked(info.requestUrl());
}

LockedProfile::LockedProfile(QObject *parent)
    : QWebEngineProfile(parent) // no storage name: off the record, nothing touches the disk
    , m_content(new SafeContentHandler(this))
    , m_gate(new RequestGate(this))
{
    Q_ASSERT(isOffTheRecord());
    if (QWebEngineUrlScheme::schemeByName(QByteArray(kPageScheme.data(), kPageScheme.size())).name().isEmpty())
        qWarning("shoal: SafeMailView::registerSchemes() was not called before the QApplication; the safe view cannot load");
    setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    setPersistentPermissionsPolicy(QWebEngineProfile::PersistentPermissionsPolicy::AskEveryTime);
    setPushServiceEnabled(false);
    setHttpAcceptLanguage(QStringLiteral("en"));
    setUrlRequestInterceptor(m_gate);
    installUrlSchemeHandler(kPageScheme.latin1(), m_content);
    installUrlSchemeHandler(kPartScheme.latin1(), m_content);
    lockDown(settings());
    connect(this, &QWebEngineProfile::downloadRequested, this, [](QWebEngineDownloadRequest *download) { download->cancel(); });
}

void LockedProfile::lockDown(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    for (const S::WebAttribute off :
        { S::JavascriptEnabled, S::JavascriptCanOpenWindows, S::JavascriptCanAccessClipboard, S::JavascriptCanPaste, S::PluginsEnabled,
            S::LocalContentCanAccessRemoteUrls, S::LocalContentCanAccessFileUrls, S::LocalStorageEnabled, S::AutoLoadIconsForPage,
            S::TouchIconsEnabled, S::DnsPrefetchEnabled, S::HyperlinkAuditingEnabled, S::ErrorPageEnabled, S::FullScreenSupportEnabled,
            S::ScreenCaptureEnabled, S::WebGLEnabled, S::Accelerated2dCanvasEnabled, S::AllowRunningInsecureContent,
            S::AllowGeolocationOnInsecureOrigins, S::AllowWindowActivationFromJavaScript, S::PdfViewerEnabled, S::NavigateOnDropEnabled,
            S::ReadingFromCanvasEnabled, S::FocusOnNavigationEnabled, S::SpatialNavigationEnabled })
        settings->setAttribute(off, false);
    for (const S::WebAttribute on :
        { S::AutoLoadImages, S::PlaybackRequiresUserGesture, S::WebRTCPublicInterfacesOnly, S::PrintElementBackgrounds })
        settings->setAttribute(on, true);
    // Unknown schemes (ms-msdt:, search-ms:, mailto:...) would otherwise be handed to the desktop.
    settings->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
    settings->setDefaultTextEncoding(QStringLiteral("utf-8"));
}

} // namespace shoal
