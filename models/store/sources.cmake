target_sources(shoal-models PRIVATE
    store/casestore.h
    store/casestore_p.h
    store/casestore.cpp
    store/casestore_insert.cpp
    store/casestore_metadata.cpp
    store/casestore_query.cpp
    store/filtersql.h
    store/filtersql.cpp
    store/casestore_read.cpp
    store/ftstext.h
    store/ftstext.cpp
    store/samplerecord.h
    store/schema.h
    store/schema.cpp
    store/sqlite.h
    store/sqlite.cpp
)
