#pragma once

#include "findings/caseprofile.h"
#include "findings/finding.h"

#include <QByteArray>
#include <QList>

namespace shoal {

struct Message;

/*!
 * \brief Runs every findings rule over one sample: sender and Reply-To checks, look-alike
 * domains, free mail, impersonated people and brands, tracking beacons, deceptive links,
 * dangerous attachments and Date/Received disagreement.
 *
 * `raw` is the message's bytes as received (empty for samples that have none, e.g. .msg);
 * `profile` names what the case protects. Returns the findings most severe first (rules keep
 * their registration order within one severity). Cheap enough to run at import and again when the
 * inspector opens a sample: the HTML is parsed once and bounded, and attachments are only looked
 * at, never unpacked.
 */
QList<Finding> runFindings(const Message &message, const QByteArray &raw, const CaseProfile &profile);

/// The id of every finding the rules can produce, in registration order.
QStringList findingIds();

} // namespace shoal
