target_sources(shoal-models PRIVATE
    mail/charset.h
    mail/charset.cpp
    mail/headerdecoding.h
    mail/headerdecoding_p.h
    mail/headerbytes.cpp
    mail/headerdecoding.cpp
    mail/headerparameters.cpp
    mail/iso2022jp.h
    mail/iso2022jp.cpp
    mail/message.h
    mail/message.cpp
    mail/parsenote.h
    mail/parsenote.cpp
)
