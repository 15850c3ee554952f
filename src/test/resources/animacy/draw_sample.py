#!/usr/bin/env python3
"""Draws the hand-checked animacy sample of one language: 100 distinct lemmas of argument nouns.

Argument nouns are the NOUN subjects and objects of candidate clauses (a VERB with exactly one
nsubj or nsubj:* child other than nsubj:pass and exactly one obj or obj:* child, both NOUN, PROPN
or PRON), over every file of the language in ../shared/ud, read in name order. The tokens are
shuffled with a fixed seed and the first 100 distinct lemmas kept, so frequent nouns are as likely
to be drawn as they are frequent in the corpus.

    python3 draw_sample.py de ../shared/ud > lemmas.txt
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


def argument_nouns(language, ud):
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
                    if noun[3] == "NOUN":
                        yield noun[2]


def main():
    language, ud = sys.argv[1], sys.argv[2]
    lemmas = list(argument_nouns(language, ud))
    random.Random(SEED).shuffle(lemmas)
    seen = []
    for lemma in lemmas:
        if lemma not in seen:
            seen.append(lemma)
        if len(seen) == SIZE:
            break
    print("\n".join(seen))


if __name__ == "__main__":
    main()
