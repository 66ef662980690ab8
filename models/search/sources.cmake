target_sources(shoal-models PRIVATE
    search/queryparser.h
    search/queryparser.cpp
    search/samplefilter.h
)
