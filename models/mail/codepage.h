#pragma once

#include <QByteArray>

namespace shoal::codepage {

/// A charset label charset::decode() understands for a Windows code page (932 -> "cp932",
/// 1251 -> "windows-1251", 20866 -> "koi8-r"...); empty when unknown.
QByteArray charsetName(int codepage);

/// The ANSI code page Windows uses for a locale id (LCID), e.g. 1041 (ja-JP) -> 932; 0 unknown.
int forLocale(int lcid);

/// The code page of an RTF \fcharsetN (a Windows GDI charset), e.g. 128 -> 932; 0 unknown.
int forRtfCharset(int fcharset);

} // namespace shoal::codepage
