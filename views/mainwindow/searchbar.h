#pragma once

#include "search/samplefilter.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace shoal {

/*!
 * \brief The search bar: the query language of search/queryparser.h, read in the case's time
 * zone. A query that cannot be read shows the parser's message under the bar and leaves the
 * table as it was; the table never goes empty without a reason shown.
 */
class SearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)

public:
    explicit SearchBar(QWidget *parent = nullptr);
    ~SearchBar() override;

    void setTimeZone(const QTimeZone &zone);
    /// Puts `query` in the bar and applies it at once.
    void setQuery(const QString &query);
    QString query() const;
    /// The text of the last query that was applied.
    QString appliedQuery() const { return m_applied; }
    /// The message under the bar; empty when the query reads well.
    QString errorText() const;
    QLineEdit *lineEdit() const { return m_edit; }
    /// A button beside the field for `action` (e.g. "Save search").
    void addAction(QAction *action);
    /// A note under the bar when the query reads well (e.g. why the table is empty); empty hides it.
    void setNote(const QString &note);

public Q_SLOTS:
    /// Focuses the field and selects its text (Ctrl+F).
    void focusSearch();
    void apply();

Q_SIGNALS:
    void filterChanged(const shoal::SampleFilter &filter);

private:
    void showMessage(const QString &text, bool isError);
    QLineEdit *m_edit;
    QWidget *m_messageBox;
    QLabel *m_icon;
    QLabel *m_error;
    bool m_showingError = false;
    QTimer *m_debounce;
    QTimeZone m_zone { QTimeZone::UTC };
    QString m_applied;
};

} // namespace shoal
