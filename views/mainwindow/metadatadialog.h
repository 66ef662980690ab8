#pragma once

#include "mainwindow/metadatacontroller.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace shoal {

/*!
 * \brief Edits the analyst metadata of several samples at once. Each field has a box to tick:
 * only ticked fields change, so that editing the verdict of 40 samples leaves their different
 * reporting organisations alone.
 */
class MetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataDialog)

public:
    /// `sampleCount` for the title; `organisations` to complete the reporting organisation.
    MetadataDialog(int sampleCount, const QStringList &organisations, const QTimeZone &zone, QWidget *parent = nullptr);
    ~MetadataDialog() override;

    MetadataEdit edit() const;

private:
    QCheckBox *addRow(QFormLayout *form, const QString &label, QWidget *editor);
    QTimeZone m_zone;
    QCheckBox *m_orgBox, *m_industryBox, *m_arrivalBox, *m_verdictBox, *m_notesBox;
    QLineEdit *m_org;
    QComboBox *m_industry, *m_verdict;
    QDateTimeEdit *m_arrival;
    QLineEdit *m_addTags, *m_removeTags;
    QPlainTextEdit *m_notes;
};

} // namespace shoal
