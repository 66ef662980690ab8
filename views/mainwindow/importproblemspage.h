#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace shoal {

/// The inputs imports could not read, with a way back to the samples and a way to forget them.
class ImportProblemsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemsPage)

public:
    explicit ImportProblemsPage(QAbstractItemModel *problems, QWidget *parent = nullptr);
    ~ImportProblemsPage() override;

    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void backRequested();
    void clearRequested();

private:
    QTableView *m_table;
};

} // namespace shoal
