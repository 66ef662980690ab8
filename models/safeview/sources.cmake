target_sources(shoal-models PRIVATE
    safeview/boundedparse.h
    safeview/boundedparse.cpp
    safeview/csssanitizer.h
    safeview/csssanitizer.cpp
    safeview/elementpolicy.h
    safeview/elementpolicy.cpp
    safeview/htmlsanitizer.h
    safeview/htmlsanitizer.cpp
    safeview/linkcheck.h
    safeview/linkcheck.cpp
    safeview/markupguard.h
    safeview/markupguard.cpp
    safeview/safeurls.h
    safeview/safeurls.cpp
    safeview/sanitizingwriter.h
    safeview/sanitizingwriter.cpp
)
