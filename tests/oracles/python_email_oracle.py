#!/usr/bin/env python3
"""Python's email package as an independent oracle for Shoal's .eml parser.

Reads every *.eml in the folder given on the command line (sorted by name) with
email.policy.default and prints one JSON object per line:

    {"file": ..., "subject": ..., "from": ..., "date": ..., "attachments": [...]}

- subject: str(msg['subject']) as policy.default decodes it ("" when absent).
  Raw 8-bit header bytes, which Python keeps as lone surrogates, are read as UTF-8 (RFC 6532)
  in every text field.
- from: addr_spec of the sender in the first From header: the first address that has a domain,
  "" when none has. Phishing often puts a decoy before the real mailbox ("Microsoft account
  team ,_<no-reply@example.com>", a display name cut off by a stray comma), and Shoal shows the
  mailbox with the address; "from_first" is plainly the first address, for comparison. Both are
  "" when absent or when Python's own header parser gives up ("error" then says why).
  "from_defective" is true when Python found the From header broken (a defect other than
  obsolete syntax): there the address depends on how a reader repairs it.
- date: the first Date header through email.utils.parsedate_to_datetime, as UTC ISO 8601
  ("2024-09-17T17:03:59Z"); a date without a zone (or "-0000") is read as UTC, as Shoal does;
  null when absent or unreadable.
- attachments: the filenames (get_filename(), "" when none) of the parts Shoal calls
  attachments, in document order: leaf parts that have disposition "attachment" or a filename,
  or whose type is not text/plain or text/html. Shoal does not descend into message/rfc822 (the
  carried message becomes a sample of its own), so neither does this walk.

Only the standard library is used, so that the oracle runs wherever python3 does.
"""

import email
import email.errors as errors
import email.policy
import email.utils
import json
import os
import sys
from datetime import timezone

TEXT_BODY_TYPES = ("text/plain", "text/html")


def text(value):
    """Python keeps raw 8-bit header bytes as lone surrogates (surrogateescape); read them as
    UTF-8 (RFC 6532), as the mail clients and Shoal do, so that only real differences remain."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def first_raw(msg, name):
    """The first header of that name as it stood (unfolded), or None."""
    for key, value in msg.raw_items():
        if key.lower() == name:
            return "".join(str(value).splitlines())
    return None


def subject_of(msg):
    try:
        value = msg["subject"]
    except Exception as e:  # the header registry failed on this value
        return "", "subject: %s" % e
    return ("" if value is None else text(str(value))), None


def from_of(msg):
    """(sender, first, defective): the addr_spec of the first address that has a domain ("" when
    none has: Python renders a display name cut off its address as a domain-less addr_spec,
    which is no address); plainly the first address's addr_spec, for comparison; and whether
    Python found the header broken (defects other than obsolete syntax)."""
    try:
        header = msg["from"]
        if header is None:
            return "", "", False, None
        defective = any(not isinstance(d, errors.ObsoleteHeaderDefect) for d in header.defects)
        addresses = header.addresses
        if not addresses:
            return "", "", defective, None
        first = text(addresses[0].addr_spec)
        for address in addresses:
            if address.domain:
                return text(address.addr_spec), first, defective, None
        return "", first, defective, None
    except Exception as e:
        return "", "", True, "from: %s" % e


def date_of(msg):
    raw = first_raw(msg, "date")
    if raw is None:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except Exception:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError):
        return None


def leaves(part):
    """Leaf parts in document order; message/rfc822 counts as a leaf."""
    ctype = part.get_content_type()
    if part.is_multipart() and not ctype.startswith("message/"):
        for child in part.get_payload():
            yield from leaves(child)
    else:
        yield part


def attachments_of(msg):
    names = []
    for leaf in leaves(msg):
        try:
            ctype = leaf.get_content_type()
            disposition = leaf.get_content_disposition()
            filename = leaf.get_filename() or ""
        except Exception:
            ctype, disposition, filename = "application/octet-stream", None, ""
        if disposition == "attachment" or filename or ctype not in TEXT_BODY_TYPES:
            names.append(text(filename))
    return names


def describe(path):
    with open(path, "rb") as handle:
        msg = email.message_from_binary_file(handle, policy=email.policy.default)
    subject, subject_error = subject_of(msg)
    sender, first, defective, from_error = from_of(msg)
    result = {
        "file": os.path.basename(path),
        "subject": subject,
        "from": sender,
        "from_first": first,
        "from_defective": defective,
        "date": date_of(msg),
        "attachments": attachments_of(msg),
    }
    errors = [e for e in (subject_error, from_error) if e]
    if errors:
        result["error"] = "; ".join(errors)
    return result


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python_email_oracle.py FOLDER\n")
        return 2
    folder = sys.argv[1]
    out = sys.stdout
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".eml"):
            continue
        try:
            line = describe(os.path.join(folder, name))
        except Exception as e:  # keep going: one broken sample must not hide the others
            line = {"file": name, "fatal": str(e)}
        out.write(json.dumps(line, ensure_ascii=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
