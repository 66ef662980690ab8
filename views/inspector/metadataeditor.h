#pragma once

#include "store/casestore.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace shoal {

/*!
 * \brief The analyst's fields of one sample in the inspector: reporting organisation, industry,
 * verdict, arrival time, tags and notes. Each change is reported as soon as it is complete (a
 * choice made, a field left, notes saved); the owner turns it into an undoable edit.
 */
class MetadataEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataEditor)

public:
    explicit MetadataEditor(QWidget *parent = nullptr);
    ~MetadataEditor() override;

    void setSample(const SampleDetails &sample, const QTimeZone &zone);
    void setOrganisations(const QStringList &organisations);
    void clear();

Q_SIGNALS:
    void fieldEdited(shoal::MetadataField field, const QString &value);
    void tagsEdited(const QStringList &added, const QStringList &removed);

private:
    void emitIfChanged(MetadataField field, const QString &value, const QString &current);
    SampleDetails m_sample;
    QLineEdit *m_org;
    QCompleter *m_orgCompleter;
    QComboBox *m_industry, *m_verdict;
    QDateTimeEdit *m_arrival;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QPushButton *m_saveNotes;
};

} // namespace shoal
