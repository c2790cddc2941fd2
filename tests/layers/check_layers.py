#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a file under src/ reaches across the layers: an #include of a layer its layer may
not use, of a Qt module or library it may not use (the table is src/layers.txt, the same one
src/CMakeLists.txt links by), or SQL run outside src/store. Prints FILE:LINE: why, per finding.

Usage: check_layers.py SRC_DIR QT_INCLUDE_DIR
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
# Code that runs SQL: a query object, SQLite's C calls, a statement in a string.
SQL_RUNNING = re.compile(
    r'\bQSqlQuery\b|\bsqlite3_\w+\s*\(|'
    r'"\s*(SELECT\s.*\sFROM|INSERT (OR \w+ )?INTO|UPDATE \w+ SET|DELETE FROM|'
    r'(CREATE|DROP|ALTER) (TABLE|INDEX|VIEW|TRIGGER)|PRAGMA|BEGIN( IMMEDIATE| TRANSACTION)?"|'
    r'COMMIT"|ROLLBACK)')
# Libraries other than Qt, by the headers that name them.
OTHER_LIBRARIES = {
    'SQLite': re.compile(r'^sqlite3\.h$'),
    'Graphviz': re.compile(r'^(graphviz/|gvc\.h$|cgraph\.h$|gvplugin|cdt\.h$)'),
    'xxHash': re.compile(r'^(xxhash|xxh3)\.h$'),
    'libxlsxwriter': re.compile(r'^xlsxwriter(/.*)?\.h$'),
    'libpq': re.compile(r'^libpq-fe\.h$'),
}


def read_table(path):
    """{layer: (directory, set of layers, set of Qt modules, set of other libraries)}"""
    table = {}
    for line in path.read_text(encoding='utf-8').splitlines():
        if not re.match(r'^[a-z]', line):
            continue
        layer, directory, layers, modules, others = (f.strip() for f in line.split('|'))
        words = lambda text: {w for w in text.split() if w != '-'}
        table[layer] = (directory, words(layers), words(modules), words(others))
    return table


def layer_of(relative, table):
    """The layer whose directory is the longest prefix of @p relative (a path under src/)."""
    best = None
    for layer, (directory, *_rest) in table.items():
        if relative == directory or relative.startswith(directory + '/'):
            if best is None or len(directory) > len(table[best][0]):
                best = layer
    return best


def qt_modules(header, qt_include):
    """The Qt modules (Core, Gui, …) that have @p header ("QWidget" or "QtWidgets/QWidget")."""
    if header.startswith('Qt') and '/' in header:
        return {header.split('/', 1)[0][2:]}
    return {d.name[2:] for d in qt_include.glob('Qt*') if (d / header).is_file()}


def check(src, qt_include):
    table = read_table(src / 'layers.txt')
    findings = []
    for path in sorted(src.rglob('*')):
        if path.suffix not in ('.cpp', '.h'):
            continue
        relative = path.relative_to(src).as_posix()
        layer = layer_of(relative, table)
        if layer is None:
            continue  # main.cpp: the executable, which may use every layer
        _directory, layers, modules, others = table[layer]
        for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            where = f'src/{relative}:{number}'
            if layer != 'store' and SQL_RUNNING.search(line) and not line.lstrip().startswith('//'):
                findings.append(f'{where}: SQL runs only in src/store, not in {layer}: '
                                f'{line.strip()}')
            match = INCLUDE.match(line)
            if not match:
                continue
            quoted, header = match.group(1) == '"', match.group(2)
            if quoted:
                # As the compiler finds it: beside the file first, then from src/.
                beside = (path.parent / header).resolve()
                target = beside if beside.is_file() else (src / header).resolve()
                if not target.is_file():
                    continue  # generated: ui_*.h, moc files
                used = layer_of(target.relative_to(src.resolve()).as_posix(), table)
                if used and used != layer and used not in layers:
                    findings.append(f'{where}: {layer} may not include {used} ({header}); '
                                    f'it may include {", ".join(sorted(layers)) or "no layer"}')
                continue
            found = qt_modules(header, qt_include)
            if found and not found & modules:
                findings.append(f'{where}: {layer} may not include Qt {"/".join(sorted(found))} '
                                f'(<{header}>); it may include Qt {", ".join(sorted(modules))}')
            for library, pattern in OTHER_LIBRARIES.items():
                if pattern.match(header) and library not in others:
                    findings.append(f'{where}: {layer} may not include {library} (<{header}>)')
    return findings


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, qt_include = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    if not (src / 'layers.txt').is_file() or not (qt_include / 'QtCore' / 'QObject').is_file():
        print(f'check_layers: no src/layers.txt in {src} or no QtCore in {qt_include}',
              file=sys.stderr)
        return 2
    findings = check(src, qt_include)
    for finding in findings:
        print(finding)
    print(f'check_layers: {len(findings)} finding(s)')
    return 1 if findings else 0


if __name__ == '__main__':
    sys.exit(main())
