#include "peertrees.h"

#include "mail/charset.h"
#include "mail/mimeparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QXmlStreamReader>

#include <memory>

namespace shoal::test {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString oneLineImpl(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (out.size() >= 100)
            return out + QStringLiteral("...");
        const QChar c = text[i];
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.isSurrogate()
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString bytesSummary(const QByteArray &bytes)
{
    return QStringLiteral("%1 bytes sha1 %2")
        .arg(bytes.size())
        .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(12)));
}

QString withLf(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

QString mailbox(const QString &name, const QString &address)
{
    const QString folded = name.simplified();
    const QString angle = QLatin1Char('<') + address.trimmed() + QLatin1Char('>');
    return folded.isEmpty() ? angle : folded + QLatin1Char(' ') + angle;
}

QList<int> childrenOf(const Message &m, int index)
{
    QList<int> out;
    for (int i = index + 1; i < m.parts.size(); ++i) {
        if (m.parts[i].parent == index)
            out.append(i);
    }
    return out;
}

const Attachment *attachmentOf(const Message &m, int index)
{
    for (const Attachment &attachment : m.attachments) {
        if (attachment.partIndex == index)
            return &attachment;
    }
    return nullptr;
}

QString shoalShape(const Message &m, int index)
{
    if (index < 0 || index >= m.parts.size())
        return QStringLiteral("missing");
    const QList<int> children = childrenOf(m, index);
    if (!children.isEmpty())
        return QStringLiteral("multipart of %1").arg(children.size());
    const QString &type = m.parts[index].contentType;
    return type == QLatin1String("message/rfc822") || type == QLatin1String("message/global") ? QStringLiteral("message")
                                                                                              : QStringLiteral("leaf");
}

/// Shoal's text and html bodies are the decoded text of its body leaves in document order, each
/// after a '\n' when some text came before; the peer's pieces are gathered and joined alike.
struct Bodies {
    QString plain;
    QString html;

    void add(const Message &m, int index, const QString &text)
    {
        QString &target = m.parts[index].contentType == QLatin1String("text/html") ? html : plain;
        if (!target.isEmpty())
            target.append(QLatin1Char('\n'));
        target.append(text);
    }
    void compare(const Message &m, const QString &path, Report &report, bool normaliseLf) const
    {
        const auto prepare = [&](const QString &text) { return normaliseLf ? withLf(text) : text; };
        report.check(QStringLiteral("bodies"), path + QStringLiteral("text body"), prepare(m.textBody), prepare(plain));
        report.check(QStringLiteral("bodies"), path + QStringLiteral("html body"), prepare(m.htmlBody), prepare(html));
    }
};

QString partPath(const QString &path, const QString &at)
{
    return path + QStringLiteral("part ") + (at.isEmpty() ? QStringLiteral("root") : at);
}

QString childAt(const QString &at, int i)
{
    return at.isEmpty() ? QString::number(i + 1) : at + QLatin1Char('.') + QString::number(i + 1);
}

// --- stalwartlabs/mail-parser -------------------------------------------------------------

QJsonObject stalwartHeader(const QJsonArray &headers, const char *name)
{
    for (const QJsonValue &header : headers) {
        if (header[QLatin1String("name")].toString() == QLatin1String(name))
            return header[QLatin1String("value")].toObject();
    }
    return {};
}

QString stalwartAttribute(const QJsonObject &value, const char *name)
{
    for (const QJsonValue &attribute : value[QLatin1String("ContentType")][QLatin1String("attributes")].toArray()) {
        if (attribute[QLatin1String("name")].toString().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return attribute[QLatin1String("value")].toString();
    }
    return {};
}

QStringList stalwartAddresses(const QJsonObject &value)
{
    QJsonArray list = value[QLatin1String("Address")][QLatin1String("List")].toArray();
    for (const QJsonValue &group : value[QLatin1String("Address")][QLatin1String("Group")].toArray()) {
        for (const QJsonValue &address : group[QLatin1String("addresses")].toArray())
            list.append(address);
    }
    QStringList out;
    for (const QJsonValue &address : list)
        out.append(mailbox(address[QLatin1String("name")].toString(), address[QLatin1String("address")].toString()));
    return out;
}

QByteArray jsonBytes(const QJsonArray &array)
{
    QByteArray out;
    out.reserve(array.size());
    for (const QJsonValue &byte : array)
        out.append(char(byte.toInt()));
    return out;
}

void compareStalwartMessage(const Message &m, const QJsonObject &json, const QString &path, Report &report);

void compareStalwartPart(const Message &m, int index, const QJsonArray &parts, int peerIndex, const QString &path, const QString &at,
    Report &report, Bodies &bodies)
{
    const QJsonObject part = parts[peerIndex].toObject();
    const QJsonObject body = part[QLatin1String("body")].toObject();
    const QString kind = body.isEmpty() ? QString() : body.keys().constFirst();
    const QString where = partPath(path, at);
    if (kind == QLatin1String("Multipart")) {
        const QJsonArray children = body[kind].toArray();
        report.check(QStringLiteral("structure"), where, shoalShape(m, index), QStringLiteral("multipart of %1").arg(children.size()));
        const QList<int> ours = childrenOf(m, index);
        for (int i = 0; i < children.size() && i < ours.size(); ++i)
            compareStalwartPart(m, ours[i], parts, children[i].toInt(), path, childAt(at, i), report, bodies);
        return;
    }
    const bool isMessage = kind == QLatin1String("Message");
    report.check(QStringLiteral("structure"), where, shoalShape(m, index), isMessage ? QStringLiteral("message") : QStringLiteral("leaf"));
    if (shoalShape(m, index) == QLatin1String("missing") || !childrenOf(m, index).isEmpty())
        return;
    const QJsonArray headers = part[QLatin1String("headers")].toArray();
    QString filename = stalwartAttribute(stalwartHeader(headers, "content_disposition"), "filename");
    if (filename.isEmpty())
        filename = stalwartAttribute(stalwartHeader(headers, "content_type"), "name");
    report.check(QStringLiteral("filenames"), where + QStringLiteral(" filename"), m.parts[index].filename, filename);

    const Attachment *attachment = attachmentOf(m, index);
    const QByteArray charset = m.parts[index].charset.toLatin1();
    if (isMessage) {
        if (attachment)
            compareStalwartMessage(mime::parseMessage(attachment->data), body[kind].toObject(), where + QLatin1Char('/'), report);
        return;
    }
    if (kind == QLatin1String("Text") || kind == QLatin1String("Html")) {
        const QString text = body[kind].toString();
        if (attachment)
            report.check(QStringLiteral("contents"), where + QStringLiteral(" text"),
                withLf(charset::decode(attachment->data, charset).text), withLf(text));
        else
            bodies.add(m, index, text);
        return;
    }
    const QByteArray bytes = jsonBytes(body[kind].toArray());
    if (attachment)
        report.check(QStringLiteral("contents"), where + QStringLiteral(" bytes"), bytesSummary(attachment->data), bytesSummary(bytes));
    else
        bodies.add(m, index, charset::decode(bytes, charset).text);
}

void compareStalwartMessage(const Message &m, const QJsonObject &json, const QString &path, Report &report)
{
    const QJsonArray parts = json[QLatin1String("parts")].toArray();
    const QJsonArray headers = parts[0][QLatin1String("headers")].toArray();
    report.check(QStringLiteral("subject"), path + QStringLiteral("subject"), m.subject.simplified(),
        stalwartHeader(headers, "subject")[QLatin1String("Text")].toString().simplified());
    const QStringList from = stalwartAddresses(stalwartHeader(headers, "from"));
    report.check(QStringLiteral("from"), path + QStringLiteral("from"),
        m.from == MailAddress() ? QString() : mailbox(m.from.name, m.from.address), from.value(0));
    QStringList to;
    for (const MailAddress &address : m.to)
        to.append(mailbox(address.name, address.address));
    report.check(QStringLiteral("to"), path + QStringLiteral("to"), to.join(QStringLiteral(", ")),
        stalwartAddresses(stalwartHeader(headers, "to")).join(QStringLiteral(", ")));
    Bodies bodies;
    compareStalwartPart(m, 0, parts, 0, path, QString(), report, bodies);
    bodies.compare(m, path, report, true);
}

// --- apache/james-mime4j ------------------------------------------------------------------

/// An entity of X_decoded.xml: a message or a body part, with its header and its body.
struct Entity {
    QStringList fieldNames;
    enum class Body { Multipart, Message, Text, Binary } body = Body::Text;
    QList<std::shared_ptr<Entity>> children; ///< body parts, or the one carried message
    QString file; ///< the decoded body's file, for Text and Binary
};

// Reads the entity whose start element (message or body-part) was just read, up to its end.
std::shared_ptr<Entity> readEntity(QXmlStreamReader &xml)
{
    auto entity = std::make_shared<Entity>();
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("header")) {
            while (xml.readNextStartElement())
                entity->fieldNames.append(xml.readElementText().trimmed().section(QLatin1Char(':'), 0, 0).trimmed());
        } else if (name == QLatin1String("multipart")) {
            entity->body = Entity::Body::Multipart;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("body-part"))
                    entity->children.append(readEntity(xml));
                else
                    xml.skipCurrentElement(); // preamble, epilogue
            }
        } else if (name == QLatin1String("message")) {
            entity->body = Entity::Body::Message;
            entity->children.append(readEntity(xml));
        } else {
            entity->body = name == QLatin1String("binary-body") ? Entity::Body::Binary : Entity::Body::Text;
            entity->file = xml.attributes().value(QLatin1String("name")).toString();
            xml.skipCurrentElement();
        }
    }
    return entity;
}

void compareMime4jMessage(const Message &m, const Entity &entity, const QString &folder, const QString &path, Report &report);

void compareMime4jPart(const Message &m, int index, const Entity &entity, const QString &folder, const QString &path, const QString &at,
    Report &report, Bodies &bodies)
{
    const QString where = partPath(path, at);
    if (entity.body == Entity::Body::Multipart) {
        report.check(
            QStringLiteral("structure"), where, shoalShape(m, index), QStringLiteral("multipart of %1").arg(entity.children.size()));
        const QList<int> ours = childrenOf(m, index);
        for (int i = 0; i < entity.children.size() && i < ours.size(); ++i)
            compareMime4jPart(m, ours[i], *entity.children[i], folder, path, childAt(at, i), report, bodies);
        return;
    }
    const bool isMessage = entity.body == Entity::Body::Message;
    report.check(QStringLiteral("structure"), where, shoalShape(m, index), isMessage ? QStringLiteral("message") : QStringLiteral("leaf"));
    if (shoalShape(m, index) == QLatin1String("missing") || !childrenOf(m, index).isEmpty())
        return;
    const Attachment *attachment = attachmentOf(m, index);
    if (isMessage) {
        if (attachment)
            compareMime4jMessage(
                mime::parseMessage(attachment->data), *entity.children.constFirst(), folder, where + QLatin1Char('/'), report);
        return;
    }
    const QByteArray bytes = readFile(QDir(folder).filePath(entity.file));
    report.check(QStringLiteral("contents"), where + QStringLiteral(" decoded size"), QString::number(m.parts[index].decodedSize),
        QString::number(bytes.size()));
    if (attachment)
        report.check(QStringLiteral("contents"), where + QStringLiteral(" bytes"), bytesSummary(attachment->data), bytesSummary(bytes));
    else
        bodies.add(m, index, charset::decode(bytes, m.parts[index].charset.toLatin1()).text);
}

void compareMime4jMessage(const Message &m, const Entity &entity, const QString &folder, const QString &path, Report &report)
{
    QStringList names;
    for (const HeaderField &field : m.headers)
        names.append(field.name);
    report.check(QStringLiteral("header fields"), path + QStringLiteral("header fields"), names.join(QStringLiteral(", ")),
        entity.fieldNames.join(QStringLiteral(", ")));
    Bodies bodies;
    compareMime4jPart(m, 0, entity, folder, path, QString(), report, bodies);
    bodies.compare(m, path, report, false);
}

} // namespace

QString oneLine(const QString &text)
{
    return oneLineImpl(text);
}

void Report::check(const QString &aspect, const QString &where, const QString &ours, const QString &theirs)
{
    ++checks[aspect];
    if (ours == theirs)
        ++agreeing[aspect];
    else
        differences.append({ where, oneLine(ours), oneLine(theirs) });
}

void compareStalwart(const Message &m, const QJsonObject &expected, Report &report)
{
    compareStalwartMessage(m, expected, QString(), report);
}

bool compareMime4j(const Message &m, const QByteArray &decodedXml, const QString &folder, Report &report, QString *error)
{
    QXmlStreamReader xml(decodedXml);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("message")) {
        *error = QStringLiteral("no <message> element");
        return false;
    }
    const std::shared_ptr<Entity> expected = readEntity(xml);
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    compareMime4jMessage(m, *expected, folder, QString(), report);
    return true;
}

} // namespace shoal::test
