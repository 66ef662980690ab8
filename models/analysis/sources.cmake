target_sources(shoal-models PRIVATE
    analysis/attachmentfacts.h
    analysis/attachmentfacts.cpp
    analysis/defang.cpp
    analysis/defang_p.h
    analysis/hostnames.h
    analysis/hostnames.cpp
    analysis/htmllinks.h
    analysis/htmllinks.cpp
    analysis/indicators.h
    analysis/indicators.cpp
    analysis/indicatorsink.h
    analysis/indicatorsink.cpp
    analysis/textscanner.h
    analysis/textscanner.cpp
)
