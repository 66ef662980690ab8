// Rule: the Date header is far from the time the first server received the message. Spam tools
// forge or randomise Date; a wrong client clock or zone does it too, hence only low.
#include "findings/ruleinput_p.h"

namespace shoal::findings {

void ruleDateMismatch(RuleInput &input, QList<Finding> &out)
{
    const ReceivedPath &path = input.path();
    if (!path.dateMismatch || !path.dateSkewSeconds)
        return;
    const ReceivedHop &hop = path.hops.at(path.dateReferenceHop);
    out.append(makeFinding("date-far-from-received", Severity::Low,
        QT_TRANSLATE_NOOP("Findings", "The Date header is far from when the mail was first received"),
        { QStringLiteral("Date: %1").arg(input.message.dateUtc.toString(Qt::ISODate)),
            QStringLiteral("first Received (hop %1): %2").arg(path.dateReferenceHop + 1).arg(hop.time.toString(Qt::ISODate)),
            QStringLiteral("Date minus Received: %1").arg(formatDuration(*path.dateSkewSeconds)) }));
}

} // namespace shoal::findings
