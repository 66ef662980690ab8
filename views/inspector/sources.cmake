target_sources(shoal-views PRIVATE
    inspector/inspectorwidget.h
    inspector/inspectorwidget.cpp
    inspector/metadataeditor.h
    inspector/metadataeditor.cpp
    inspector/metadatafields.h
    inspector/metadatafields.cpp
    inspector/overviewpane.h
    inspector/overviewpane.cpp
)
