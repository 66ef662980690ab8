#pragma once

#include "safeview/htmlsanitizer.h"

#include <QImage>
#include <QList>
#include <QObject>

#include <memory>

namespace shoal {

class SafeMailView;
struct Attachment;
struct Message;

/*!
 * \brief Renders a message's body headlessly into an image, through the same safe view.
 *
 * For the command line (shoal-cli render), reports and tests. The view is never shown on
 * screen (Qt::WA_DontShowOnScreen; with QT_QPA_PLATFORM=offscreen there is no screen at all).
 * Each call waits for the load in a local event loop, bounded by Options::timeoutMs, then sizes
 * the view to the page's full height (capped) and grabs it. Sequential: one render at a time;
 * reuse one renderer for many messages.
 */
class SafeRenderer : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int width = 1000; ///< CSS pixels
        int maxHeight = 12000; ///< taller pages are cut (noted in Result::truncated)
        int timeoutMs = 15000; ///< for the load; the render as a whole takes at most about twice this
    };

    struct Result {
        QImage image; ///< null when the page did not load in time
        SanitizedHtml sanitized; ///< what was shown, and what the sanitiser neutralised
        bool loaded = false;
        bool timedOut = false;
        bool truncated = false; ///< the page was taller than maxHeight
        int blockedRequests = 0; ///< requests the gate blocked during this render
        qint64 elapsedMs = 0;
    };

    /// For a program that renders and shows nothing else (shoal-cli): call before the
    /// QApplication exists. Registers Shoal's schemes and lets QtWebEngine share GL contexts;
    /// without a display ($DISPLAY and $WAYLAND_DISPLAY unset) it selects the offscreen platform.
    static void prepareApplication();

    explicit SafeRenderer(QObject *parent = nullptr);
    ~SafeRenderer() override;

    /// Sanitises and renders the message's HTML body, or its text body when it has no HTML.
    Result renderMessage(const Message &message, const Options &options);
    /// Renders a document exactly as given (tests: raw hostile HTML against the second wall).
    Result renderDocument(const QString &documentHtml, const QList<Attachment> &inlineParts, const Options &options);

private:
    Result render(const SanitizedHtml &document, const QList<Attachment> &inlineParts, const Options &options);

    std::unique_ptr<SafeMailView> m_view;
};

} // namespace shoal
