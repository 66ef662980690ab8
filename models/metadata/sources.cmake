target_sources(shoal-models PRIVATE
    metadata/vocabulary.h
    metadata/vocabulary.cpp
)
