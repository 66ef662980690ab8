target_sources(shoal-views PRIVATE
    safeview/lockedprofile.h
    safeview/lockedprofile.cpp
    safeview/safemailview.h
    safeview/safemailview.cpp
    safeview/safepage.h
    safeview/safepage.cpp
    safeview/saferenderer.h
    safeview/saferenderer.cpp
)
