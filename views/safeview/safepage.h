#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace shoal {

class LockedProfile;

/*!
 * \brief The page of the safe view: it goes nowhere.
 *
 * acceptNavigationRequest() lets through only the main-frame load of the one shoal-mail: URL
 * the view asked for (a typed navigation); links, form posts, redirects, reloads, history,
 * subframes and everything else are refused and reported. New windows are never created,
 * every permission and feature request is denied, file choosers return nothing, certificate
 * errors are rejected, authentication is cancelled, and the JavaScript dialogs (unreachable
 * with JavaScript off) do nothing.
 */
class SafePage : public QWebEnginePage
{
    Q_OBJECT

public:
    SafePage(LockedProfile *profile, QObject *parent);

    /// The only URL a navigation may go to from now on.
    void expectNavigationTo(const QUrl &url) { m_expected = url; }
    int blockedNavigations() const { return m_blockedNavigations; }

Q_SIGNALS:
    void navigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles, const QStringList &acceptedMimeTypes) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg, const QString &defaultValue, QString *result) override;
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber, const QString &sourceID) override;

private:
    QUrl m_expected;
    int m_blockedNavigations = 0;
};

} // namespace shoal
