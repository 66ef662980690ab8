#include "samplejson.h"

#include <QJsonArray>

namespace shoal::cli {

namespace {

QJsonObject addressJson(const MailAddress &address)
{
    return QJsonObject{{QStringLiteral("name"), address.name}, {QStringLiteral("address"), address.address}};
}

QJsonArray addressesJson(const QList<MailAddress> &list)
{
    QJsonArray array;
    for (const MailAddress &address : list)
        array.append(addressJson(address));
    return array;
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject sampleToJson(const SampleDetails &s)
{
    QJsonArray attachments;
    for (const AttachmentRecord &a : s.attachments) {
        attachments.append(QJsonObject{{QStringLiteral("filename"), a.filename},
                                       {QStringLiteral("size"), a.size},
                                       {QStringLiteral("md5"), a.md5},
                                       {QStringLiteral("sha1"), a.sha1},
                                       {QStringLiteral("sha256"), a.sha256},
                                       {QStringLiteral("ssdeep"), a.ssdeep},
                                       {QStringLiteral("mime"), a.mimeType},
                                       {QStringLiteral("true_type"), a.trueType},
                                       {QStringLiteral("true_mime"), a.trueMime},
                                       {QStringLiteral("inline"), a.isInline}});
    }
    QJsonArray urls, domains, ips, emails;
    for (const IndicatorRecord &indicator : s.indicators) {
        if (indicator.kind == QLatin1String("url"))
            urls.append(indicator.value);
        else if (indicator.kind == QLatin1String("domain"))
            domains.append(indicator.value);
        else if (indicator.kind == QLatin1String("ip"))
            ips.append(indicator.value);
        else if (indicator.kind == QLatin1String("email"))
            emails.append(indicator.value);
    }
    QJsonArray notes;
    for (const ParseNote &note : s.notes)
        notes.append(QJsonObject{{QStringLiteral("severity"), severityName(note.severity)}, {QStringLiteral("code"), note.code}, {QStringLiteral("text"), note.text}});
    return QJsonObject{
        {QStringLiteral("sha256"), QString::fromLatin1(s.sha256)},
        {QStringLiteral("format"), s.format},
        {QStringLiteral("source"), s.source},
        {QStringLiteral("size"), s.size},
        {QStringLiteral("carrier_sha256"), s.carrierSha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(s.carrierSha256))},
        {QStringLiteral("subject"), s.subject},
        {QStringLiteral("from"), addressJson(s.from)},
        {QStringLiteral("sender"), s.senderAddress},
        {QStringLiteral("return_path"), s.returnPath},
        {QStringLiteral("reply_to"), addressesJson(s.replyTo)},
        {QStringLiteral("to"), addressesJson(s.to)},
        {QStringLiteral("cc"), addressesJson(s.cc)},
        {QStringLiteral("date_utc"), timeJson(s.dateUtc)},
        {QStringLiteral("date_offset_minutes"), s.dateOffsetSeconds / 60},
        {QStringLiteral("arrival_utc"), timeJson(s.arrivalUtc)},
        {QStringLiteral("message_id"), s.messageId},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("urls"), urls},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("ips"), ips},
        {QStringLiteral("emails"), emails},
        {QStringLiteral("parse_notes"), notes},
        {QStringLiteral("reporting_org"), s.reportingOrg},
        {QStringLiteral("industry"), s.industry},
        {QStringLiteral("verdict"), s.verdict},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("notes"), s.analystNotes},
    };
}

} // namespace shoal::cli
