#!/usr/bin/env python3
"""Import speed and memory: Shoal against mu and notmuch on the same messages, in one run.

The phishing_pot corpus is replicated into a Maildir of N messages, each copy made unique (a
header with its number, a Message-ID of its own, since notmuch merges equal Message-IDs). Then,
on those same files: reading them (cat), Python's email package (parse only), `mu index`,
`notmuch new` and `shoal-cli import` (FTS and indicators on). Each tool's wall time and peak RSS
(GNU time) are printed with messages/s and the ratios against Shoal. Shoal is also run on the
first tenth of the messages, to show that the cost per message does not grow with the case.

Targets (issue: ingest): >= 1.5x mu's messages/s, peak RSS < 250 MB, no slowdown 5k -> 50k.
"""
import argparse
import email
import email.policy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def corpus_dir():
    env = os.environ.get("SHOAL_CORPUS")
    path = env if env else os.path.join(REPO, "..", "shared", "corpus")
    return os.path.join(path, "phishing_pot")


MESSAGE_ID = re.compile(rb"^message-id:[^\n]*\n(?:[ \t][^\n]*\n)*", re.IGNORECASE | re.MULTILINE)


def build_maildir(root, count):
    sources = sorted(os.path.join(corpus_dir(), name) for name in os.listdir(corpus_dir()) if name.endswith(".eml"))
    blobs = []
    for path in sources:
        with open(path, "rb") as handle:
            data = handle.read()
        if data.strip():
            blobs.append(data)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    for i in range(count):
        data = MESSAGE_ID.sub(b"", blobs[i % len(blobs)], count=1)
        newline = b"\r\n" if b"\r\n" in data[:2000] else b"\n"
        header = b"X-Shoal-Bench-Copy: %d" % i + newline + b"Message-ID: <bench-%d@shoal.invalid>" % i + newline
        with open(os.path.join(root, "cur", "%08d.bench:2,S" % i), "wb") as handle:
            handle.write(header + data)


def timed(command, env=None):
    """Runs a command under GNU time; returns (seconds, peak RSS in MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        start = time.monotonic()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name] + command,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        # shoal-cli exits 3 when some inputs failed and the rest were imported.
        if done.returncode not in (0, 3):
            sys.exit(f"{command[0]} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
        seconds = time.monotonic() - start
        peak_kb = int(out.read().strip().splitlines()[-1])
    return seconds, peak_kb / 1024.0


def python_parse(files):
    start = time.monotonic()
    for path in files:
        with open(path, "rb") as handle:
            message = email.message_from_binary_file(handle, policy=email.policy.default)
        _ = message["subject"]
        for part in message.walk():
            part.get_payload(decode=True)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=50000)
    parser.add_argument("--work", default="/tmp/shoal-import-bench")
    parser.add_argument("--shoal-cli", default=os.path.join(REPO, "build", "bin", "shoal-cli"))
    args = parser.parse_args()
    if not os.path.isdir(corpus_dir()):
        print("skipped: no corpus (set SHOAL_CORPUS)")
        return 0
    n = args.messages
    shutil.rmtree(args.work, ignore_errors=True)
    maildir = os.path.join(args.work, "maildir")
    small = os.path.join(args.work, "small")
    print(f"building a Maildir of {n} unique messages from phishing_pot ...", flush=True)
    build_maildir(maildir, n)
    build_maildir(small, n // 10)
    files = sorted(os.path.join(maildir, "cur", f) for f in os.listdir(os.path.join(maildir, "cur")))

    rows = []
    seconds, rss = timed(["sh", "-c", f"cat {maildir}/cur/* > /dev/null"])
    rows.append(("cat (read the files)", seconds, rss))

    sample = files[: min(len(files), 5000)]
    py_seconds = python_parse(sample) * len(files) / len(sample)
    rows.append(("python3 email (parse only, extrapolated)", py_seconds, float("nan")))

    mu_home = os.path.join(args.work, "mu")
    subprocess.run(["mu", "init", f"--muhome={mu_home}", f"--maildir={maildir}"], check=True, stdout=subprocess.DEVNULL)
    rows.append(("mu index",) + timed(["mu", "index", f"--muhome={mu_home}", "--quiet"]))

    config = os.path.join(args.work, "notmuch-config")
    with open(config, "w") as handle:
        handle.write(f"[database]\npath={maildir}\n[new]\ntags=new\n[user]\nname=bench\nprimary_email=bench@example.org\n")
    env = dict(os.environ, NOTMUCH_CONFIG=config)
    rows.append(("notmuch new",) + timed(["notmuch", "new", "--quiet"], env=env))

    small_case = os.path.join(args.work, "small.shoal")
    small_seconds, _ = timed([args.shoal_cli, "import", "--quiet", "--db", small_case, small])
    case = os.path.join(args.work, "bench.shoal")
    shoal_seconds, shoal_rss = timed([args.shoal_cli, "import", "--quiet", "--db", case, maildir])
    rows.append(("shoal-cli import (FTS + indicators)", shoal_seconds, shoal_rss))

    print(f"\n{n} messages, {os.cpu_count()} cores\n")
    print(f"{'tool':44} {'seconds':>8} {'msgs/s':>9} {'peak RSS MB':>12} {'time / Shoal time':>18}")
    for name, seconds, rss in rows:
        rate = n / seconds
        ratio = seconds / shoal_seconds
        print(f"{name:44} {seconds:8.1f} {rate:9.0f} {rss:12.0f} {ratio:18.2f}")
    mu_seconds = next(s for name, s, _ in rows if name == "mu index")
    small_rate = (n // 10) / small_seconds
    big_rate = n / shoal_seconds
    print()
    print(f"shoal vs mu: {mu_seconds / shoal_seconds:.2f}x messages/s (target >= 1.5x)")
    print(f"shoal peak RSS: {shoal_rss:.0f} MB (target < 250 MB)")
    print(f"shoal msgs/s at {n // 10}: {small_rate:.0f}, at {n}: {big_rate:.0f} (ratio {big_rate / small_rate:.2f}; target: no slowdown)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
