#!/usr/bin/env python3
"""Writes the safe view's fixtures, byte-exact: a hostile HTML mail that reaches for the network
in every way a page can (every URL names http://127.0.0.1:__PORT__, which the tests replace with
their loopback server's port), and a normal Japanese HTML newsletter with an inline image.
Run from this folder: python3 make_fixtures.py"""
import base64
import struct
import zlib

P = "http://127.0.0.1:__PORT__"


def png(width, height, pixel):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def wrap64(data):
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


HOSTILE_HTML = f"""<!DOCTYPE html>
<html manifest="{P}/manifest">
<head>
<meta http-equiv="refresh" content="1;url={P}/refresh">
<base href="{P}/base/">
<link rel="stylesheet" href="{P}/link-stylesheet.css">
<link rel="prefetch" href="{P}/link-prefetch">
<link rel="preload" as="image" href="{P}/link-preload.png">
<link rel="dns-prefetch" href="{P}/">
<link rel="preconnect" href="{P}/">
<link rel="icon" href="{P}/favicon.ico">
<style>
@import url("{P}/import.css");
@import '{P}/import2.css';
@font-face {{ font-family: evil; src: url({P}/font.woff); }}
body {{ background: url({P}/css-background.png); font-family: evil, sans-serif; }}
.esc {{ background-image: \\75 rl({P}/css-escaped.png); }}
.set {{ background-image: image-set("{P}/css-image-set.png" 1x); }}
.var {{ --x: url({P}/css-var.png); border-image: var(--x) 30; }}
</style>
<script src="{P}/script.js"></script>
<script>new Image().src = '{P}/inline-script'; fetch('{P}/fetch'); document.title = 'SCRIPT-RAN';</script>
</head>
<body background="{P}/body-background.jpg" onload="fetch('{P}/onload')">
<h1>Hostile sample HOSTILE-MARKER</h1>
<p>Dear customer, verify your account at <a href="{P}/phish" ping="{P}/ping">https://www.paypal.com/signin</a>.</p>
<img src="{P}/img.png" alt="remote">
<img src="relative.png" onerror="fetch('{P}/onerror')">
<img srcset="{P}/srcset.png 1x, {P}/srcset2.png 2x">
<picture><source srcset="{P}/picture.webp" type="image/webp"><img src="{P}/picture.png"></picture>
<img src="cid:logo@hostile.example" alt="inline logo">
<div class="esc set var" style="background:url({P}/style-attr.png);width:60px;height:20px">styled</div>
<div onmouseover="fetch('{P}/mouseover')">hover</div>
<a href="javascript:fetch('{P}/js-href')">js link</a>
<iframe src="{P}/iframe.html"></iframe>
<iframe srcdoc="&lt;img src='{P}/srcdoc.png'&gt;"></iframe>
<iframe src="data:text/html,&lt;img src='{P}/data-iframe.png'&gt;"></iframe>
<object data="{P}/object.swf"></object>
<embed src="{P}/embed.swf">
<applet code="Evil.class" codebase="{P}/applet/"></applet>
<video poster="{P}/poster.jpg" src="{P}/video.mp4" autoplay><source src="{P}/video-source.webm"><track src="{P}/track.vtt"></video>
<audio src="{P}/audio.mp3" autoplay></audio>
<svg width="10" height="10"><image href="{P}/svg-image.png" width="10" height="10"/><script>fetch('{P}/svg-script')</script></svg>
<form action="{P}/form" method="post"><input type="password" name="p"><input type="image" src="{P}/input-image.png"><button formaction="{P}/formaction">Sign in</button></form>
<table background="{P}/table-background.jpg"><tr><td background="{P}/td-background.jpg">cell</td></tr></table>
<v:image src="{P}/vml.png" style="width:10px;height:10px"></v:image>
<portal src="{P}/portal"></portal>
<bgsound src="{P}/bgsound.mid">
<noscript><img src="{P}/noscript.gif"></noscript>
<img src="//127.0.0.1:__PORT__/protocol-relative.png">
<a href="{P}/click" style="display:block;width:100%;height:300px;background:#eeeeee" id="big">CLICK-TARGET</a>
</body></html>
"""

LOGO = png(120, 40, lambda x, y: (30 + x, 90 + y * 2, 200 - x // 2))


def hostile():
    html = HOSTILE_HTML.replace("\n", "\r\n")
    return ("From: \"PayPal Security\" <security@paypa1.example>\r\n"
            "To: victim@example.com\r\n"
            "Subject: Account verification required\r\n"
            "Date: Mon, 3 Mar 2025 09:00:00 +0900\r\n"
            "Message-ID: <hostile-1@paypa1.example>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related; boundary=\"b1\"\r\n"
            "\r\n"
            "--b1\r\n"
            "Content-Type: text/html; charset=us-ascii\r\n"
            "Content-Transfer-Encoding: 7bit\r\n"
            "\r\n" + html + "\r\n"
            "--b1\r\n"
            "Content-Type: image/png\r\n"
            "Content-Transfer-Encoding: base64\r\n"
            "Content-ID: <logo@hostile.example>\r\n"
            "Content-Disposition: inline; filename=\"logo.png\"\r\n"
            "\r\n" + wrap64(LOGO) + "\r\n"
            "--b1--\r\n").encode("ascii")


JAPANESE_HTML = """<html><head><style>
body { font-family: sans-serif; color: #222; }
h1 { color: #0b5394; font-size: 22px; border-bottom: 2px solid #0b5394; }
td.box { background: #f3f6fb; padding: 8px; }
</style></head><body>
<table width="640" cellpadding="6"><tr><td><img src="cid:banner@example.co.jp" alt="ロゴ"></td></tr>
<tr><td><h1>【重要】ご利用料金のお知らせ</h1>
<p>いつも弊社サービスをご利用いただき、誠にありがとうございます。</p>
<p>2025年3月分のご利用料金が確定しました。下記の内容をご確認ください。</p>
<table border="1" cellspacing="0" cellpadding="4"><tr><th>項目</th><th>金額</th></tr>
<tr><td>基本料金</td><td align="right">1,980円</td></tr><tr><td>通話料</td><td align="right">352円</td></tr>
<tr><td><b>合計</b></td><td align="right"><b>2,332円</b></td></tr></table>
<p class="box">詳細は <a href="https://www.example.co.jp/mypage">https://www.example.co.jp/mypage</a> からご確認いただけます。</p>
<p>お支払い方法の変更は<a href="https://example-co-jp.evil.example/login">www.example.co.jp</a>へ。</p>
<p><img src="https://tracker.example.net/open.gif?id=123" width="1" height="1" alt="">株式会社サンプル通信　カスタマーセンター</p>
</td></tr></table></body></html>
"""

BANNER = png(200, 48, lambda x, y: (11, 83 + y, 148 + x // 4) if y > 8 else (255, 204, 0))


def encoded_word(text):
    return b"=?ISO-2022-JP?B?" + base64.b64encode(text.encode("iso2022_jp")) + b"?="


def japanese():
    html = JAPANESE_HTML.replace("\n", "\r\n").encode("iso2022_jp")
    return (b"From: " + encoded_word("サンプル通信") + b" <info@example.co.jp>\r\n"
            b"To: customer@example.com\r\n"
            b"Subject: " + encoded_word("【重要】ご利用料金のお知らせ") + b"\r\n"
            b"Date: Tue, 4 Mar 2025 10:00:00 +0900\r\n"
            b"Message-ID: <newsletter-1@example.co.jp>\r\n"
            b"MIME-Version: 1.0\r\n"
            b"Content-Type: multipart/related; boundary=\"j1\"\r\n"
            b"\r\n"
            b"--j1\r\n"
            b"Content-Type: text/html; charset=ISO-2022-JP\r\n"
            b"Content-Transfer-Encoding: 7bit\r\n"
            b"\r\n" + html + b"\r\n"
            b"--j1\r\n"
            b"Content-Type: image/png\r\n"
            b"Content-Transfer-Encoding: base64\r\n"
            b"Content-ID: <banner@example.co.jp>\r\n"
            b"\r\n" + wrap64(BANNER).encode() + b"\r\n"
            b"--j1--\r\n")


if __name__ == "__main__":
    with open("hostile-everything.eml", "wb") as f:
        f.write(hostile())
    with open("../safeview/japanese-newsletter.eml", "wb") as f:
        f.write(japanese())
