target_sources(shoal-views PRIVATE
    settings/settingsdialog.h
    settings/settingsdialog.cpp
)
