# Every third-party library Shoal uses, found once here. Debian 13 package names in
# packaging/debian13-packages.txt.
find_package(PkgConfig REQUIRED)

set(SHOAL_QT_CORE_COMPONENTS Core Gui Concurrent)
if(NOT SHOAL_CORE_ONLY)
    list(APPEND SHOAL_QT_COMPONENTS Widgets WebEngineCore WebEngineWidgets Charts Svg SvgWidgets
         PrintSupport Pdf PdfWidgets LinguistTools)
endif()
find_package(Qt6 6.8 REQUIRED COMPONENTS ${SHOAL_QT_CORE_COMPONENTS} ${SHOAL_QT_COMPONENTS} Test)
qt_standard_project_setup(REQUIRES 6.8)

pkg_check_modules(VMIME REQUIRED IMPORTED_TARGET vmime)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)

if(NOT SHOAL_CORE_ONLY)
    find_package(KF6SyntaxHighlighting REQUIRED)
endif()

pkg_check_modules(OLECF REQUIRED IMPORTED_TARGET libolecf)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(MAGIC REQUIRED IMPORTED_TARGET libmagic)
pkg_check_modules(PSL REQUIRED IMPORTED_TARGET libpsl)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(ARCHIVE REQUIRED IMPORTED_TARGET libarchive)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)
# libfuzzy (ssdeep) ships no pkg-config file.
find_path(FUZZY_INCLUDE_DIR fuzzy.h REQUIRED)
find_library(FUZZY_LIBRARY fuzzy REQUIRED)
add_library(Shoal::Fuzzy UNKNOWN IMPORTED)
set_target_properties(Shoal::Fuzzy PROPERTIES IMPORTED_LOCATION ${FUZZY_LIBRARY} INTERFACE_INCLUDE_DIRECTORIES ${FUZZY_INCLUDE_DIR})
