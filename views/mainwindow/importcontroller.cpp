#include "mainwindow/importcontroller.h"

#include "store/casestore.h"

#include <QThread>

namespace shoal {

ImportController::ImportController(QObject *parent) : QObject(parent)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportController::start(const QString &casePath, const QStringList &paths, const ImportOptions &options)
{
    if (m_thread || paths.isEmpty())
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, casePath, paths, options] { work(casePath, paths, options); });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start(QThread::LowPriority);
    Q_EMIT started();
    return true;
}

void ImportController::cancel()
{
    m_cancel = true;
}

// On the worker thread: nothing here touches this object's members but the cancel flag; the
// results travel back by queued calls.
void ImportController::work(const QString &casePath, const QStringList &paths, const ImportOptions &options)
{
    QString error;
    ImportSummary summary;
    std::unique_ptr<CaseStore> store = CaseStore::open(casePath, &error);
    if (!store) {
        summary.failures << InputFailure { casePath, error };
    } else {
        summary = runImport(*store, paths, options, m_cancel, [this](const ImportProgress &progress) {
            QMetaObject::invokeMethod(
                this,
                [this, done = progress.done, total = progress.total, imported = progress.sofar.imported] {
                    Q_EMIT this->progress(done, total, imported);
                },
                Qt::QueuedConnection);
        });
        // Kept in the case, so that the analyst can come back to them under Import problems.
        if (!summary.failures.isEmpty() && store->beginBatch()) {
            for (const InputFailure &failure : std::as_const(summary.failures))
                store->recordFailure(failure.origin, failure.reason);
            store->commitBatch();
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, summary] {
            m_thread->wait();
            m_thread->deleteLater();
            m_thread = nullptr;
            Q_EMIT finished(summary);
        },
        Qt::QueuedConnection);
}

} // namespace shoal
