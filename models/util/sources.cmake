target_sources(shoal-models PRIVATE
    util/version.h
    util/version.cpp
)
