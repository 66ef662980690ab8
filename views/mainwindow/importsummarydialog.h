#pragma once

#include "tasks/importjob.h"

#include <QDialog>

namespace shoal {

/// What an import did: new samples, duplicates, and each input that failed with its reason; a
/// button leads to Import problems, where the failures stay listed.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    explicit ImportSummaryDialog(const ImportSummary &summary, QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;

    /// The one-line summary, also shown in the status bar.
    static QString headline(const ImportSummary &summary);

Q_SIGNALS:
    void showProblemsRequested();
};

} // namespace shoal
