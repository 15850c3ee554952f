#!/usr/bin/env python3
"""Draws the hand-check sample of a corpus: 30 clauses, by a fixed seed, from its clauses.csv.gz, and
prints each with its sentence (read from the treebanks in ../shared/ud, shown on screen only and never
written to a file) and the cells the corpus counted it in.

    python3 corpora/hand-check/sample.py german          # 30 clauses of corpora/german

The checker writes one row per clause to corpora/hand-check/LANGUAGE.csv: source,sent_id,n1,verb,n2,
errors,note (errors: how many cells a listener would read otherwise from the forms; note: which, in a
few words, no sentence text).
"""
import csv
import gzip
import random
import re
import sys
from pathlib import Path

SIZE = 30
SEED = 2026


def sentences(files, wanted):
    found = {}
    for f in files:
        source = Path(f).name.split('-ud-')[0]
        meta, tokens, ordinal = {}, [], 0
        for line in open(f, encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('#'):
                m = re.match(r'#\s*(\S+)\s*=\s*(.*)', line)
                if m:
                    meta[m.group(1)] = m.group(2)
            elif line:
                cols = line.split('\t')
                if cols[0].isdigit():
                    tokens.append(cols)
            else:
                if tokens:
                    ordinal += 1
                    key = (source, meta.get('sent_id', '#%d' % ordinal))
                    if key in wanted:
                        found[key] = (meta.get('text', ''), tokens)
                meta, tokens = {}, []
    return found


def main(folder):
    root = Path(__file__).resolve().parents[2]
    readme = (root / 'corpora' / folder / 'README.md').read_text()
    command = re.search(r'\./cmsim import-conllu ([^\n]+)', readme).group(1).split()
    files = [str(root / a) for a in command if a.endswith('.conllu')]
    with gzip.open(root / 'corpora' / folder / 'clauses.csv.gz', 'rt', encoding='utf-8') as f:
        traces = list(csv.DictReader(f))
    with open(root / 'corpora' / folder / 'corpus.csv', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    sample = random.Random(SEED).sample(traces, min(SIZE, len(traces)))
    found = sentences(files, {(t['source'], t['sent_id']) for t in sample})
    for i, t in enumerate(sample, 1):
        text, tokens = found[(t['source'], t['sent_id'])]
        form = {int(c[0]): c[1] for c in tokens}
        row = rows[int(t['row']) - 1]
        cells = ' '.join('%s=%s' % (k, v) for k, v in row.items() if k not in ('count', 'source', 'genre'))
        print('%d. %s %s  n1=%s verb=%s n2=%s' % (i, t['source'], t['sent_id'], form[int(t['n1'])],
                                                  form[int(t['verb'])], form[int(t['n2'])]))
        print('   ' + text)
        print('   ' + cells)


if __name__ == '__main__':
    main(sys.argv[1])
