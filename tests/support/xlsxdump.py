#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Prints an .xlsx file as JSON, read by openpyxl, an Excel reader independent of the program:
{"sheets": [{"name", "freeze_panes", "header_bold", "rows": [[{"v", "t", "f"}, ...], ...]}]}
with each cell's value (v), its Python type (t: int, float, str, bool, datetime, NoneType) and
number format (f). Strings are read as Excel reads them: _xHHHH_ is the character HHHH, in one
pass from the left (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); openpyxl 3.0 only deletes "x005F_",
so its reader of the shared strings is replaced by one that does that.

With --csv FILE instead, prints the rows of a CSV file read by Python's csv module (encoding
utf-8-sig, which takes a byte order mark off) and, with --rewrite OUT, writes them to OUT again
with the csv module, a byte order mark first."""
import csv
import json
import re
import sys

ESCAPE = re.compile(r'_x([0-9A-Fa-f]{4})_')


def excel_text(text):
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def read_string_table(xml_source):
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse
    strings = []
    for _, node in iterparse(xml_source):
        if node.tag == '{%s}si' % SHEET_MAIN_NS:
            strings.append(excel_text(Text.from_tree(node).content))
            node.clear()
    return strings


def dump_xlsx(path):
    import openpyxl
    import openpyxl.reader.excel
    openpyxl.reader.excel.read_string_table = read_string_table
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                value = cell.value
                if value is not None and not isinstance(value, (str, int, float, bool)):
                    value = str(value)
                cells.append({'v': value, 't': type(cell.value).__name__,
                              'f': cell.number_format})
            rows.append(cells)
        header_bold = all(cell.font is not None and cell.font.b for cell in sheet[1])
        sheets.append({'name': sheet.title, 'freeze_panes': sheet.freeze_panes,
                       'header_bold': header_bold, 'rows': rows})
    return {'sheets': sheets}


def dump_csv(path, rewrite):
    with open(path, newline='', encoding='utf-8-sig') as file:
        rows = list(csv.reader(file))
    if rewrite:
        with open(rewrite, 'w', newline='', encoding='utf-8-sig') as file:
            csv.writer(file, lineterminator='\n').writerows(rows)
    return {'rows': rows}


def main():
    if sys.argv[1] == '--csv':
        rewrite = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == '--rewrite' else None
        result = dump_csv(sys.argv[2], rewrite)
    else:
        result = dump_xlsx(sys.argv[1])
    json.dump(result, sys.stdout, ensure_ascii=True)


if __name__ == '__main__':
    main()
