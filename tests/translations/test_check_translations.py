#!/usr/bin/env python3
"""Checks the checker: on a copy of the sources with one problem of each kind planted (a vanished
message, an obsolete one, an unfinished one, a string the sources use that no .ts file has),
check_translations.py must fail and name every one of them.
Usage: test_check_translations.py LUPDATE SOURCE_DIR"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lupdate, src = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        for top in ('core', 'ui', 'app', 'translations'):
            shutil.copytree(os.path.join(src, top), os.path.join(tmp, top),
                            ignore=shutil.ignore_patterns('*.qm'))
        ts = os.path.join(tmp, 'translations', 'samtidig_da.ts')
        with open(ts, encoding='utf-8') as f:
            text = f.read()
        planted = '''    <message>
        <source>A sentence no source uses any more</source>
        <translation>En sætning, som ingen kilde bruger længere</translation>
    </message>
    <message>
        <source>Marked vanished</source>
        <translation type="vanished">Forsvundet</translation>
    </message>
    <message>
        <source>Marked obsolete</source>
        <translation type="obsolete">Forældet</translation>
    </message>
</context>'''
        assert '</context>' in text
        text = text.replace('</context>', planted, 1)
        # An existing message left unfinished: the first finished translation of the file.
        marker = '<translation>'
        at = text.index(marker, text.index('<message>'))
        text = text[:at] + '<translation type="unfinished">' + text[at + len(marker):]
        with open(ts, 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(tmp, 'core', 'i18n', 'planted_for_check.cpp'), 'w') as f:
            f.write('#include <QCoreApplication>\n'
                    'QString planted() { return QCoreApplication::translate("Planted", '
                    '"A string left out of the catalogues"); }\n')
        run = subprocess.run([sys.executable, os.path.join(HERE, 'check_translations.py'), lupdate, tmp],
                             capture_output=True, text=True)
    out = run.stdout + run.stderr
    expected = ['vanished message "A sentence no source uses any more"',
                'vanished message "Marked vanished"',
                'obsolete message "Marked obsolete"',
                'samtidig_da.ts: unfinished "',
                'samtidig_da.ts: lupdate would add "A string left out of the catalogues"',
                'samtidig_en.ts: lupdate would add "A string left out of the catalogues"']
    missing = [e for e in expected if e not in out]
    if run.returncode == 0 or missing:
        print(f'check_translations.py returned {run.returncode} and did not report: {missing}')
        print(out)
        return 1
    print('check_translations.py reports every planted problem')
    return 0


if __name__ == '__main__':
    sys.exit(main())
