#pragma once

#include "findings/caseprofile.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QPlainTextEdit;

namespace shoal {

/// Edits what a case protects (its domains, people and brands, one per line) and its time zone.
class CaseProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseProfileDialog)

public:
    CaseProfileDialog(const QString &caseName, const CaseProfile &profile, const QTimeZone &zone, QWidget *parent = nullptr);
    ~CaseProfileDialog() override;

    CaseProfile profile() const;
    /// The zone chosen; invalid when the text names none.
    QTimeZone timeZone() const;

private:
    QPlainTextEdit *m_domains, *m_people, *m_brands;
    QComboBox *m_zone;
};

} // namespace shoal
