target_sources(shoal-views PRIVATE
    i18n/language.h
    i18n/language.cpp
)
