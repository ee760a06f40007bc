"""The same MiniLM forward pass as embedding.py's numpy code, as an ONNX graph for onnxruntime.

Built in memory from the installed safetensors weights when the model loads (no file is
written, nothing downloaded). onnxruntime runs it about 1.6 times as fast as numpy on this
machine, one thread per process (figures in the README); the vectors agree with numpy's to
within float rounding (tests/related/test_embeddings.py). Without onnxruntime and onnx
installed, embedding.py falls back to numpy.

Inputs: input_ids and position_ids (batch x length, int64), mask_bias (batch x 1 x 1 x length,
0 for tokens and -1e9 for padding). Output: hidden (batch x length x 384); pooling stays in
numpy.
"""

import numpy as np

HIDDEN, HEADS, LAYERS, EPS = 384, 12, 6, 1e-12


def available() -> bool:
    try:
        import onnx  # noqa: F401
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def build_graph(w: dict[str, np.ndarray]):
    from onnx import TensorProto, helper, numpy_helper

    inits, nodes = [], []

    def const(name, array):
        inits.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def node(op, inputs, out, **attributes):
        nodes.append(helper.make_node(op, inputs, [out], **attributes))
        return out

    def norm(x, prefix, out):
        weight = const(f"{out}.g", w[f"{prefix}LayerNorm.weight"])
        bias = const(f"{out}.b", w[f"{prefix}LayerNorm.bias"])
        return node("LayerNormalization", [x, weight, bias], out, epsilon=EPS, axis=-1)

    def dense(x, prefix, out):
        weight = const(f"{out}.w", np.ascontiguousarray(w[f"{prefix}.weight"].T))
        product = node("MatMul", [x, weight], f"{out}.mm")
        return node("Add", [product, const(f"{out}.b", w[f"{prefix}.bias"])], out)

    x = node("Gather", [const("word", w["embeddings.word_embeddings.weight"]), "input_ids"], "w")
    pos = w["embeddings.position_embeddings.weight"]
    x = node("Add", [x, node("Gather", [const("pos", pos), "position_ids"], "p")], "wp")
    x = node("Add", [x, const("type", w["embeddings.token_type_embeddings.weight"][0])], "wpt")
    x = norm(x, "embeddings.", "e")
    heads = const("heads", np.array([0, 0, HEADS, HIDDEN // HEADS], dtype=np.int64))
    merged = const("merged", np.array([0, 0, HIDDEN], dtype=np.int64))
    scale = const("scale", np.array(1 / np.sqrt(HIDDEN // HEADS), np.float32))
    root_half, one, half = (
        const(n, np.array(v, np.float32))
        for n, v in (("rh", 1 / np.sqrt(2)), ("one", 1), ("half", 0.5))
    )
    for i in range(LAYERS):
        p, n = f"encoder.layer.{i}.", f"l{i}"
        split = {}
        for name, perm in (("query", [0, 2, 1, 3]), ("key", [0, 2, 3, 1]), ("value", [0, 2, 1, 3])):
            y = dense(x, f"{p}attention.self.{name}", f"{n}.{name}")
            y = node("Reshape", [y, heads], f"{n}.{name}.r")
            split[name] = node("Transpose", [y], f"{n}.{name}.t", perm=perm)
        scores = node("MatMul", [split["query"], split["key"]], f"{n}.s")
        scores = node("Add", [node("Mul", [scores, scale], f"{n}.ss"), "mask_bias"], f"{n}.sm")
        scores = node("Softmax", [scores], f"{n}.sx", axis=-1)
        context = node("MatMul", [scores, split["value"]], f"{n}.c")
        context = node("Transpose", [context], f"{n}.ct", perm=[0, 2, 1, 3])
        context = node("Reshape", [context, merged], f"{n}.cr")
        out = dense(context, f"{p}attention.output.dense", f"{n}.o")
        x = norm(node("Add", [x, out], f"{n}.r1"), f"{p}attention.output.", f"{n}.n1")
        up = dense(x, f"{p}intermediate.dense", f"{n}.u")
        # GELU, erf form (onnxruntime has Erf, unlike numpy).
        erf = node("Erf", [node("Mul", [up, root_half], f"{n}.ud")], f"{n}.ue")
        gelu = node("Mul", [up, node("Add", [erf, one], f"{n}.u1")], f"{n}.u2")
        gelu = node("Mul", [gelu, half], f"{n}.g")
        down = dense(gelu, f"{p}output.dense", f"{n}.d")
        x = norm(node("Add", [x, down], f"{n}.r2"), f"{p}output.", f"{n}.n2")
    nodes.append(helper.make_node("Identity", [x], ["hidden"]))
    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["b", "l"]),
            helper.make_tensor_value_info("position_ids", TensorProto.INT64, ["b", "l"]),
            helper.make_tensor_value_info("mask_bias", TensorProto.FLOAT, ["b", 1, 1, "l"]),
        ],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["b", "l", HIDDEN])],
        inits,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


class Session:
    """An onnxruntime session on the graph, one intra-op thread (see embedding.MiniLM)."""

    def __init__(self, weights: dict[str, np.ndarray]):
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # No memory arena: it keeps the peak of the largest batch for the life of the worker.
        options.enable_cpu_mem_arena = False
        model = build_graph(weights).SerializeToString()
        self.session = onnxruntime.InferenceSession(
            model, options, providers=["CPUExecutionProvider"]
        )
        del model  # the session has its own copy of the weights

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        positions = np.broadcast_to(np.arange(ids.shape[1], dtype=np.int64), ids.shape)
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        feeds = {
            "input_ids": ids,
            "position_ids": np.ascontiguousarray(positions),
            "mask_bias": bias,
        }
        return self.session.run(["hidden"], feeds)[0]
