#!/bin/bash
# SPDX-License-Identifier: MIT
# The hostile-input corpus (tests/data/hostile/, listed in its README.md) end to end: for each
# case a fresh workbook, the case entered as a user would (`import TABLE FILE`, `scenario new
# NAME`, or a hand-edited file), then every output command under a memory limit and a time
# limit. Each case must be refused cleanly (exit 2, a message, the workbook unchanged) or shown
# literally (the text reads back as typed from the CSV output, the SVG text and the report's
# PDF), and no command may crash or hang. The last lines are the summary table of the README.
#
# Usage: hostile_inputs.sh WAFERSHARE [CASE-FILTER]
# WS_NO_MEMORY_LIMIT=1 leaves out the memory limit (sanitizer builds reserve terabytes of
# address space and cannot run under one).
set -u
bin=${1:?usage: hostile_inputs.sh WAFERSHARE [CASE-FILTER]}
corpus=$(cd "$(dirname "$0")/../data/hostile" && pwd)
command -v python3 >/dev/null || { echo "SKIP: python3 is needed to parse CSV, SVG and GraphML"; exit 77; }
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 is needed to prove that nothing changed"; exit 77; }
export QT_QPA_PLATFORM=offscreen
exec python3 - "$bin" "$corpus" "${2:-}" <<'PY'
import concurrent.futures, csv, hashlib, io, os, re, resource, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

BIN, CORPUS, FILTER = sys.argv[1], sys.argv[2], sys.argv[3]
MEMORY = 3 * 1024 ** 3
TIMEOUT = 120
LIMIT_MEMORY = os.environ.get('WS_NO_MEMORY_LIMIT', '') in ('', '0')
HAVE_PDFTOTEXT = shutil.which('pdftotext') is not None
TRIGGERS = '=+-@\t\r'


def limits():
    if LIMIT_MEMORY:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(args, cwd):
    """Runs wafershare; returns (code, stdout, stderr). A crash is a code >= 128, a hang 124."""
    try:
        p = subprocess.run([BIN] + args, cwd=cwd, capture_output=True, timeout=TIMEOUT,
                           preexec_fn=limits)
    except subprocess.TimeoutExpired:
        return 124, '', 'timed out after %d s' % TIMEOUT
    code = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return code, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


def dump(db):
    out = subprocess.run(['sqlite3', db, '.dump'], capture_output=True).stdout
    return hashlib.sha256(out).hexdigest()


def unguarded(text):
    # The documented rule of the CSV writer: one apostrophe comes off a text that begins with
    # apostrophes followed by =, +, -, @, a tab or a carriage return.
    return text[1:] if re.match(r"^''*[=+\-@\t\r]", text) else text


def rows(text):
    return list(csv.reader(io.StringIO(text.lstrip('\ufeff'), newline='')))


def column(text, name):
    """The values of one column of CSV text, every record checked against the header."""
    table = rows(text)
    head = table[0]
    bad = [r for r in table[1:] if len(r) != len(head)]
    if bad:
        raise AssertionError('%d rows do not have the header\'s %d columns' % (len(bad), len(head)))
    i = head.index(name)
    return [unguarded(r[i]) for r in table[1:]]


def squeeze(text):
    return re.sub(r'[\s\u00a0]+', '', text)


def svg_text(path):
    root = ET.parse(path).getroot()  # raises on a file that is not XML
    return ''.join(''.join(e.itertext()) for e in root.iter() if e.tag.endswith('text'))


def drawable(name):
    """The part of a name a chart or report must show: all of a short printable name, the
    beginning of a long one (charts elide it)."""
    if any(ord(c) < 32 or c == '\x7f' for c in name):
        return None
    return name if len(name) <= 40 else name[:10]


class Case:
    def __init__(self, corpus, label, expect, how, payload, check):
        self.corpus, self.label, self.expect = corpus, label, expect
        self.how, self.payload, self.check = how, payload, check
        self.problems = []
        self.outcome = None

    def fail(self, message):
        self.problems.append(message)


def load():
    cases = []
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith('.csv'):
            continue
        corpus = name[:-4]
        with open(os.path.join(CORPUS, name), newline='', encoding='utf-8') as f:
            table = list(csv.reader(f))
        head = table[0][2:]
        for r in table[1:]:
            label, expect, fields = r[0], r[1], r[2:]
            record = dict(zip(head, fields))
            if corpus == 'scenario':
                cases.append(Case(corpus, label, expect, 'scenario', record['name'], record))
            else:
                table_name = 'program' if corpus == 'note' else corpus
                body = io.StringIO()
                w = csv.writer(body, lineterminator='\n')
                w.writerow(head)
                w.writerow(fields)
                cases.append(Case(corpus, label, expect, ('import', table_name), body.getvalue(),
                                  record))
    # Hand-edited workbooks: what import now refuses may already be in a file.
    hand = [
        ('vendor name of 100,000 characters',
         "UPDATE vendor SET name = printf('%.*c', 100000, 'M') WHERE id = 6", {'name': 'M' * 100000}),
        ('vendor name with an image of /dev/zero',
         "UPDATE vendor SET name = 'Meta<img src=\"/dev/zero\">' WHERE id = 6",
         {'name': 'Meta<img src="/dev/zero">'}),
        ('company name with U+0001',
         "UPDATE company SET name = 'Al' || char(1) || 'chip' WHERE id = 1", {'name': 'Al\x01chip'}),
        ('scenario name with ESC',
         "UPDATE scenario SET name = 'Ba' || char(27) || 'se' WHERE id = 1", {'name': 'Ba\x1bse'}),
    ]
    for label, sql, record in hand:
        cases.append(Case('hand-edited', label, 'shown', 'sql', sql, record))
    if FILTER:
        cases = [c for c in cases if FILTER in c.corpus + ': ' + c.label]
    return cases


def check_outputs(case, tmp, db, root, scenario):
    """Runs every output command; checks that none crashes or hangs and that every file it
    writes is whole. Returns the outputs by name for the literal checks."""
    s = ['--scenario', scenario]
    commands = {
        'shares': ['shares', '--db', db, '--year', '2026', '--format', 'csv'] + s,
        'shares by program': ['shares', '--db', db, '--year', '2026', '--by', 'program',
                              '--format', 'csv'] + s,
        'scenario list': ['scenario', 'list', '--db', db],
        'benefits': ['benefits', '--db', db, '--year', '2026', '--format', 'csv'] + s,
        'sensitivity': ['sensitivity', '--db', db, '--year', '2026', '--vendor', 'AWS',
                        '--format', 'csv'] + s,
        'export shares': ['export', 'shares', '--db', db] + s,
        'chart donut svg': ['chart', '--db', db, '--type', 'donut', '--year', '2026',
                            '--out', 'donut.svg'] + s,
        'chart share png': ['chart', '--db', db, '--type', 'share', '--out', 'share.png'] + s,
        'chart scenarios svg': ['chart', '--db', db, '--type', 'scenarios', '--year', '2026',
                                '--scenario', root] + (s if scenario != root else [])
                               + ['--out', 'scenarios.svg'],
        'chart tornado svg': ['chart', '--db', db, '--type', 'tornado', '--year', '2026',
                              '--out', 'tornado.svg'] + s,
        'chart calibration pdf': ['chart', '--db', db, '--type', 'calibration',
                                  '--out', 'calibration.pdf'] + s,
        'graph svg': ['graph', '--db', db, '--out', 'graph.svg'],
        'graph graphml': ['graph', '--db', db, '--out', 'graph.graphml'],
        'report pdf': ['report', '--db', db, '--out', 'report.pdf'] + s,
    }
    for table in ('vendor', 'program', 'company', 'source', 'scenario', 'assumption'):
        commands['export ' + table] = ['export', table, '--db', db]
    out = {}
    for name, args in commands.items():
        code, stdout, stderr = run(args, tmp)
        if code >= 124:
            case.fail('%s: %s (exit %d) %s' % (name, 'hung' if code == 124 else 'crashed', code,
                                               stderr.strip()[-200:]))
        elif code != 0:
            case.fail('%s: exit %d: %s' % (name, code, stderr.strip()[:200]))
        out[name] = stdout
    for svg in ('donut.svg', 'scenarios.svg', 'tornado.svg', 'graph.svg', 'graph.graphml'):
        path = os.path.join(tmp, svg)
        if os.path.exists(path):
            try:
                ET.parse(path)
            except ET.ParseError as e:
                case.fail('%s is not XML: %s' % (svg, e))
    return out


def literal(case, tmp, out):
    """The text reads back as typed wherever it is shown."""
    name = case.check.get('name', case.check.get('title', ''))
    # A CSV file's text field is read by the CSV writer's rule: one guarding apostrophe comes off.
    expected = unguarded(name.strip()) if case.how[0] == 'import' else name.strip()
    where = []
    try:
        if case.corpus in ('vendor', 'hand-edited') and 'vendor' in case.label or case.corpus == 'vendor':
            where.append(('export vendor', expected in column(out['export vendor'], 'name')))
            where.append(('shares', expected in column(out['shares'], 'vendor')))
            exported = rows(out['export vendor'])
            if expected[:1] and expected[0] in TRIGGERS:
                raw = [r[1] for r in exported[1:]]
                where.append(('formula guard', ("'" + expected) in raw))
            part = drawable(expected)
            if part:
                where.append(('donut SVG', squeeze(part) in squeeze(svg_text(os.path.join(tmp, 'donut.svg')))))
                if HAVE_PDFTOTEXT and len(expected) <= 40:
                    where.append(('report PDF', squeeze(expected) in squeeze(pdf_text(tmp))))
        elif case.corpus == 'program':
            where.append(('export program', expected in column(out['export program'], 'name')))
            where.append(('shares by program', expected in column(out['shares by program'], 'program')))
        elif case.corpus == 'note':
            notes = column(out['export program'], 'note')
            where.append(('export program note', unguarded(case.check['note'].strip()) in notes))
        elif case.corpus == 'company' or 'company' in case.label:
            where.append(('export company', expected in column(out['export company'], 'name')))
            labels = [''.join(e.itertext()) for e in ET.parse(os.path.join(tmp, 'graph.graphml')).getroot().iter()
                      if e.tag.endswith('data') and e.get('key') == 'label']
            safe = re.sub(r'[\x00-\x08\x0b\x0c\x0e-\x1f]', '\ufffd', expected)
            where.append(('GraphML label', safe in labels))
        elif case.corpus == 'source':
            where.append(('export source', expected in column(out['export source'], 'title')))
        elif case.corpus == 'scenario' or 'scenario' in case.label:
            where.append(('scenario list', expected in column(out['scenario list'], 'name')))
            part = drawable(expected)
            if part:
                where.append(('scenarios SVG', squeeze(part) in squeeze(svg_text(os.path.join(tmp, 'scenarios.svg')))))
                if HAVE_PDFTOTEXT and len(expected) <= 40:
                    where.append(('report PDF', squeeze(expected) in squeeze(pdf_text(tmp))))
        elif case.corpus == 'assumption':
            table = rows(out['export assumption'])
            head = table[0]
            found = [dict(zip(head, r)) for r in table[1:]]
            found = [r for r in found if r['scenario_id'] == '1'
                     and r['program_id'] == case.check['program_id']
                     and r['year'] == '2026' and r['field'] == case.check['field']]
            typed = case.check['value']
            ok = bool(found)
            if ok:
                try:
                    ok = float(found[0]['value']) == float(typed)
                except ValueError:
                    ok = found[0]['value'] == typed
            where.append(('export assumption', ok))
            for name_ in ('shares', 'shares by program'):
                values = [v for r in rows(out[name_])[1:] for v in r]
                bad = [v for v in values if v.lower() in ('nan', 'inf', '-inf', '-nan')
                       or re.match(r'^-[0-9.]+$', v) and float(v) != 0]
                where.append((name_ + ' finite and not negative', not bad))
    except (AssertionError, ValueError, KeyError, IndexError, ET.ParseError, OSError) as e:
        case.fail('cannot read the output back: %s' % e)
        return
    for place, ok in where:
        if not ok:
            case.fail('%s does not show %r as typed' % (place, expected[:60] if case.corpus != 'assumption'
                                                              else case.check['value']))


def pdf_text(tmp):
    path = os.path.join(tmp, 'report.pdf')
    if not hasattr(pdf_text, 'cache'):
        pdf_text.cache = {}
    if path not in pdf_text.cache:
        pdf_text.cache[path] = subprocess.run(['pdftotext', path, '-'], capture_output=True).stdout.decode('utf-8', 'replace')
    return pdf_text.cache[path]


def try_case(case):
    tmp = tempfile.mkdtemp(prefix='ws-hostile-')
    try:
        db = os.path.join(tmp, 'work.sqlite')
        code, _, err = run(['check', '--db', db], tmp)
        if code != 0:
            case.fail('cannot make a fresh workbook: ' + err[:200])
            case.outcome = 'failed'
            return case
        before = dump(db)
        root = scenario = 'Base'
        if case.how == 'sql' and 'scenario' in case.label:
            root = scenario = case.check['name']  # the root scenario itself was renamed
        if case.how == 'sql':
            subprocess.run(['sqlite3', db, case.payload], check=True)
            code, stderr = 0, ''
        elif case.how == 'scenario':
            # "--" as a user types it before a name that begins with "-".
            code, _, stderr = run(['scenario', 'new', '--from', 'Base', '--db', db, '--',
                                   case.payload], tmp)
            scenario = case.payload.strip()
        else:
            path = os.path.join(tmp, 'case.csv')
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(case.payload)
            code, _, stderr = run(['import', case.how[1], path, '--db', db], tmp)
        if code == 2:
            if not stderr.strip():
                case.fail('refused without a message')
            if dump(db) != before:
                case.fail('refused, but the workbook changed')
            if case.expect != 'refused':
                case.fail('refused, but it should be accepted and shown: ' + stderr.strip()[:200])
            case.outcome = 'refused' if not case.problems else 'failed'
            return case
        if code != 0:
            case.fail('entering it ended with exit %d: %s' % (code, stderr.strip()[:200]))
            case.outcome = 'failed'
            return case
        if case.expect == 'refused':
            case.fail('accepted, but it should be refused')
        out = check_outputs(case, tmp, db, root, scenario)
        if case.expect == 'shown':
            literal(case, tmp, out)
        case.outcome = 'shown' if not case.problems else 'failed'
        return case
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


cases = load()
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    done = list(pool.map(try_case, cases))

for case in done:
    if case.outcome == 'failed':
        for problem in case.problems:
            print('FAIL %s: %s: %s' % (case.corpus, case.label, problem))

corpora = []
for case in done:
    if case.corpus not in corpora:
        corpora.append(case.corpus)
print()
print('| corpus | tried | refused cleanly | shown literally | failed |')
print('|---|---:|---:|---:|---:|')
for corpus in corpora + ['all']:
    group = [c for c in done if corpus == 'all' or c.corpus == corpus]
    counts = [sum(1 for c in group if c.outcome == o) for o in ('refused', 'shown', 'failed')]
    label = '**all**' if corpus == 'all' else '`%s`' % corpus
    print('| %s | %d | %d | %d | %d |' % (label, len(group), *counts))
failed = sum(1 for c in done if c.outcome == 'failed')
print()
print('hostile inputs: %d tried, %d refused cleanly, %d shown literally, %d failed'
      % (len(done), sum(c.outcome == 'refused' for c in done), sum(c.outcome == 'shown' for c in done),
         failed))
sys.exit(1 if failed else 0)
PY
