#include "mail/codepage.h"

namespace shoal::codepage {

QByteArray charsetName(int codepage)
{
    switch (codepage) {
    case 932:
        return "cp932";
    case 936:
    case 54936:
        return "gb18030";
    case 949:
    case 51949:
        return "cp949";
    case 950:
        return "big5";
    case 874:
        return "windows-874";
    case 20127:
        return "us-ascii";
    case 20866:
        return "koi8-r";
    case 21866:
        return "koi8-u";
    case 20932:
    case 51932:
        return "euc-jp";
    case 50220:
    case 50221:
    case 50222:
        return "iso-2022-jp";
    case 65001:
        return "utf-8";
    case 437:
        return "ibm437";
    case 850:
        return "ibm850";
    case 866:
        return "ibm866";
    case 10000:
        return "macintosh";
    default:
        break;
    }
    if (codepage >= 1250 && codepage <= 1258)
        return QByteArray("windows-").append(QByteArray::number(codepage));
    if (codepage >= 28591 && codepage <= 28606)
        return QByteArray("iso-8859-").append(QByteArray::number(codepage - 28590));
    return {};
}

int forLocale(int lcid)
{
    switch (lcid & 0x3FF) {
    case 0x11:
        return 932;
    case 0x04: // Chinese: Taiwan, Hong Kong and Macao write Big5, the mainland and Singapore GBK.
        return (lcid == 0x0404 || lcid == 0x0C04 || lcid == 0x1404) ? 950 : 936;
    case 0x12:
        return 949;
    case 0x02:
    case 0x19:
    case 0x22:
    case 0x23:
    case 0x2F:
        return 1251;
    case 0x05:
    case 0x0E:
    case 0x15:
    case 0x18:
    case 0x1B:
    case 0x24:
    case 0x1C:
        return 1250;
    case 0x08:
        return 1253;
    case 0x1F:
        return 1254;
    case 0x0D:
        return 1255;
    case 0x01:
    case 0x20:
    case 0x29:
        return 1256;
    case 0x25:
    case 0x26:
    case 0x27:
        return 1257;
    case 0x2A:
        return 1258;
    case 0x1E:
        return 874;
    case 0x03:
    case 0x06:
    case 0x07:
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0F:
    case 0x10:
    case 0x13:
    case 0x14:
    case 0x16:
    case 0x1D:
    case 0x21:
    case 0x2D:
    case 0x3E:
    case 0x56:
        return 1252;
    default:
        return 0;
    }
}

int forRtfCharset(int fcharset)
{
    switch (fcharset) {
    case 0:
        return 1252;
    case 77:
        return 10000;
    case 128:
        return 932;
    case 129:
        return 949;
    case 134:
        return 936;
    case 136:
        return 950;
    case 161:
        return 1253;
    case 162:
        return 1254;
    case 163:
        return 1258;
    case 177:
        return 1255;
    case 178:
        return 1256;
    case 186:
        return 1257;
    case 204:
        return 1251;
    case 222:
        return 874;
    case 238:
        return 1250;
    case 254:
        return 437;
    default:
        return 0;
    }
}

} // namespace shoal::codepage
