#pragma once

#include "store/casestore.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace shoal {

class MetadataEditor;
class OverviewPane;

/*!
 * \brief The inspector: what the analyst sees of the current sample. For now the overview and
 * the analyst's metadata; the other panes (headers, Received path, safe body view...) come in
 * as tabs through addPane() and follow sampleShown().
 */
class InspectorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWidget)

public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

    /// The store is not owned; times are shown in `zone`.
    void setCase(CaseStore *store, const QTimeZone &zone);
    qint64 sampleId() const { return m_id; }
    /// Adds a tab after the overview.
    void addPane(QWidget *pane, const QString &title);

public Q_SLOTS:
    /// Shows a sample; 0 (or an id the case does not hold) shows nothing.
    void showSample(qint64 id);
    /// Reads the shown sample again (after its metadata changed).
    void reload();

Q_SIGNALS:
    void sampleShown(qint64 id);
    /// The analyst changed a field of the shown sample (see MetadataEditor).
    void fieldEdited(shoal::MetadataField field, const QString &value);
    void tagsEdited(const QStringList &added, const QStringList &removed);

private:
    CaseStore *m_store = nullptr;
    QTimeZone m_zone { QTimeZone::UTC };
    qint64 m_id = 0;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    OverviewPane *m_overview;
    MetadataEditor *m_metadata;
};

} // namespace shoal
