#pragma once

#include <QMainWindow>

namespace shoal {

/*!
 * \brief The workbench window. It only wires parts together: the actions, controllers and
 * models it shows live in files of their own.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void createMenus();
};

} // namespace shoal
