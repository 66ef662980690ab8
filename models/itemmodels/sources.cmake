target_sources(shoal-models PRIVATE
    itemmodels/itemroles.h
    itemmodels/displaytext.h
    itemmodels/displaytext.cpp
    itemmodels/sampletablemodel.h
    itemmodels/sampletablemodel.cpp
    itemmodels/navigatormodel.h
    itemmodels/navigatormodel.cpp
    itemmodels/importproblemsmodel.h
    itemmodels/importproblemsmodel.cpp
)
