#include "findings/attachmentinspect_p.h"

#include <QtEndian>

namespace shoal::findings {
namespace {

quint16 le16(QByteArrayView data, qsizetype at)
{
    return at + 2 <= data.size() ? qFromLittleEndian<quint16>(data.data() + at) : 0;
}

quint32 le32(QByteArrayView data, qsizetype at)
{
    return at + 4 <= data.size() ? qFromLittleEndian<quint32>(data.data() + at) : 0;
}

QString entryName(QByteArrayView bytes, quint16 flags)
{
    // Bit 11: the name is UTF-8; otherwise CP437, of which the ASCII part is what matters here.
    return (flags & 0x0800) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

bool localHeaderEncrypted(QByteArrayView data, quint32 offset)
{
    return data.mid(offset, 4) == QByteArrayView("PK\x03\x04", 4) && (le16(data, qsizetype(offset) + 6) & 1);
}

// Walks the local headers from the start: for archives whose end record is missing (cut off) or
// which are zip64. Stops at the first entry whose size is deferred to a data descriptor.
QList<ZipEntryInfo> listLocalHeaders(QByteArrayView data)
{
    QList<ZipEntryInfo> entries;
    qsizetype at = 0;
    while (entries.size() < maxZipEntries && data.mid(at, 4) == QByteArrayView("PK\x03\x04", 4)) {
        const quint16 flags = le16(data, at + 6);
        const quint32 compressed = le32(data, at + 18);
        const quint16 nameLength = le16(data, at + 26);
        const quint16 extraLength = le16(data, at + 28);
        entries.append({ entryName(data.mid(at + 30, nameLength), flags), bool(flags & 1) });
        if ((flags & 0x0008) || compressed == 0xFFFFFFFF)
            break;
        at += 30 + qsizetype(nameLength) + extraLength + qsizetype(compressed);
    }
    return entries;
}

} // namespace

QList<ZipEntryInfo> listZip(QByteArrayView data)
{
    if (!data.startsWith(QByteArrayView("PK\x03\x04", 4)) && !data.startsWith(QByteArrayView("PK\x05\x06", 4)))
        return {};
    // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
    const qsizetype searchFrom = std::max<qsizetype>(0, data.size() - 22 - 65535);
    const qsizetype end = data.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (end < searchFrom || end + 22 > data.size())
        return listLocalHeaders(data);
    const quint16 count = le16(data, end + 10);
    const quint32 directory = le32(data, end + 16);
    if (directory == 0xFFFFFFFF || qsizetype(directory) >= data.size())
        return listLocalHeaders(data);

    QList<ZipEntryInfo> entries;
    qsizetype at = directory;
    for (int i = 0; i < count && i < maxZipEntries && data.mid(at, 4) == QByteArrayView("PK\x01\x02", 4); ++i) {
        const quint16 flags = le16(data, at + 8);
        const quint16 nameLength = le16(data, at + 28);
        const quint16 extraLength = le16(data, at + 30);
        const quint16 commentLength = le16(data, at + 32);
        const quint32 local = le32(data, at + 42);
        entries.append({ entryName(data.mid(at + 46, nameLength), flags), (flags & 1) || localHeaderEncrypted(data, local) });
        at += 46 + qsizetype(nameLength) + extraLength + commentLength;
    }
    return entries.isEmpty() ? listLocalHeaders(data) : entries;
}

bool isOleFile(QByteArrayView data)
{
    return data.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

bool oleHasVbaProject(QByteArrayView data)
{
    if (!isOleFile(data))
        return false;
    // Directory entry names are UTF-16LE.
    static const QByteArray vbaProject = QByteArray("_\0V\0B\0A\0_\0P\0R\0O\0J\0E\0C\0T\0", 24);
    if (data.indexOf(vbaProject) >= 0)
        return true;
    // A storage named "VBA": a 128-byte directory entry (entries start at multiples of 128 in
    // every sector size) whose name length field (offset 64) says 8 bytes: "VBA" and the NUL.
    static const QByteArray vba = QByteArray("V\0B\0A\0\0\0", 8);
    for (qsizetype at = data.indexOf(vba); at >= 0; at = data.indexOf(vba, at + 1)) {
        if (at % 128 == 0 && le16(data, at + 64) == 8)
            return true;
    }
    return false;
}

QString executableByMagic(QByteArrayView data)
{
    if (data.startsWith("MZ") && data.size() >= 64) {
        // A real PE points at its "PE\0\0" header; an old DOS program still counts.
        const quint32 pe = le32(data, 0x3C);
        const bool portable = qint64(pe) + 4 <= data.size() && data.mid(pe, 4) == QByteArrayView("PE\0\0", 4);
        return portable ? QStringLiteral("PE executable") : QStringLiteral("DOS/PE executable");
    }
    if (data.startsWith("\x7F"
                        "ELF"))
        return QStringLiteral("ELF executable");
    static const char *const machO[] = { "\xFE\xED\xFA\xCE", "\xFE\xED\xFA\xCF", "\xCE\xFA\xED\xFE", "\xCF\xFA\xED\xFE" };
    for (const char *magic : machO) {
        if (data.startsWith(QByteArrayView(magic, 4)))
            return QStringLiteral("Mach-O executable");
    }
    return {};
}

QString containerByMagic(QByteArrayView data)
{
    // ISO 9660 volume descriptors start at sector 16 (0x8000); "CD001" follows the type byte.
    for (qsizetype at : { 0x8001, 0x8801, 0x9001 }) {
        if (data.mid(at, 5) == QByteArrayView("CD001"))
            return QStringLiteral("ISO 9660 image");
    }
    if (data.startsWith("vhdxfile"))
        return QStringLiteral("VHDX image");
    if (data.startsWith("conectix") || (data.size() >= 512 && data.mid(data.size() - 512, 8) == QByteArrayView("conectix")))
        return QStringLiteral("VHD image");
    // Shell link: header size 0x4C, then CLSID 00021401-0000-0000-C000-000000000046.
    if (data.startsWith(QByteArrayView("\x4C\0\0\0\x01\x14\x02\0\0\0\0\0\xC0\0\0\0\0\0\0\x46", 20)))
        return QStringLiteral("Windows shortcut (LNK)");
    return {};
}

QString lastExtension(QStringView fileName)
{
    while (!fileName.isEmpty() && (fileName.back().isSpace() || fileName.back() == QLatin1Char('.')))
        fileName.chop(1);
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const qsizetype slash = std::max(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    if (dot < 0 || dot < slash)
        return {};
    return fileName.mid(dot + 1).trimmed().toString().toLower();
}

bool isExecutableExtension(QStringView extension)
{
    static constexpr const char *executables[] = {
        "exe",
        "scr",
        "com",
        "pif",
        "bat",
        "cmd",
        "vbs",
        "vbe",
        "js",
        "jse",
        "wsf",
        "wsh",
        "hta",
        "msi",
        "msp",
        "cpl",
        "jar",
        "ps1",
        "psm1",
        "reg",
        "dll",
        "chm",
        "scf",
        "xll",
        "appx",
        "msix",
        "application",
        "gadget",
        "inf",
    };
    for (const char *known : executables) {
        if (extension == QLatin1StringView(known))
            return true;
    }
    return false;
}

} // namespace shoal::findings
