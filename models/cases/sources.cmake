target_sources(shoal-models PRIVATE
    cases/casesettings.h
    cases/casesettings.cpp
    cases/caselocations.h
    cases/caselocations.cpp
)
