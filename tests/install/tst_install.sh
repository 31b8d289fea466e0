#!/usr/bin/env bash
# The installed layout, as the Debian package lays it out: `cmake --install` into a temporary
# prefix, then the installed programs run from there (the runner found relative to them, nothing
# from the build tree), speak Danish from what was installed, and the menu entry, icons, MIME type
# and man pages are where a desktop and `man` look for them.
# usage: tst_install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d /tmp/samtidig-install.XXXXXX)
trap 'rm -rf "$prefix"' EXIT
fails=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}" >/dev/null 2>&1; then echo "PASS: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi
}

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/samtidig bin/samtidig-cli libexec/samtidig/samtidig-runner; do
    check "$f is installed and executable" test -x "$prefix/$f"
done
for f in share/applications/samtidig.desktop share/mime/packages/samtidig.xml \
         share/icons/hicolor/scalable/apps/samtidig.svg \
         share/man/man1/samtidig.1.gz share/man/man1/samtidig-cli.1.gz; do
    check "$f is installed" test -s "$prefix/$f"
done
for f in threads_cpu.py processes_cpu.py threads_sleep.py asyncio_tasks.py pthreads_all_cores.c deadlock_two_mutexes.c; do
    check "the example $f is installed" test -s "$prefix/share/samtidig/examples/$f"
done
for size in 16 22 24 32 48 64 128 256; do
    check "the ${size}x$size icon is a PNG" grep -q PNG "$prefix/share/icons/hicolor/${size}x$size/apps/samtidig.png"
done

# No test support in what is installed (the test-only scenarios, the synthetic trace): nm -C of the
# installed programs, against the build's test programs, which must show the same symbols.
check "the installed programs carry no test support (nm -C)" \
    "$(dirname "$0")/../support/tst_shipped_symbols.sh" "$build/tests/support/samtidig-test-runner" \
    "$build/tests/tst_tracefile" -- "$prefix/bin/samtidig" "$prefix/bin/samtidig-cli" \
    "$prefix/libexec/samtidig/samtidig-runner"

# The programs, with nothing pointing them at the build tree: a user's environment only.
installed() { env -i PATH=/usr/bin:/bin HOME="$HOME" "$@"; }
out=$prefix/run
mkdir -p "$out"
check "the installed samtidig-cli finds the installed runner and runs a scenario" \
    installed LANG=C.UTF-8 "$prefix/bin/samtidig-cli" run threads --set threads=1 --save "$out/t.samtidig"
check "its recording starts with the magic the MIME type matches" \
    bash -c "[[ \$(head -c 8 '$out/t.samtidig') == SAMTIDIG ]] && grep -q 'value=\"SAMTIDIG\"' '$prefix/share/mime/packages/samtidig.xml'"
check "the installed samtidig-cli records a program with the installed preload library" \
    bash -c "env -i PATH=/usr/bin:/bin HOME='$HOME' '$prefix/bin/samtidig-cli' record --summary '$out/p.json' -- /bin/true \
             && grep -q '\"lock_source\": \"preload\"' '$out/p.json'"
listing=$(installed LANG=da_DK.UTF-8 "$prefix/bin/samtidig-cli" list)
check "LANG=da_DK.UTF-8 gives the Danish listing" grep -q 'to tråde, to låse' <<<"$listing"
check "--version names the version" grep -qE '^samtidig-cli [0-9]+\.[0-9]+\.[0-9]+$' <<<"$(installed "$prefix/bin/samtidig-cli" --version)"

# The menu entry opens files of the MIME type the package defines, with the icon it installs.
desktop=$prefix/share/applications/samtidig.desktop
type=$(sed -n 's/.*mime-type type="\([^"]*\)".*/\1/p' "$prefix/share/mime/packages/samtidig.xml")
check "the .desktop file opens $type" grep -qx "MimeType=$type;" "$desktop"
check "the .desktop file passes the file" grep -qx 'Exec=samtidig %f' "$desktop"
check "the .desktop file has a Danish comment" grep -q '^Comment\[da\]=' "$desktop"

# The man page says what --help says: every option of the help is in it.
for program in samtidig-cli samtidig; do
    page=$(zcat "$prefix/share/man/man1/$program.1.gz")
    for option in $(QT_QPA_PLATFORM=offscreen "$prefix/bin/$program" --lang en --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
        check "man $program has $option" grep -qF -- "${option//-/\\-}" <<<"$page"
    done
done

if (( fails )); then echo "tst_install: $fails check(s) failed"; exit 1; fi
echo "tst_install: every check passed"
