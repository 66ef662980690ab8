#include "mainwindow/importstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace shoal {

ImportStatus::ImportStatus(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("importStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_label->setAccessibleName(tr("Import status"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setMinimumWidth(160);
    m_bar->setMaximumWidth(240);
    m_cancel->setAccessibleName(tr("Cancel import"));
    m_cancel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    layout->addStretch(0);
    m_cancel->setToolTip(tr("Stop the import. Samples imported so far stay in the case."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    hide();
}

ImportStatus::~ImportStatus() = default;

void ImportStatus::begin()
{
    m_label->setText(tr("Importing…"));
    m_bar->setRange(0, 0); // busy until the inputs are counted
    m_cancel->setEnabled(true);
    show();
}

void ImportStatus::setProgress(qint64 done, qint64 total, qint64 imported)
{
    if (!m_cancel->isEnabled())
        return; // "Cancelling…" stays until the end
    const QLocale locale;
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_label->setText(
            tr("Importing: %1 of %2 inputs, %3 new samples").arg(locale.toString(done), locale.toString(total), locale.toString(imported)));
    } else {
        m_bar->setRange(0, 0);
        m_label->setText(tr("Importing: %1 inputs, %2 new samples").arg(locale.toString(done), locale.toString(imported)));
    }
}

void ImportStatus::end()
{
    hide();
}

} // namespace shoal
