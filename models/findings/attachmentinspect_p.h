#pragma once

// Internal to models/findings: looking at attachment bytes without unpacking anything.

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace shoal::findings {

struct ZipEntryInfo {
    QString name;
    bool encrypted = false; ///< general-purpose flag bit 0 (central or local header)
};

/// The names in a zip archive's central directory (or, when that is missing or damaged, in
/// the local headers read from the front). At most maxZipEntries entries. Empty for non-zips.
QList<ZipEntryInfo> listZip(QByteArrayView data);
inline constexpr int maxZipEntries = 5000;

/// True for an OLE compound file (legacy .doc/.xls/.ppt, .msg).
bool isOleFile(QByteArrayView data);

/// True when an OLE compound file holds a VBA project: a "_VBA_PROJECT" stream or a "VBA"
/// storage among its directory entries.
bool oleHasVbaProject(QByteArrayView data);

/// "PE executable", "ELF executable", "Mach-O executable" when the bytes are one; else empty.
QString executableByMagic(QByteArrayView data);

/// "ISO 9660 image", "VHDX image", "VHD image", "Windows shortcut (LNK)" by content; else empty.
QString containerByMagic(QByteArrayView data);

/// The last extension of a file name, lower case, without the dot ("pdf" for "a.PDF  "); empty
/// when there is none. Trailing dots and spaces (which Windows drops) are ignored.
QString lastExtension(QStringView fileName);

/// Extensions that run code when opened on Windows (exe, scr, js, hta...); shortcuts (lnk) are
/// containerByMagic()'s.
bool isExecutableExtension(QStringView extension);

} // namespace shoal::findings
