#!/usr/bin/env python3
"""Draws the hand-checked animacy sample of one language: 100 distinct lemmas of argument nouns.

Argument nouns are the NOUN subjects and objects of candidate clauses (a VERB with exactly one
nsubj or nsubj:* child other than nsubj:pass and exactly one obj or obj:* child, both NOUN, PROPN
or PRON), over every file of the language in ../shared/ud, read in name order. The tokens are
shuffled with a fixed seed and the first 100 distinct lemmas kept, so frequent nouns are as likely
to be drawn as they are frequent in the corpus.

    python3 draw_sample.py de ../shared/ud > lemmas.txt
    python3 draw_sample.py it ../shared/ud 200 > lemmas.txt        (the same first 100, then 100 more)
    python3 draw_sample.py it ../shared/ud 50 PROPN > names.txt    (proper nouns instead of nouns)
"""
import glob
import os
import random
import sys

SEED = 10
SIZE = 100
NOMINAL = {"NOUN", "PROPN", "PRON"}


def sentences(path):
    tokens = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    yield tokens
                tokens = []
            elif not line.startswith("#"):
                cells = line.split("\t")
                if "-" not in cells[0] and "." not in cells[0]:
                    tokens.append(cells)
    if tokens:
        yield tokens


def argument_nouns(language, ud, upos="NOUN"):
    for path in sorted(glob.glob(os.path.join(ud, language + "_*.conllu"))):
        for tokens in sentences(path):
            for verb in tokens:
                if verb[3] != "VERB":
                    continue
                children = [t for t in tokens if t[6] == verb[0]]
                subjects = [t for t in children if t[7].split(":")[0] == "nsubj" and t[7] != "nsubj:pass"]
                objects = [t for t in children if t[7].split(":")[0] == "obj"]
                if len(subjects) != 1 or len(objects) != 1:
                    continue
                if subjects[0][3] not in NOMINAL or objects[0][3] not in NOMINAL:
                    continue
                for noun in subjects + objects:
                    if noun[3] == upos:
                        yield noun[2] if upos == "NOUN" else (noun[2], noun[1])


def main():
    language, ud = sys.argv[1], sys.argv[2]
    size = int(sys.argv[3]) if len(sys.argv) > 3 else SIZE
    upos = sys.argv[4] if len(sys.argv) > 4 else "NOUN"
    lemmas = list(argument_nouns(language, ud, upos))
    random.Random(SEED).shuffle(lemmas)
    seen = []
    forms = {}
    for drawn in lemmas:
        lemma = drawn if upos == "NOUN" else drawn[0]
        if lemma not in seen:
            seen.append(lemma)
            forms[lemma] = None if upos == "NOUN" else drawn[1]
        if len(seen) == size:
            break
    # proper nouns: lemma,form (the form of the token that drew the lemma; the rule reads the form)
    print("\n".join(lemma if forms[lemma] is None else lemma + "," + forms[lemma] for lemma in seen))


if __name__ == "__main__":
    main()
