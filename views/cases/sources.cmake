target_sources(shoal-views PRIVATE
    cases/caseprofiledialog.h
    cases/caseprofiledialog.cpp
)
