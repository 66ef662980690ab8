#pragma once

#include "tasks/importjob.h"

#include <QObject>

#include <atomic>

class QThread;

namespace shoal {

/*!
 * \brief Runs an import in the background: runImport() on a worker thread with its own
 * connection to the case (SQLite WAL lets the window read meanwhile), progress and the summary
 * handed back to this object's thread by queued calls. The inputs that failed are written to
 * the case's import problems. Cancelling keeps every batch committed so far.
 */
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QObject *parent = nullptr);
    /// Cancels a running import and waits for it (the case stays valid).
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// Starts importing `paths` into the case at `casePath`; false while one runs already.
    bool start(const QString &casePath, const QStringList &paths, const ImportOptions &options = {});

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started();
    /// `total` is -1 while unknown; `imported` counts new samples so far.
    void progress(qint64 done, qint64 total, qint64 imported);
    void finished(const shoal::ImportSummary &summary);

private:
    void work(const QString &casePath, const QStringList &paths, const ImportOptions &options);
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
};

} // namespace shoal
