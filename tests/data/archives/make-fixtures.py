#!/usr/bin/env python3
"""Regenerates the archive fixtures of inputwalker_test (run from this folder).

Needs python3, `zip` (Info-ZIP, for ZipCrypto) and `bsdtar` (libarchive-tools, for AES zip and
7z); inside the Debian 13 root: packaging/dev run -- apt-get install -y zip libarchive-tools.
Dates are fixed so that the zip and tar files come out the same on every run.
"""
import gzip
import io
import os
import subprocess
import tarfile
import tempfile
import zipfile

DATE = (2024, 4, 1, 9, 30, 0)


def mail(tag):
    return (f"From: sender@example.com\r\nTo: analyst@example.org\r\nSubject: {tag}\r\n"
            f"Message-ID: <{tag.replace(' ', '-')}@example.com>\r\n\r\nBody of {tag}.\r\n").encode()


def mbox(*tags):
    return b"".join(b"From sender@example.com Mon Apr  1 09:30:00 2024\n" + mail(t).replace(b"\r\n", b"\n") + b"\n"
                    for t in tags)


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, DATE), data, compress_type=zipfile.ZIP_DEFLATED)


def zip_bytes(entries):
    buffer = io.BytesIO()
    write_zip(buffer, entries)
    return buffer.getvalue()


class Cp932Name(zipfile.ZipInfo):
    """A name stored as CP932 without the UTF-8 flag, as Japanese Windows' zip folders do."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("cp932"), self.flag_bits & ~0x800


def tool_zip(path, password, entries):
    """An encrypted zip written by an outside tool from files in a scratch folder."""
    with tempfile.TemporaryDirectory() as scratch:
        for name, data in entries:
            with open(os.path.join(scratch, name), "wb") as handle:
                handle.write(data)
            os.utime(os.path.join(scratch, name), (1711963800, 1711963800))
        target = os.path.abspath(path)
        if os.path.exists(target):
            os.remove(target)
        names = [name for name, _ in entries]
        if password is None:  # AES-256, bsdtar
            subprocess.run(["bsdtar", "--format", "zip", "--options", "zip:encryption=aes256", "--passphrase", "infected",
                            "-cf", target] + names, cwd=scratch, check=True)
        else:  # ZipCrypto, Info-ZIP
            subprocess.run(["zip", "-q", "-X", "-P", password, target] + names, cwd=scratch, check=True)


def main():
    write_zip("plain.zip", [("a.eml", mail("plain a")), ("dir/b.msg", mail("plain b")), ("notes.txt", b"Todo: call back\n"),
                            ("fake.eml", b"\x89PNG\r\n\x1a\n" + bytes(64)), ("box.mbox", mbox("box one", "box two"))])
    tool_zip("infected.zip", "infected", [("infected.eml", mail("zipcrypto"))])
    tool_zip("aes-infected.zip", None, [("aes.eml", mail("aes"))])
    tool_zip("unknown-password.zip", "not-in-the-list", [("locked.eml", mail("locked"))])
    write_zip("nested.zip", [("inner.zip", zip_bytes([("c.eml", mail("nested c"))])), ("d.eml", mail("nested d"))])

    # 1 GiB of zeros behind a mail header: deflate shrinks it about 1000 times.
    with zipfile.ZipFile("bomb.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        info = zipfile.ZipInfo("bomb.eml", DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as entry:
            entry.write(mail("bomb"))
            block = bytes(1 << 20)
            for _ in range(1024):
                entry.write(block)

    # 42.zip in small: 16 copies per level, six levels; the bottom holds 4 MiB of zeros.
    level = zip_bytes([("bottom.eml", mail("deep") + bytes(4 << 20))])
    for depth in range(5, 0, -1):
        level = zip_bytes([(f"level{depth}-{copy:02}.zip", level) for copy in range(16)])
    with open("nested-bomb.zip", "wb") as handle:
        handle.write(level)

    with open("plain.zip", "rb") as handle:
        whole = handle.read()
    with open("truncated.zip", "wb") as handle:
        handle.write(whole[: len(whole) * 3 // 5])

    write_zip("notes-only.zip", [("notes.txt", b"Todo: call back\n")])
    write_zip("letter.docx", [("[Content_Types].xml", b"<?xml version=\"1.0\"?><Types/>"), ("word/document.xml", b"<w:document/>")])
    write_zip("japanese-names.zip", [("請求書.eml", mail("utf-8 name"))])
    with zipfile.ZipFile("cp932-names.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(Cp932Name("見積書.eml", DATE), mail("cp932 name"))

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in [("tar/a.eml", mail("tar a")), ("tar/box.mbox", mbox("tar box one", "tar box two"))]:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1711963800
            archive.addfile(info, io.BytesIO(data))
    with open("mail.tar.gz", "wb") as handle:
        handle.write(gzip.compress(buffer.getvalue(), mtime=0))
    with open("single.eml.gz", "wb") as handle:
        handle.write(gzip.compress(mail("gzip single"), mtime=0))
    # A stream states no size: only counting while reading finds the 20 MiB.
    with open("big.eml.gz", "wb") as handle:
        handle.write(gzip.compress(mail("gzip big") + bytes(20 << 20), compresslevel=9, mtime=0))

    with tempfile.TemporaryDirectory() as scratch:
        for name in ("first.eml", "second.eml"):
            with open(os.path.join(scratch, name), "wb") as handle:
                handle.write(mail("7z " + name[:-4]))
            os.utime(os.path.join(scratch, name), (1711963800, 1711963800))
        if os.path.exists("sample.7z"):
            os.remove("sample.7z")
        subprocess.run(["bsdtar", "--format", "7zip", "-cf", os.path.abspath("sample.7z"), "first.eml", "second.eml"], cwd=scratch,
                       check=True)


if __name__ == "__main__":
    main()
