#!/usr/bin/env python3
"""Rebuilds Tests/Data/article-fingerprint.txt from the article, when it is at hand:

    python3 Tests/Data/article-fingerprint.py ../shared/source/article.txt > Tests/Data/article-fingerprint.txt

The fingerprint holds no text: only FNV-1a 64 hashes of the article's word runs (words as CopyTests and
copycheck.py count them: accents folded, lowercased, split on anything but ASCII letters and digits) — every run of
3 words (to find quotations and the article's figures) and of 12 words (to find copying). Shorter runs are left
out: with them the text could be pieced back together from a word list.
"""
import re, sys, unicodedata

def words(text):
    folded = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()
    return [w for w in re.split(r"[^a-z0-9]+", folded) if w]

def fnv1a(text):
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

article = words(open(sys.argv[1], encoding="utf-8").read())
print(f"# moot article fingerprint: {len(article)} words; lines are 'n hash' (FNV-1a 64, hex) for runs of n words")
for n in (3, 12):
    for h in sorted({fnv1a(" ".join(article[i:i + n])) for i in range(len(article) - n + 1)}):
        print(f"{n} {h:016x}")
