#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace shoal {

/// The status bar's import indicator: what the running import has done, a progress bar and a
/// Cancel button. Hidden while no import runs.
class ImportStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportStatus)

public:
    explicit ImportStatus(QWidget *parent = nullptr);
    ~ImportStatus() override;

public Q_SLOTS:
    void begin();
    void setProgress(qint64 done, qint64 total, qint64 imported);
    void end();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace shoal
