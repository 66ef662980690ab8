target_sources(shoal-models PRIVATE
    ingest/archivereader.h
    ingest/archivereader.cpp
    ingest/filetree.h
    ingest/filetree.cpp
    ingest/formatsniffer.h
    ingest/formatsniffer.cpp
    ingest/inputitem.h
    ingest/inputwalker.h
    ingest/inputwalker.cpp
    ingest/mboxsplitter.h
    ingest/mboxsplitter.cpp
    ingest/samplebuilder.h
    ingest/samplebuilder.cpp
    ingest/walksession.h
    ingest/walksession.cpp
)
