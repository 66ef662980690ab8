#!/usr/bin/env python3
"""Writes the Japanese fixture messages of this folder and their *.expected.json.

Each NAME.eml has a NAME.expected.json with the exact text a parser must produce:
  subject, from_name, from_address  - decoded header values
  body_text_start                   - the first 200 characters of the decoded text/plain body,
                                      line ends as "\\n"
  attachments                       - decoded attachment filenames, in part order
  about                             - what the fixture tests (not an expected value)

The messages use CRLF line ends. Run from anywhere: python3 make_fixtures.py
The bytes of the CP50220 extensions (half-width katakana in ISO-2022-JP, NEC row 13 such as
① and ㈱) are written by hand below, since Python's iso2022_jp codec refuses them.
"""

import base64
import json
import os
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))


def cp50220(text):
    """ISO-2022-JP as Windows writes it (code page 50220): JIS X 0208 including the NEC row 13
    (via the row/cell of the CP932 bytes), half-width katakana as JIS X 0201 (ESC ( I)."""
    out = bytearray()
    mode = "ascii"

    def switch(new, escape):
        nonlocal mode
        if mode != new:
            out.extend(escape)
            mode = new

    for ch in text:
        code = ord(ch)
        if code < 0x80:
            switch("ascii", b"\x1b(B")
            out.append(code)
        elif 0xFF61 <= code <= 0xFF9F:
            switch("kana", b"\x1b(I")
            out.append(code - 0xFF61 + 0x21)
        else:
            s1, s2 = ch.encode("cp932")
            row = (s1 - 0x81 if s1 <= 0x9F else s1 - 0xC1) * 2 + 1
            if s2 >= 0x9F:
                row += 1
                cell = s2 - 0x9E
            else:
                cell = s2 - 0x3F if s2 <= 0x7E else s2 - 0x40
            switch("jis", b"\x1b$B")
            out.extend(bytes([row + 0x20, cell + 0x20]))
    switch("ascii", b"\x1b(B")
    return bytes(out)


def eucjp(text):
    """EUC-JP with the NEC row 13 of CP51932 (① is 0xADA1), which Python's euc_jp refuses."""
    out = bytearray()
    for ch in text:
        sjis = ch.encode("cp932")
        if len(sjis) == 2 and sjis[0] == 0x87:
            jis = cp50220(ch)[3:5]
            out.extend(bytes([jis[0] | 0x80, jis[1] | 0x80]))
        else:
            out.extend(ch.encode("euc_jp"))
    return bytes(out)


def word(charset, data):
    return b"=?" + charset.encode() + b"?B?" + base64.b64encode(data) + b"?="


def crlf(text):
    return text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def percent(data):
    return urllib.parse.quote(data, safe="").encode()


def write(name, message, expected):
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(message)
    expected = dict(expected)
    expected["body_text_start"] = expected["body_text_start"][:200]
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def headers(*lines):
    return b"".join(line + b"\r\n" for line in lines) + b"\r\n"


COMMON = [
    b"To: tanaka@example.co.jp",
    b"Date: Tue, 01 Oct 2024 09:30:00 +0900",
    b"MIME-Version: 1.0",
]


def single_part(name, about, subject, from_name, address, body, content_type, cte, encode_body, encode_header,
                subject_field=None, from_field=None):
    """A one-part text/plain message; `encode_header` writes the Subject and the From name unless
    `subject_field` / `from_field` give their raw bytes."""
    message = headers(
        b"From: " + (from_field or encode_header(from_name)) + b" <" + address.encode() + b">",
        *COMMON,
        b"Subject: " + (subject_field or encode_header(subject)),
        b"Message-ID: <" + name.encode() + b"@example.jp>",
        b"Content-Type: " + content_type,
        b"Content-Transfer-Encoding: " + cte,
    ) + crlf(encode_body(body))
    write(name, message, {
        "about": about, "subject": subject, "from_name": from_name, "from_address": address,
        "body_text_start": body, "attachments": [],
    })


def jis_word(text):
    return word("ISO-2022-JP", cp50220(text))


def sjis_word(text):
    return word("Shift_JIS", text.encode("cp932"))


def to_cp932(text):
    return text.encode("cp932")


def iso2022jp_cp50220():
    single_part(
        "iso2022jp-cp50220",
        "ISO-2022-JP with CP50220 extensions (half-width katakana ESC ( I, NEC row 13: ① ㈱) in subject, name and body",
        "【ｾｰﾙ】①㈱テスト商事からのお知らせ", "㈱テスト商事 ｻﾎﾟｰﾄ", "support@test-shoji.example.jp",
        "テスト商事㈱ ｶｽﾀﾏｰｾﾝﾀｰです。\n①ご請求書を添付いたします。\n②お支払い期限は１０月３１日です。\n",
        b"text/plain; charset=ISO-2022-JP", b"7bit", cp50220, jis_word)


def iso2022jp_no_charset():
    single_part(
        "iso2022jp-no-charset",
        "ISO-2022-JP body with no charset parameter: recognised by its escape sequences (and noted)",
        "パスワードの有効期限のお知らせ", "システム管理者", "admin@example.net",
        "お使いのアカウントのパスワードは本日で期限切れとなります。\n下記より更新してください。\nhttp://login.example.net/renew\n",
        b"text/plain", b"7bit", cp50220, jis_word)


def shiftjis_cp932():
    single_part(
        "shiftjis-cp932",
        "Shift_JIS read as CP932: ① (0x8740), ㈱ (0x878A) and ～ (0x8160 is U+FF5E FULLWIDTH TILDE, not U+301C)",
        "①受付時間変更のご案内（9:00～18:00）", "サポート窓口", "info@sample.example.jp",
        "いつもご利用ありがとうございます。\n①受付時間：平日 9:00～18:00\n②お問い合わせ番号：１２３４５\n～～～～～～～～\n㈱サンプル\n",
        b"text/plain; charset=Shift_JIS", b"8bit", to_cp932, sjis_word)


def euc_jp():
    single_part(
        "eucjp",
        "EUC-JP body (with CP51932's ① 0xADA1) and =?EUC-JP?B? subject and name",
        "日本語の件名①", "山田太郎", "yamada@example.org",
        "このメールはEUC-JPで書かれています。\n①半角カナはありません。\n以上です。\n",
        b"text/plain; charset=EUC-JP", b"8bit", eucjp, lambda text: word("EUC-JP", eucjp(text)))


def split_subject():
    subject = "【重要】お客様のアカウントが一時停止されました"
    name = "カスタマーサポート"
    sbytes = subject.encode("utf-8")
    nbytes = cp50220(name)
    # UTF-8 cut inside the 4th character (bytes 10/11); ISO-2022-JP cut inside a character and
    # the escape state (the second word carries JIS bytes with no escape of its own).
    single_part(
        "split-subject",
        "subject split mid-character across UTF-8 words, from name split inside the ISO-2022-JP escape state",
        subject, name, "support@example.com",
        "いつもご利用いただきありがとうございます。\nアカウントの確認をお願いします。\n",
        b"text/plain; charset=UTF-8", b"base64", lambda text: base64.encodebytes(text.encode("utf-8")), None,
        subject_field=word("UTF-8", sbytes[:10]) + b"\r\n " + word("UTF-8", sbytes[10:40]) + b"\r\n\t" + word("UTF-8", sbytes[40:]),
        from_field=word("ISO-2022-JP", nbytes[:8]) + b"\r\n " + word("ISO-2022-JP", nbytes[8:]))


def wrong_charset():
    single_part(
        "wrong-charset",
        "body labelled iso-8859-1 that is Shift_JIS: decoded as CP932 (guessed, and noted)",
        "ご注文の確認", "通販ショップ", "order@shop.example.jp",
        "ご注文ありがとうございます、商品は明日発送いたします。\n配送状況はマイページでご確認いただけます。\n今後ともよろしくお願いいたします。\n",
        b"text/plain; charset=iso-8859-1", b"8bit", to_cp932, jis_word)


def raw_sjis_headers():
    single_part(
        "raw-sjis-headers",
        "unencoded Shift_JIS in Subject and in a quoted display name (as Japanese spam sends them): read as the body's charset, noted",
        "【重要】アカウント確認のお願い", "セキュリティ担当", "security@example.com",
        "お客様のアカウントで不審なログインがありました。\n確認をお願いします。\n",
        b"text/plain; charset=Shift_JIS", b"8bit", to_cp932, to_cp932, from_field=b'"' + to_cp932("セキュリティ担当") + b'"')


def attachment(headers_, data):
    return b"".join(h + b"\r\n" for h in headers_) + b"Content-Transfer-Encoding: base64\r\n\r\n" + crlf(base64.encodebytes(data))


def rfc2231_filenames():
    subject = "書類送付のご案内"
    name = "経理部"
    body = "請求書と見積書を添付いたします。\nご確認ください。\n"
    files = ["請求書.pdf", "見積書①.xlsx", "納品書ｺﾋﾟｰ.zip", "契約書.docx"]
    jis = percent(cp50220(files[0]))
    sjis = files[1].encode("cp932")
    sjis_cut = 5  # inside the third character
    euc = eucjp(files[3])
    parts = [
        crlf(b"Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n") + crlf(cp50220(body)),
        attachment([b"Content-Type: application/pdf",
                    b"Content-Disposition: attachment;\r\n filename*=ISO-2022-JP''" + jis], b"%PDF-1.4\n%fake\n"),
        attachment([b"Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    b"Content-Disposition: attachment;\r\n filename*0*=Shift_JIS'ja'" + percent(sjis[:sjis_cut]) + b";\r\n filename*1*="
                    + percent(sjis[sjis_cut:])], b"PK\x03\x04fake"),
        attachment([b"Content-Type: application/zip;\r\n name=\"" + jis_word(files[2]) + b"\"",
                    b"Content-Disposition: attachment;\r\n filename=\"" + jis_word(files[2]) + b"\""], b"PK\x03\x04zip"),
        attachment([b"Content-Type: application/octet-stream",
                    b"Content-Disposition: attachment;\r\n filename*1*=" + percent(euc[4:]) + b";\r\n filename*0*=euc-jp''" + percent(euc[:4])],
                   b"PK\x03\x04docx"),
    ]
    boundary = b"----=_Part_2231_jp"
    message = headers(
        b"From: " + jis_word(name) + b" <keiri@example.co.jp>",
        *COMMON,
        b"Subject: " + jis_word(subject),
        b"Message-ID: <rfc2231-filenames@example.jp>",
        b"Content-Type: multipart/mixed; boundary=\"" + boundary + b"\"",
    ) + b"".join(b"--" + boundary + b"\r\n" + part + b"\r\n" for part in parts) + b"--" + boundary + b"--\r\n"
    write("rfc2231-filenames", message, {
        "about": "RFC 2231 filenames in ISO-2022-JP, Shift_JIS (continuations cut mid-character) and EUC-JP (sections out of order), "
                 "and an RFC 2047 word in a quoted filename with half-width katakana",
        "subject": subject, "from_name": name, "from_address": "keiri@example.co.jp",
        "body_text_start": body, "attachments": files,
    })


if __name__ == "__main__":
    iso2022jp_cp50220()
    iso2022jp_no_charset()
    shiftjis_cp932()
    euc_jp()
    split_subject()
    rfc2231_filenames()
    wrong_charset()
    raw_sjis_headers()
