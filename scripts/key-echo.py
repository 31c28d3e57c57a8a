#!/usr/bin/env python3
"""How many choice questions can be answered by word matching: the right option repeats a run of at least N words
(default 5) from the narration shown just before the question, and no wrong option does.

Usage: scripts/key-echo.py [--run N] [--list] [LESSONS_DIR]
Prints the count and, with --list, each question with the echoed words. Words are compared lower-cased, without
punctuation. The passage is the last block of narration before the question: the `say` steps shown together after the
previous run of questions (a question that follows another still has that block on screen above it).
"""
import glob, os, re, sys
import yaml

def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower().replace("’", "'"))

def longest_run(a, b):
    """The longest run of consecutive words of a that also occurs in b, as a list of words."""
    best = []
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k > len(best):
                best = a[i:i + k]
    return best

def echoes(lessons, run):
    found, total = [], 0
    for path in sorted(glob.glob(os.path.join(lessons, "[0-9]*.yaml"))):
        steps = yaml.safe_load(open(path, encoding="utf-8"))["steps"]
        passage, after_question = [], False
        for step in steps:
            if "say" in step:
                if after_question:
                    passage, after_question = [], False
                passage.append(step["say"])
                continue
            after_question = True
            if step.get("kind") == "choice":
                total += 1
                text = words(" ".join(passage))
                right = [c for c in step["choices"] if c.get("correct")]
                wrong = [c for c in step["choices"] if not c.get("correct")]
                key = max((longest_run(words(c["text"]), text) for c in right), key=len)
                decoy = max((longest_run(words(c["text"]), text) for c in wrong), key=len, default=[])
                if len(key) >= run and len(decoy) < run:
                    found.append((os.path.basename(path), step["id"], " ".join(key), len(decoy)))
    return found, total

if __name__ == "__main__":
    args = sys.argv[1:]
    run = 5
    if "--run" in args:
        run = int(args[args.index("--run") + 1]); del args[args.index("--run"):args.index("--run") + 2]
    show = "--list" in args
    args = [a for a in args if a != "--list"]
    lessons = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "Lessons")
    found, total = echoes(lessons, run)
    if show:
        for file, qid, key, decoy in found:
            print(f"{file} {qid}: key repeats “{key}” (longest wrong-option run {decoy})")
    print(f"{len(found)} of {total} choice questions: the right option repeats ≥{run} words of the narration before it, no wrong option does")
