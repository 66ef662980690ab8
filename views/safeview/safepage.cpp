#include "safeview/safepage.h"

#include "safeview/lockedprofile.h"

#include <QAuthenticator>
#include <QColor>
#include <QWebEngineCertificateError>
#include <QWebEngineClientCertificateSelection>
#include <QWebEngineDesktopMediaRequest>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEnginePermission>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>
#include <QWebEngineWebAuthUxRequest>

namespace shoal {

SafePage::SafePage(LockedProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    LockedProfile::lockDown(settings());
    setBackgroundColor(Qt::white);
    connect(this, &QWebEnginePage::permissionRequested, this, [](QWebEnginePermission permission) { permission.deny(); });
    connect(this, &QWebEnginePage::fullScreenRequested, this, [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this, [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
        [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::selectClientCertificate, this,
        [](QWebEngineClientCertificateSelection selection) { selection.selectNone(); });
    connect(this, &QWebEnginePage::authenticationRequired, this,
        [](const QUrl &, QAuthenticator *authenticator) { *authenticator = QAuthenticator(); });
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
        [](const QUrl &, QAuthenticator *authenticator, const QString &) { *authenticator = QAuthenticator(); });
    connect(this, &QWebEnginePage::certificateError, this, [](const QWebEngineCertificateError &error) {
        QWebEngineCertificateError rejected = error;
        rejected.rejectCertificate();
    });
    connect(this, &QWebEnginePage::desktopMediaRequested, this, [](const QWebEngineDesktopMediaRequest &request) { request.cancel(); });
    connect(this, &QWebEnginePage::webAuthUxRequested, this, [](QWebEngineWebAuthUxRequest *request) { request->cancel(); });
}

bool SafePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && type == NavigationTypeTyped && !m_expected.isEmpty() && url == m_expected)
        return true;
    ++m_blockedNavigations;
    Q_EMIT navigationBlocked(url);
    return false;
}

QWebEnginePage *SafePage::createWindow(WebWindowType)
{
    return nullptr;
}

QStringList SafePage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {};
}

void SafePage::javaScriptAlert(const QUrl &, const QString &)
{
}

bool SafePage::javaScriptConfirm(const QUrl &, const QString &)
{
    return false;
}

bool SafePage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    return false;
}

void SafePage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &)
{
}

} // namespace shoal
