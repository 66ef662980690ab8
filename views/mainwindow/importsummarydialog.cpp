#include "mainwindow/importsummarydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shoal {

ImportSummaryDialog::ImportSummaryDialog(const ImportSummary &summary, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(summary.cancelled ? tr("Import cancelled") : tr("Import finished"));
    setAccessibleName(tr("Import summary"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(headline(summary), this);
    text->setWordWrap(true);
    text->setAccessibleName(tr("Import result"));
    layout->addWidget(text);
    if (summary.cancelled) {
        auto *kept = new QLabel(tr("The samples imported before you cancelled stay in the case."), this);
        kept->setWordWrap(true);
        layout->addWidget(kept);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!summary.failures.isEmpty()) {
        auto *failures = new QTreeWidget(this);
        failures->setAccessibleName(tr("Failed inputs"));
        failures->setHeaderLabels({ tr("Input"), tr("Reason") });
        failures->setRootIsDecorated(false);
        failures->setUniformRowHeights(true);
        constexpr int kShown = 1000; // all of them are under Import problems
        for (qsizetype i = 0; i < qMin<qsizetype>(summary.failures.size(), kShown); ++i) {
            auto *item = new QTreeWidgetItem(failures, { summary.failures[i].origin, summary.failures[i].reason });
            item->setToolTip(0, summary.failures[i].origin);
            item->setToolTip(1, summary.failures[i].reason);
        }
        failures->header()->resizeSection(0, 320);
        layout->addWidget(failures);
        QPushButton *show = buttons->addButton(tr("Show import problems"), QDialogButtonBox::ActionRole);
        connect(show, &QPushButton::clicked, this, [this] {
            Q_EMIT showProblemsRequested();
            accept();
        });
        resize(720, 420);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

QString ImportSummaryDialog::headline(const ImportSummary &summary)
{
    const QLocale locale;
    const QString text = tr("New samples: %1 (of which %2 carried inside other mail); duplicates skipped: %3; failed inputs: %4.")
                             .arg(locale.toString(summary.imported), locale.toString(summary.embedded), locale.toString(summary.duplicates),
                                 locale.toString(qint64(summary.failures.size())));
    return summary.cancelled ? tr("Import cancelled. %1").arg(text) : text;
}

} // namespace shoal
