#!/usr/bin/env python3
"""Fails when the translations are not complete: a message in translations/*.ts is unfinished,
vanished or obsolete, or lupdate over the sources would add a message the .ts files lack (a string
left out). Usage: check_translations.py LUPDATE SOURCE_DIR"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path):
    root = ET.parse(ts_path).getroot()
    out = {}
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            kind = tr.get('type') if tr is not None else 'missing'
            numerus = msg.get('numerus') == 'yes'
            text = ''.join(tr.itertext()) if tr is not None else ''
            out[(name, msg.findtext('source'), msg.findtext('comment'))] = (kind, text, numerus)
    return out


def main():
    lupdate, src = sys.argv[1], sys.argv[2]
    problems = []
    ts_files = [os.path.join(src, 'translations', f) for f in ('samtidig_da.ts', 'samtidig_en.ts')]
    sources = []
    for top in ('core', 'ui', 'app'):
        for dirpath, _, files in os.walk(os.path.join(src, top)):
            sources += [os.path.join(dirpath, f) for f in files if f.endswith(('.cpp', '.h'))]
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            fresh = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, fresh)
            lst = os.path.join(tmp, 'sources.lst')
            with open(lst, 'w') as f:
                f.write('\n'.join(sources))
            subprocess.run([lupdate, '-silent', '-locations', 'none', '-no-obsolete',
                            '-I', os.path.join(src, 'core'), '-I', os.path.join(src, 'ui'),
                            '@' + lst, '-ts', fresh], check=True)
            before = messages(ts)
            after = messages(fresh)
            name = os.path.basename(ts)
            added = [k for k in after if k not in before]
            for k in added[:20]:
                problems.append(f'{name}: lupdate would add "{k[1]}" (context {k[0]})')
            # lupdate runs with -no-obsolete, so a message the sources no longer have is simply gone
            # from the fresh copy: compare with the committed file, and look at its own markings.
            for k, (kind, text, numerus) in before.items():
                if kind in ('vanished', 'obsolete'):
                    problems.append(f'{name}: {kind} message "{k[1]}" (context {k[0]}): remove it')
                elif k not in after:
                    problems.append(f'{name}: vanished message "{k[1]}" (context {k[0]}): '
                                    'no source uses it any more, remove it')
                elif kind == 'unfinished':
                    problems.append(f'{name}: unfinished "{k[1]}" (context {k[0]})')
                elif not text.strip() and k[1].strip():
                    problems.append(f'{name}: empty translation of "{k[1]}" (context {k[0]})')
    if problems:
        print(f'{len(problems)} translation problems (first 60 shown):')
        print('\n'.join(problems[:60]))
        print('Fix: cmake --build build --target update_translations, then translate the new strings.')
        return 1
    print('translations complete: no unfinished, vanished or missing messages')
    return 0


if __name__ == '__main__':
    sys.exit(main())
