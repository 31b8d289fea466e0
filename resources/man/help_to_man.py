#!/usr/bin/env python3
"""Writes a man page (roff) from a program's own --help and --version, so the page says exactly
what the program says. The build runs it on the built programs (resources/CMakeLists.txt).

usage: help_to_man.py PROGRAM NAME SUMMARY OUT.1[.gz] [SEE_ALSO...] -- HELP_ARGS...
  e.g. help_to_man.py build/app/samtidig-cli samtidig-cli "run ... headless" out.1 samtidig -- --lang en --help

The help text is read as blocks separated by blank lines. A line at the left edge ending in ':'
("Options:") or starting "Usage:" opens a section named after it; indented lines belong to the
section; other lines at the left edge are the description. Sections keep their layout (.nf).
"""
import gzip
import os
import re
import subprocess
import sys


def run(program, args):
    env = dict(os.environ, LANG="C.UTF-8", LANGUAGE="", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([program] + args, capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0:
        sys.exit(f"help_to_man: '{program} {' '.join(args)}' exited with {done.returncode}: {done.stderr}")
    return done.stdout


def roff(text):
    """Escapes text for roff: backslashes, dashes of options, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def parse(help_text):
    """Returns (description lines, [(section title, body lines)]) in the help's order."""
    description, sections, current = [], [], None
    for line in help_text.splitlines():
        usage = re.match(r"^Usage:\s*(.*)$", line)
        if usage:
            current = ("SYNOPSIS", [usage.group(1)] if usage.group(1) else [])
            sections.append(current)
        elif re.match(r"^\S.*:$", line):
            current = (line[:-1].upper(), [])
            sections.append(current)
        elif not line.strip():
            if current and current[1] and current[1][-1] != "":
                current[1].append("")
        elif line[0].isspace() and current:
            current[1].append(line.rstrip())
        else:
            description.append(line.strip())
    return description, [(title, dedent(trim(body))) for title, body in sections]


def trim(lines):
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def dedent(lines):
    """Removes the indentation all lines of a section share (the help indents its tables)."""
    indents = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
    cut = min(indents, default=0)
    return [l[cut:] for l in lines]


def main():
    if "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    program, name, summary, out, *see_also = sys.argv[1:split]
    help_args = sys.argv[split + 1:]
    # Usage lines name the program as it was started (a build path): a man page names it plainly.
    description, sections = parse(run(program, help_args).replace(program, name))
    version = run(program, ["--version"]).split()[-1]
    if not any(title == "SYNOPSIS" for title, _ in sections) or not description:
        sys.exit(f"help_to_man: the help of {name} has no 'Usage:' line or no description")
    if not any(body for title, body in sections if "OPTIONS" in title):
        sys.exit(f"help_to_man: the help of {name} lists no options")

    page = [f'.TH {name.upper()} 1 "" "Samtidig {version}" "User Commands"',
            ".SH NAME", f"{roff(name)} \\- {roff(summary)}"]
    for title, body in sections:
        if title == "SYNOPSIS":
            page += [".SH SYNOPSIS", ".nf"] + [roff(l) for l in body] + [".fi"]
            page += [".SH DESCRIPTION"] + [roff(l) for l in description]
    for title, body in sections:
        if title != "SYNOPSIS" and body:
            page += [f".SH {roff(title)}", ".nf"] + [roff(l) if l else "" for l in body] + [".fi"]
    if see_also:
        page += [".SH SEE ALSO", ", ".join(f"\\fB{roff(s)}\\fR(1)" for s in see_also)]
    data = ("\n".join(page) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    if out.endswith(".gz"):  # as Debian ships man pages: gzip -9n, no name or time in the header
        with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as f:
            f.write(data)
    else:
        with open(out, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
