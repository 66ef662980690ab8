#pragma once

#include <QDialog>

class QComboBox;

namespace shoal {

/// Shoal's own settings (not a case's): the UI language. A new language applies when Shoal
/// starts again; the dialog says so, and the window offers to restart.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// "", "en" or "ja" as chosen.
    QString language() const;

private:
    QComboBox *m_language;
};

} // namespace shoal
