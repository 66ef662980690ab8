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
