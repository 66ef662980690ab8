#include "cases/caseprofiledialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shoal {

namespace {

QPlainTextEdit *listEditor(const QStringList &values, const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(values.join(QLatin1Char('\n')), parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList values;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            values << line.trimmed();
    }
    return values;
}

} // namespace

CaseProfileDialog::CaseProfileDialog(const QString &caseName, const CaseProfile &profile, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_domains(listEditor(profile.protectedDomains, tr("Protected domains"), QStringLiteral("b-company.co.jp"), this))
    , m_people(listEditor(profile.protectedPeople, tr("Protected people"), QStringLiteral("山田 太郎\nTaro Yamada"), this))
    , m_brands(listEditor(profile.brands, tr("Brands"), QStringLiteral("B-Company"), this))
    , m_zone(new QComboBox(this))
{
    setObjectName(QStringLiteral("caseProfileDialog"));
    setWindowTitle(tr("Case profile: %1").arg(caseName));
    setAccessibleName(tr("Case profile"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What this case protects. Findings flag look-alike domains, display names of these people "
                                "from outside domains, and these brands. One entry per line."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("Protected domains"), m_domains);
    form->addRow(tr("Protected people"), m_people);
    form->addRow(tr("Brands"), m_brands);

    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_zone->addItems(zones);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setCurrentText(QString::fromUtf8(zone.id()));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setToolTip(tr("Arrival times are shown in this zone, and before:/after: dates are days of this zone."));
    form->addRow(tr("Time zone"), m_zone);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_zone, &QComboBox::currentTextChanged, this,
        [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(timeZone().isValid()); });
    layout->addWidget(buttons);
    resize(560, 520);
}

CaseProfileDialog::~CaseProfileDialog() = default;

CaseProfile CaseProfileDialog::profile() const
{
    return CaseProfile { lines(m_domains), lines(m_people), lines(m_brands) };
}

QTimeZone CaseProfileDialog::timeZone() const
{
    const QByteArray id = m_zone->currentText().trimmed().toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(id) ? QTimeZone(id) : QTimeZone();
}

} // namespace shoal
