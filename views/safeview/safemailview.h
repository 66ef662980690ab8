#pragma once

#include "safeview/htmlsanitizer.h"

#include <QList>
#include <QWebEngineView>

namespace shoal {

class LockedProfile;
class SafePage;
struct Attachment;
struct Message;

/*!
 * \brief The safe body view: shows a hostile message's body with nothing run, fetched,
 * followed, downloaded or executed.
 *
 * Two walls. The first is the sanitiser (sanitizeMailHtml()): what reaches the engine holds
 * no script, no remote reference and no link target. The second holds even for raw hostile
 * HTML (showDocument() shows a document as it is, which the tests use to prove it): its own
 * off-the-record LockedProfile (JavaScript, plugins, local access, prefetch, icons all off),
 * a request interceptor that blocks every request outside Shoal's schemes, a
 * Content-Security-Policy with "sandbox" on every response, and a SafePage that refuses every
 * navigation but the initial load, every new window, every permission and every download.
 *
 * Hovering a link shows its real target, defanged, as a tool tip (and linkTargetHovered()).
 * The context menu offers only Copy, Select All and copying a link's defanged target.
 *
 * registerSchemes() must run before the QApplication is created.
 */
class SafeMailView : public QWebEngineView
{
    Q_OBJECT

public:
    /// Registers shoal-mail: and shoal-part: with QtWebEngine; call it first in main().
    static void registerSchemes();

    explicit SafeMailView(QWidget *parent = nullptr);
    ~SafeMailView() override;

    /// Sanitises the message's HTML body (or shows its text body when it has none) and shows it
    /// with its inline parts; returns what the sanitiser neutralised.
    SanitizedHtml showMessage(const Message &message);
    /// Shows `documentHtml` exactly as given, with `inlineParts` served by Content-ID.
    void showDocument(const QString &documentHtml, const QList<Attachment> &inlineParts = {});

    /// Requests the gate blocked and navigations the page refused since this view was made.
    int blockedRequests() const;
    int blockedNavigations() const;

Q_SIGNALS:
    void linkTargetHovered(const QString &defangedTarget); ///< empty when the pointer leaves the link
    void requestBlocked(const QUrl &url);
    void navigationBlocked(const QUrl &url);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void showLinkTarget(const QString &url);

    LockedProfile *m_profile;
    SafePage *m_page;
    int m_generation = 0;
};

} // namespace shoal
