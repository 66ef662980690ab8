#include "settings/settingsdialog.h"

#include "i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace shoal {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const language::Choice &choice : language::choices())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language::configured())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("Language"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A new language applies when Shoal starts again."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace shoal
