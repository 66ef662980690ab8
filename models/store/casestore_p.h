#pragma once

#include "store/casestore.h"
#include "store/sqlite.h"

namespace shoal {

// The connection and the statements the import reuses for every sample.
struct CaseStore::Private {
    QString path;
    sql::Database db;
    bool inBatch = false;

    sql::Statement findSample;
    sql::Statement insertSample;
    sql::Statement insertRaw;
    sql::Statement insertBodies;
    sql::Statement insertHeader;
    sql::Statement insertAddress;
    sql::Statement insertReceived;
    sql::Statement insertPart;
    sql::Statement insertAttachment;
    sql::Statement insertIndicator;
    sql::Statement insertNote;
    sql::Statement insertSource;
    sql::Statement insertFts;

    bool prepareImportStatements();
    qint64 now() const;
};


} // namespace shoal
