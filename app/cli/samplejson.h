#pragma once

#include "store/casestore.h"

#include <QJsonObject>

namespace shoal::cli {

/// A stored sample as the JSON object `shoal-cli samples --format jsonl` prints per line.
QJsonObject sampleToJson(const SampleDetails &sample);

} // namespace shoal::cli
