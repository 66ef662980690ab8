#pragma once

#include "store/sqlite.h"

namespace shoal::store {

/// The schema version this build writes. A case file carries its version in PRAGMA user_version.
int currentSchemaVersion();

/*!
 * \brief Brings a case database to the current schema, one migration at a time, each in its own
 * transaction. A file from a newer Shoal is refused rather than changed.
 */
bool migrate(sql::Database &db, QString *error);

} // namespace shoal::store
