#include "safeview/safemailview.h"

#include "mail/message.h"
#include "safeview/lockedprofile.h"
#include "safeview/safepage.h"
#include "safeview/safeurls.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QGuiApplication>
#include <QMenu>
#include <QToolTip>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineUrlScheme>

namespace shoal {

void SafeMailView::registerSchemes()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    for (const QLatin1StringView name : { safeview::kPageScheme, safeview::kPartScheme }) {
        QWebEngineUrlScheme scheme(QByteArray(name.data(), name.size()));
        scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
        // No flags: not secure, not local, no CORS, no fetch API, no view-source, and the
        // Content-Security-Policy is honoured.
        scheme.setFlags({});
        QWebEngineUrlScheme::registerScheme(scheme);
    }
}

SafeMailView::SafeMailView(QWidget *parent)
    : QWebEngineView(parent), m_profile(new LockedProfile(this)), m_page(new SafePage(m_profile, this))
{
    setPage(m_page); // before anything asks for page(): the default profile is never made
    setAcceptDrops(false);
    connect(m_page, &QWebEnginePage::linkHovered, this, &SafeMailView::showLinkTarget);
    connect(m_page, &SafePage::navigationBlocked, this, &SafeMailView::navigationBlocked);
    connect(m_profile->gate(), &RequestGate::requestBlocked, this, &SafeMailView::requestBlocked);
}

SafeMailView::~SafeMailView()
{
    // The page must go before its profile, and both before the view.
    delete m_page;
    delete m_profile;
}

SanitizedHtml SafeMailView::showMessage(const Message &message)
{
    SanitizedHtml sanitized = sanitizeMessageBody(message);
    showDocument(sanitized.html, inlineParts(message));
    return sanitized;
}

void SafeMailView::showDocument(const QString &documentHtml, const QList<Attachment> &inlineParts)
{
    // A new URL per document: nothing of the previous one can be served or cached for it.
    const QUrl url(safeview::kPageScheme + QStringLiteral(":document/%1").arg(++m_generation));
    m_profile->content()->setContent(url, documentHtml.toUtf8(), inlineParts);
    m_page->expectNavigationTo(url);
    m_page->load(url);
}

int SafeMailView::blockedRequests() const
{
    return m_profile->gate()->blockedCount();
}

int SafeMailView::blockedNavigations() const
{
    return m_page->blockedNavigations();
}

void SafeMailView::showLinkTarget(const QString &url)
{
    if (url.isEmpty()) {
        QToolTip::hideText();
        setToolTip({});
        Q_EMIT linkTargetHovered({});
        return;
    }
    const QString shown = safeview::displayUrl(url);
    setToolTip(tr("Link (not followed): %1").arg(shown));
    QToolTip::showText(QCursor::pos(), toolTip(), this);
    Q_EMIT linkTargetHovered(shown);
}

void SafeMailView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(pageAction(QWebEnginePage::Copy));
    menu.addAction(pageAction(QWebEnginePage::SelectAll));
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    if (request && request->linkUrl().isValid() && !request->linkUrl().isEmpty()) {
        const QString shown = safeview::displayUrl(request->linkUrl().toString());
        menu.addAction(tr("Copy Link Target (Defanged)"), this, [shown] { QGuiApplication::clipboard()->setText(shown); });
    }
    menu.exec(event->globalPos());
}

} // namespace shoal
