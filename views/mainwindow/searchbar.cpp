#include "mainwindow/searchbar.h"

#include "search/queryparser.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace shoal {

namespace {

// Long enough not to search at every key on a large case, short enough to feel live.
constexpr int kTypingPauseMs = 350;

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_messageBox(new QWidget(this))
    , m_icon(new QLabel(m_messageBox))
    , m_error(new QLabel(m_messageBox))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    layout->addLayout(row);
    auto *messageRow = new QHBoxLayout(m_messageBox);
    messageRow->setContentsMargins(4, 0, 0, 0);
    messageRow->addWidget(m_icon);
    messageRow->addWidget(m_error, 1);
    layout->addWidget(m_messageBox);

    m_edit->setObjectName(QStringLiteral("searchField"));
    m_edit->setAccessibleName(tr("Search"));
    m_edit->setPlaceholderText(tr("Search words, or filters such as from:, domain:, tag:, verdict:, has:attachment, after:2024-04-01"));
    m_edit->setToolTip(tr("Words are searched in subjects, addresses, bodies and attachment names.\n"
                          "Filters: from: to: domain: subject: campaign: tag: verdict: industry: has:attachment has:url "
                          "before:YYYY-MM-DD after:YYYY-MM-DD\nA leading - excludes: -tag:done"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    auto *completer = new QCompleter(QueryParser::fieldNames(), m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(completer);

    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setAccessibleName(tr("Search message"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageBox->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kTypingPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::apply);
    connect(m_edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::apply);
    // The clear button empties the field without a textEdited signal.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && (!m_applied.isEmpty() || m_showingError))
            apply();
    });
}

SearchBar::~SearchBar() = default;

void SearchBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_applied.isEmpty())
        apply(); // before:/after: days are days of this zone
}

void SearchBar::setQuery(const QString &query)
{
    m_edit->setText(query);
    apply();
}

QString SearchBar::query() const
{
    return m_edit->text();
}

QString SearchBar::errorText() const
{
    return m_showingError && !m_messageBox->isHidden() ? m_error->text() : QString();
}

void SearchBar::setNote(const QString &note)
{
    if (m_showingError)
        return; // the error says more than the note would
    if (note.isEmpty())
        m_messageBox->hide();
    else
        showMessage(note, false);
}

void SearchBar::showMessage(const QString &text, bool isError)
{
    m_showingError = isError;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(isError ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_error->setText(text);
    m_messageBox->show();
}

void SearchBar::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    static_cast<QHBoxLayout *>(layout()->itemAt(0)->layout())->addWidget(button);
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::apply()
{
    m_debounce->stop();
    SampleFilter filter;
    QueryError error;
    if (!QueryParser(m_zone).parse(m_edit->text(), &filter, &error)) {
        showMessage(error.message, true);
        m_error->setToolTip(tr("At: %1").arg(m_edit->text().mid(error.position, error.length)));
        return;
    }
    m_showingError = false;
    m_error->setToolTip(QString());
    m_messageBox->hide();
    m_applied = m_edit->text();
    Q_EMIT filterChanged(filter);
}

} // namespace shoal
