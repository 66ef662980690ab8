#pragma once

#include <QHash>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

namespace shoal {

struct Attachment;

/*!
 * \brief Serves the safe view's two internal schemes: the page (shoal-mail:) and the message's
 * inline parts (shoal-part:<Content-ID>), nothing else.
 *
 * Every response carries the Content-Security-Policy of the safe view plus "sandbox" (no
 * script, no form, no navigation of the top page, an opaque origin), nosniff and no-store.
 * Parts are served only when their bytes are an image (by signature, whatever they claim), so
 * that an inline text/html part can never become a page. The document never holds an HTML
 * <link> start tag: QtWebEngine preconnects for <link rel=preconnect> past every other wall, so
 * any that reach the handler are renamed to an inert unknown element.
 */
class SafeContentHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    /// Sets the only document served and the inline parts its images may name.
    void setContent(const QUrl &documentUrl, const QByteArray &html, const QList<Attachment> &parts);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QUrl m_documentUrl;
    QByteArray m_document;
    QHash<QString, QByteArray> m_parts; // by Content-ID
};

/*!
 * \brief The request interceptor: every request whose scheme is not Shoal's is blocked.
 *
 * Allowed are the main-frame load of the page (shoal-mail:) and images of the inline parts
 * (shoal-part:); data: images too, should the engine ask. Everything else — http(s), file:,
 * ftp:, ws:, blob:, any subframe, any shoal-part: that is not an image — is blocked and
 * counted. Qt 6 calls interceptRequest() on the UI thread, so the count needs no lock.
 */
class RequestGate : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked; }

Q_SIGNALS:
    void requestBlocked(const QUrl &url);

private:
    int m_blocked = 0;
};

/*!
 * \brief An off-the-record profile locked down for hostile mail: no JavaScript, plugins, local
 * file access, icons, DNS prefetch, hyperlink auditing, storage, WebGL, PDF viewer, drops that
 * navigate, unknown URL schemes or downloads; the RequestGate and the SafeContentHandler
 * installed. Never Qt's default profile: what one safe view does cannot reach another or the
 * disk.
 */
class LockedProfile : public QWebEngineProfile
{
    Q_OBJECT

public:
    explicit LockedProfile(QObject *parent = nullptr);

    SafeContentHandler *content() const { return m_content; }
    RequestGate *gate() const { return m_gate; }

    /// Applies the locked-down settings; used for the profile and again for each page.
    static void lockDown(QWebEngineSettings *settings);

private:
    SafeContentHandler *m_content;
    RequestGate *m_gate;
};

} // namespace shoal
