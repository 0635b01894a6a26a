"""The training lab's core: data sets, options, textbook results, reproducibility, files."""

from __future__ import annotations

import io
import math
import zipfile

import numpy as np
import pytest

from actgui.core import training as T
from actgui.core.depth import resolve_function
from actgui.core.training import blas
from actgui.core.training.network import init_weight

# --- data ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", T.DATASETS)
def test_data_sets_are_balanced_bounded_and_seeded(name: str) -> None:
    classes = T.DEFAULT_CLASSES[name]
    d = T.make_dataset(name, 300, 90, 0.1, classes, seed=5)
    assert d.x_train.shape == (300, 2) and d.x_test.shape == (90, 2)
    assert d.x_train.dtype == np.float64 and d.y_train.dtype == np.int64
    counts = np.bincount(d.y_train, minlength=classes)
    assert counts.max() - counts.min() <= 1
    assert np.abs(d.x_train).max() < T.BOUNDS
    again = T.make_dataset(name, 300, 90, 0.1, classes, seed=5)
    np.testing.assert_array_equal(d.x_train, again.x_train)
    other = T.make_dataset(name, 300, 90, 0.1, classes, seed=6)
    assert not np.array_equal(d.x_train, other.x_train)
    # the training set does not depend on the number of test points
    more = T.make_dataset(name, 300, 500, 0.1, classes, seed=5)
    np.testing.assert_array_equal(d.x_train, more.x_train)


def test_data_shapes() -> None:
    c = T.make_dataset("circles", 400, 10, 0.0, 2, 0)
    r = np.hypot(*c.x_train.T)
    assert r[c.y_train == 0].max() <= 0.5 and r[c.y_train == 1].min() >= 0.7
    x = T.make_dataset("xor", 400, 10, 0.0, 2, 0)
    assert np.all((np.prod(x.x_train, axis=1) > 0) == (x.y_train == 1))
    s = T.make_dataset("spiral", 300, 10, 0.0, 3, 0)
    assert set(s.y_train.tolist()) == {0, 1, 2}


# --- options ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"data": "swirl"}, "circles, xor, moons, spiral, blobs"),
        ({"epochs": 0}, "epochs must be a whole number from 1 to 100,000"),
        ({"lr": 0.0}, "lr must be in (0, 10]"),
        ({"lr": -1.0}, "lr must be in (0, 10]"),
        ({"layers": -1}, "layers must be a whole number from 1 to 8"),
        ({"layers": 9}, "from 1 to 8"),
        ({"width": 1}, "from 2 to 128"),
        ({"noise": math.nan}, "noise must be a finite number"),
        ({"init": "zeros"}, "glorot_uniform"),
        ({"init": "normal"}, "needs sigma"),
        ({"optimizer": "rmsprop"}, "sgd, adam"),
        ({"momentum": 1.0}, "momentum must be in [0, 1)"),
        ({"classes": 3}, "from 2 to 2"),
        ({"data": "blobs", "classes": 3, "head": "sigmoid"}, "two classes"),
        ({"points": 5}, "from 10 to 100,000"),
    ],
)
def test_bad_options_say_what_is_allowed(change: dict, words: str) -> None:
    with pytest.raises(ValueError, match=None) as info:
        T.TrainConfig(**change).checked()
    assert words in str(info.value)


def test_option_names_can_be_the_users() -> None:
    with pytest.raises(ValueError, match="--lr must be in"):
        T.TrainConfig(lr=-1.0).checked({"lr": "--lr"})


def test_defaults_fill_in() -> None:
    cfg = T.TrainConfig(data="blobs", optimizer="sgd").checked()
    assert (cfg.classes, cfg.head, cfg.lr, cfg.batch) == (3, "softmax", 0.1, 1000)
    assert T.TrainConfig().checked().head == "sigmoid"


def test_bad_functions_and_learn_names() -> None:
    cfg = T.TrainConfig(points=20, test_points=10, epochs=1)
    with pytest.raises(ValueError, match="unknown function 'relux'"):
        T.Trainer(["relux"], cfg)
    with pytest.raises(ValueError, match="at least one"):
        T.Trainer([], cfg)
    with pytest.raises(ValueError, match=r"'beta': none of the functions.*init"):
        T.Trainer(["relu", "prelu"], cfg, learn=["beta"])
    with pytest.raises(ValueError, match="max_value = inf"):
        T.Trainer(["relu_general"], cfg, learn=["max_value"])


# --- networks -----------------------------------------------------------------------


def test_initialisations_have_their_scales() -> None:
    w = init_weight("he_normal", None, 64, 128, seed=1, layer=1)
    assert w.shape == (64, 128) and abs(w.std() - math.sqrt(2 / 64)) < 0.01
    q = init_weight("orthogonal", None, 32, 8, seed=1, layer=2)
    np.testing.assert_allclose(q.T @ q, np.eye(8), atol=1e-12)
    q = init_weight("orthogonal", None, 2, 16, seed=1, layer=1)
    np.testing.assert_allclose(q @ q.T, np.eye(2), atol=1e-12)
    u = init_weight("glorot_uniform", None, 16, 16, seed=1, layer=1)
    assert np.abs(u).max() <= math.sqrt(6 / 32)
    n = init_weight("normal", 0.3, 100, 100, seed=1, layer=1)
    assert abs(n.std() - 0.3) < 0.01


def test_every_network_starts_from_the_same_weights_and_sees_the_same_order() -> None:
    cfg = T.TrainConfig(points=60, test_points=20, layers=2, width=4, epochs=3, batch=7)
    tr = T.train(["tanh", "relu", "tanh"], cfg)
    a, b, c = tr.histories
    np.testing.assert_array_equal(a.loss, c.loss)
    np.testing.assert_array_equal(tr.networks[0].theta, tr.networks[2].theta)
    fresh = T.Trainer(["tanh", "relu"], cfg)
    np.testing.assert_array_equal(fresh.networks[0].theta, fresh.networks[1].theta)
    assert not np.array_equal(a.loss, b.loss)


def test_history_rows_and_full_batch_gradients() -> None:
    cfg = T.TrainConfig(points=50, test_points=20, layers=3, width=5, epochs=4)
    tr = T.train(["elu"], cfg)
    h = tr.histories[0]
    assert h.loss.shape == (5,) and h.grad_norms.shape == (5, 4)
    assert np.all(np.isfinite(h.loss)) and np.all(np.isfinite(h.grad_norms))
    np.testing.assert_array_equal(h.grad_norms[0], h.grad_norms[1])
    # row e's loss is the whole training set's after e epochs
    net = tr.networks[0]
    d = tr.dataset
    loss, acc = net.evaluate(d.x_train, d.y_train)
    assert loss == h.loss[-1] and acc == h.train_accuracy[-1]


def test_full_batch_gradient_row_is_the_one_the_epoch_used() -> None:
    """A tester asked why grad_norm_* of epoch 1 equals epoch 0's in full batch: row e is
    the gradient the optimiser used in epoch e, taken at the weights after e - 1 epochs
    (row 0 at the initial weights: the same as row 1), as in mini-batch training."""
    cfg = T.TrainConfig(points=50, test_points=20, layers=2, width=5, epochs=3)
    tr = T.Trainer(["tanh"], cfg)
    net, d, h = tr.networks[0], tr.dataset, tr.histories[0]
    for e in range(1, 4):
        buf = net.forward(d.x_train)
        net.loss(buf, d.y_train, gradient=True)
        net.backward(d.x_train, buf)
        before = np.sqrt(net.grad_sq)
        tr.step()
        np.testing.assert_array_equal(h.grad_norms[e], before)
    assert not np.array_equal(h.grad_norms[1], h.grad_norms[2])


def test_cancel_keeps_the_rows_so_far() -> None:
    cfg = T.TrainConfig(points=40, test_points=10, epochs=50)
    tr = T.Trainer(["relu"], cfg)

    def progress(done: int, total: int) -> None:
        if done == 7:
            raise T.Cancelled

    with pytest.raises(T.Cancelled):
        tr.run(progress)
    assert tr.epoch == 7
    rows = T.read_csv(T.csv_text(tr))
    assert [r["epoch"] for r in rows] == list(range(8))


def test_a_diverging_network_stops_with_nan_rows() -> None:
    cfg = T.TrainConfig(
        points=40, test_points=10, epochs=30, optimizer="sgd", lr=10.0, momentum=0.9,
        layers=4, width=32, init="normal", sigma=5.0,
    )  # fmt: skip
    tr = T.train(["exponential", "tanh"], cfg)
    exp, tanh = tr.histories
    assert exp.diverged_at is not None
    assert np.isnan(exp.loss[exp.diverged_at :]).all()
    assert tanh.diverged_at is None and np.isfinite(tanh.loss).all()


def test_learned_parameters_stay_in_their_range() -> None:
    # ELU's alpha must stay in [0, 10]: a huge learning rate pushes it to an end
    cfg = T.TrainConfig(points=100, test_points=20, epochs=40, optimizer="sgd", lr=10.0)
    tr = T.train(["elu"], cfg, learn=["alpha"])
    values = tr.histories[0].learned[:, 0]
    finite = values[np.isfinite(values)]
    assert finite.min() >= 0.0 and finite.max() <= 10.0


def test_blas_threads_are_restored() -> None:
    before = blas.threads()
    with blas.single_thread():
        assert blas.threads() in (None, 1)
        with blas.single_thread():
            assert blas.threads() in (None, 1)
    assert blas.threads() == before


# --- textbook results ---------------------------------------------------------------


@pytest.mark.parametrize("data", ["circles", "xor"])
def test_identity_cannot_separate_but_relu_and_tanh_can(data: str) -> None:
    cfg = T.TrainConfig(
        data=data, points=400, test_points=400, layers=2, width=16, epochs=150,
        optimizer="adam", lr=0.03, seed=1,
    )  # fmt: skip
    tr = T.train(["identity", "relu", "tanh"], cfg)
    identity, relu, tanh = (h.test_accuracy[-1] for h in tr.histories)
    assert identity <= 0.62, identity  # chance is 0.5
    if data == "circles":
        assert relu >= 0.95 and tanh >= 0.95, (relu, tanh)
    else:
        assert relu >= 0.9 and tanh >= 0.9, (relu, tanh)


def test_deep_sigmoid_under_plain_sgd_barely_moves_where_relu_trains() -> None:
    cfg = T.TrainConfig(
        data="circles", points=300, test_points=100, layers=8, width=16, epochs=300,
        optimizer="sgd", momentum=0.0, lr=0.5, seed=0,
    )  # fmt: skip
    tr = T.train(["sigmoid", "relu"], cfg)
    sigmoid, relu = tr.histories
    assert abs(sigmoid.loss[0] - sigmoid.loss[-1]) < 0.01
    assert relu.loss[-1] < 0.5 * relu.loss[0]
    # vanishing gradients: the first layer's gradient is orders of magnitude below the last's
    assert sigmoid.grad_norms[0, 0] < 1e-4 * sigmoid.grad_norms[0, -1]


def test_prelu_learns_its_slope() -> None:
    cfg = T.TrainConfig(data="circles", points=300, test_points=100, layers=2, width=8, epochs=200)
    tr = T.train(["prelu", "relu"], cfg)
    prelu = tr.histories[0]
    assert prelu.learned_names == ("init",) and tr.histories[1].learned_names == ()
    assert prelu.learned[0, 0] == 0.25
    assert abs(prelu.learned[-1, 0] - 0.25) > 0.2
    assert tr.networks[0].params["init"] == prelu.learned[-1, 0]


def test_swish_beta_is_learned_when_asked() -> None:
    cfg = T.TrainConfig(data="moons", points=200, test_points=50, epochs=60)
    tr = T.train(["silu", "silu(beta=2)", "relu"], cfg, learn=["beta"])
    for h in tr.histories[:2]:
        assert h.learned_names == ("beta",)
        assert h.learned[-1, 0] != h.learned[0, 0]
    assert tr.learned_columns() == ["beta"]


def test_only_prelu_and_the_learnable_family_learn_unasked() -> None:
    """Found by a tester: SiLU's beta (which Swish's paper trains) was learned without
    --learn, while the README, --help and the lab said only PReLU's slope is."""
    cfg = T.TrainConfig(data="xor", points=60, test_points=20, epochs=2)
    learned = {
        h.label: h.learned_names
        for functions in (
            ["silu", "pelu", "srelu", "snake", "star_relu"],
            ["relu", "prelu", "acon_c", "apl"],
        )
        for h in T.train(functions, cfg).histories
    }
    assert learned == {
        "silu": (),
        "pelu": (),
        "srelu": (),
        "snake": (),
        "star_relu": (),
        "relu": (),
        "prelu": ("init",),
        "acon_c": ("p1", "p2", "beta"),
        "apl": ("a1", "b1", "a2", "b2"),
    }
    assert T.train(["silu", "relu"], cfg).learned_columns() == []
    assert T.default_learned(resolve_function("silu")[1]) == ()


def test_custom_expression_learns_its_parameter() -> None:
    cfg = T.TrainConfig(data="xor", points=200, test_points=50, epochs=60)
    tr = T.train(["expr:x*sigmoid(b*x); b=1"], cfg, learn=["b"])
    h = tr.histories[0]
    assert h.learned_names == ("b",) and h.learned[-1, 0] != 1.0


# --- reproducibility and files ------------------------------------------------------


def _run(seed: int, batch: int | None = 16) -> T.Trainer:
    cfg = T.TrainConfig(
        data="spiral", classes=3, points=120, test_points=40, layers=2, width=8,
        epochs=5, batch=batch, seed=seed,
    )  # fmt: skip
    return T.train(["relu", "prelu", "gelu"], cfg, learn=[])


def test_same_seed_same_bytes() -> None:
    a, b = _run(3), _run(3)
    assert T.csv_text(a) == T.csv_text(b)
    assert T.npz_bytes(a) == T.npz_bytes(b)
    assert T.csv_text(_run(4)) != T.csv_text(a)
    assert T.csv_text(_run(3, None)) == T.csv_text(_run(3, None))


def test_csv_columns_and_exact_numbers() -> None:
    tr = _run(3)
    text = T.csv_text(tr)
    header = text.splitlines()[0].split(",")
    assert header[:5] == ["function", "epoch", "loss", "train_accuracy", "test_accuracy"]
    assert header[6:9] == ["grad_norm_1", "grad_norm_2", "grad_norm_3"]
    assert header[-2:] == ["init", "seed"]
    rows = T.read_csv(text)
    assert len(rows) == 3 * 6
    assert [r["function"] for r in rows[::6]] == ["relu", "prelu", "gelu"]
    prelu = [r for r in rows if r["function"] == "prelu"]
    np.testing.assert_array_equal([r["loss"] for r in prelu], tr.histories[1].loss)
    np.testing.assert_array_equal([r["init"] for r in prelu], tr.histories[1].learned[:, 0])
    assert all(r["init"] is None for r in rows if r["function"] == "relu")


def test_npz_holds_the_trained_networks() -> None:
    tr = _run(3)
    data = np.load(io.BytesIO(T.npz_bytes(tr)))
    assert list(data["functions"]) == ["relu", "prelu", "gelu"]
    np.testing.assert_array_equal(data["net1/W2"], tr.networks[1].W[1])
    assert float(data["net1/param/init"]) == tr.networks[1].params["init"]
    # the logits from the file's weights are the network's
    d = tr.dataset
    net = tr.networks[0]
    h = d.x_test
    for k in (1, 2):
        h = np.maximum(h @ data[f"net0/W{k}"] + data[f"net0/b{k}"], 0.0)
    logits = h @ data["net0/W3"] + data["net0/b3"]
    np.testing.assert_allclose(logits, net.forward(d.x_test, derivatives=False).logits)
    with zipfile.ZipFile(io.BytesIO(T.npz_bytes(tr))) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_decision_grid() -> None:
    tr = _run(3)
    g = tr.grid(0, resolution=20)
    assert g.shape == (20, 20, 3)
    np.testing.assert_allclose(g.sum(axis=2), 1.0)
    xs = T.grid_axis(20)
    assert xs[0] > -T.BOUNDS and xs[-1] < T.BOUNDS and np.allclose(xs, -xs[::-1])


def test_learned_parameters_keep_their_order() -> None:
    # hardtanh's min_val must stay below max_val whatever the steps say
    cfg = T.TrainConfig(points=100, test_points=20, epochs=60, optimizer="sgd", lr=5.0)
    tr = T.train(["hardtanh(min_val=-0.1, max_val=0.1)"], cfg, learn=["min_val", "max_val"])
    lo, hi = tr.histories[0].learned[:, 0], tr.histories[0].learned[:, 1]
    ok = np.isfinite(lo)
    assert np.all(lo[ok] < hi[ok])
