#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace shoal::language {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

void replaceTranslator(int which, QTranslator *translator)
{
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed(which) = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QList<Choice> choices()
{
    return { { QString(), QCoreApplication::translate("shoal::language", "As the system") },
        { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("ja"), QStringLiteral("日本語") } };
}

QString configured()
{
    return QSettings().value(kSettingsKey).toString();
}

void setConfigured(const QString &code)
{
    QSettings().setValue(kSettingsKey, code);
}

QString effective()
{
    const QString chosen = configured();
    if (chosen == QLatin1String("en") || chosen == QLatin1String("ja"))
        return chosen;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool apply(const QString &code)
{
    const bool japanese = code == QLatin1String("ja");
    const QLocale system = QLocale::system();
    // Keep the system's own conventions when it already speaks the language.
    if (japanese)
        QLocale::setDefault(system.language() == QLocale::Japanese ? system : QLocale(QLocale::Japanese, QLocale::Japan));
    else
        QLocale::setDefault(system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!japanese) {
        replaceTranslator(0, nullptr);
        replaceTranslator(1, nullptr);
        return true;
    }
    auto *shoal = new QTranslator(QCoreApplication::instance());
    const bool shoalLoaded = shoal->load(QStringLiteral(":/i18n/shoal_ja.qm"));
    replaceTranslator(0, shoalLoaded ? shoal : nullptr);
    if (!shoalLoaded)
        delete shoal;
    // Qt's own strings (standard buttons, context menus); not fatal when the package is absent.
    auto *qt = new QTranslator(QCoreApplication::instance());
    const bool qtLoaded = qt->load(
        QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replaceTranslator(1, qtLoaded ? qt : nullptr);
    if (!qtLoaded)
        delete qt;
    return shoalLoaded;
}

} // namespace shoal::language
