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
    mail/codepage.h
    mail/codepage.cpp
    mail/compressedrtf.h
    mail/compressedrtf.cpp
    mail/mimewriter.h
    mail/mimewriter.cpp
    mail/msgheaders.h
    mail/msgheaders.cpp
    mail/msgproperties.h
    mail/msgproperties.cpp
    mail/msgreader.h
    mail/msgreader.cpp
    mail/olecompound.h
    mail/olecompound.cpp
    mail/rtftext.h
    mail/rtftext.cpp
)
# libolecf.h includes libbfio.h, which Debian's libolecf-dev does not depend on: ask for libbfio-dev.
pkg_check_modules(BFIO REQUIRED libbfio)
