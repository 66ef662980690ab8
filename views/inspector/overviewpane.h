#pragma once

#include "store/casestore.h"

#include <QTimeZone>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace shoal {

/*!
 * \brief The first thing the inspector shows of a sample: who sent it to whom, when, about
 * what, and what the analyst decided. Every value is shown as plain text: a subject or a name
 * is attacker-controlled and never interpreted as markup.
 */
class OverviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPane)

public:
    explicit OverviewPane(QWidget *parent = nullptr);
    ~OverviewPane() override;

    void setSample(const SampleDetails &sample, const QTimeZone &zone);
    void clear();

private:
    QLabel *addRow(const QString &label);
    void addRow(const QString &label, QWidget *value);
    QGridLayout *m_grid;
    int m_rows = 0;
    QLabel *m_subject, *m_from, *m_sender, *m_replyTo, *m_returnPath, *m_to, *m_cc, *m_date, *m_arrival, *m_verdict, *m_attachments,
        *m_tags, *m_source;
    QLineEdit *m_sha256; ///< one long word: a label would clip it
};

} // namespace shoal
