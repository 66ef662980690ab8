#pragma once

// The comparisons of peersuites_test: Shoal's parse of a message against another parser's
// expected result, as a list of checks with the disagreements among them.

#include "mail/message.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace shoal::test {

/// A disagreement: where (e.g. "part 1.2 bytes", "part 2/subject"), and both values on one line.
struct Difference {
    QString where;
    QString ours;
    QString theirs;
};

/// The checks made on one file: counts per aspect ("subject", "structure"...), and the
/// disagreements.
struct Report {
    QMap<QString, int> checks;
    QMap<QString, int> agreeing;
    QList<Difference> differences;

    void check(const QString &aspect, const QString &where, const QString &ours, const QString &theirs);
};

/// stalwartlabs/mail-parser's NNN.json: subject, From, To, the part tree, text and html bodies,
/// binary contents and leaf filenames, nested messages too.
void compareStalwart(const Message &m, const QJsonObject &expected, Report &report);

/// apache/james-mime4j's X_decoded.xml, whose decoded bodies lie in `folder`: header field
/// names, the part tree and every leaf's decoded bytes. False (with `error`) when the XML is bad.
bool compareMime4j(const Message &m, const QByteArray &decodedXml, const QString &folder, Report &report, QString *error);

/// Backslash, line ends, tabs and other control or format characters escaped, cut after 100.
QString oneLine(const QString &text);

} // namespace shoal::test
