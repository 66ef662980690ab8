target_sources(shoal-models PRIVATE
    util/digest.h
    util/digest.cpp
    util/version.h
    util/version.cpp
)
