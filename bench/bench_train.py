"""Training lab speed: epochs per second, actgui's numpy trainer beside PyTorch on the CPU.

A 3 x 32 MLP (sigmoid output, binary cross-entropy, Adam, lr 0.01) on 1,000
points of circles, full batch, float64, in both; PyTorch on one thread
(``torch.set_num_threads(1)``), each epoch zero_grad, forward, loss, backward,
step.  actgui's epochs are timed twice: as the lab runs them (the whole
training set's loss and accuracy after every step, and a 500-point test set
evaluated every epoch) and with the smallest test set (10 points), closer to
PyTorch's bare loop.  Then 2 x 16 epochs per second (the aim is 1,000 or more).
Medians of a few repeats, all in this process.

    python bench/bench_train.py [--function relu] [--epochs 300] [--repeat 5] [--smoke]
"""

from __future__ import annotations

import argparse
import sys

from _timing import median_time

from actgui.core import training as T

TORCH_MODULES = {
    "relu": "ReLU",
    "tanh": "Tanh",
    "sigmoid": "Sigmoid",
    "elu": "ELU",
    "silu": "SiLU",
    "gelu": "GELU",
    "softplus": "Softplus",
    "identity": "Identity",
}


def median_rate(fn, epochs: int, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """Epochs per second: the median over ``repeat`` runs of ``fn()`` (``epochs`` each)."""
    return epochs / median_time(fn, repeat)  # one warm-up run: buffers, caches


def actgui_rate(
    spec: str, layers: int, width: int, points: int, test: int, epochs: int, repeat: int
) -> float:
    cfg = T.TrainConfig(
        data="circles", points=points, test_points=test, layers=layers, width=width,
        epochs=epochs, optimizer="adam", lr=0.01, seed=0,
    )  # fmt: skip
    return median_rate(lambda: T.train([spec], cfg), epochs, repeat)


def torch_rate(
    spec: str, layers: int, width: int, points: int, epochs: int, repeat: int
) -> float | None:
    try:
        import torch
    except ImportError:
        print("PyTorch is not installed: skipping the comparison (pip install torch)")
        return None
    name = TORCH_MODULES.get(spec)
    if name is None:
        print(f"no PyTorch module for {spec!r}: skipping the comparison")
        return None
    torch.set_num_threads(1)
    data = T.make_dataset("circles", points, 10, 0.1, 2, seed=0)
    x = torch.from_numpy(data.x_train)
    y = torch.from_numpy(data.y_train.astype("float64"))[:, None]

    def one_run() -> None:
        torch.manual_seed(0)
        mods: list[torch.nn.Module] = []
        fan = 2
        for _ in range(layers):
            mods += [torch.nn.Linear(fan, width, dtype=torch.float64), getattr(torch.nn, name)()]
            fan = width
        mods.append(torch.nn.Linear(fan, 1, dtype=torch.float64))
        model = torch.nn.Sequential(*mods)
        opt = torch.optim.Adam(model.parameters(), lr=0.01)
        loss_fn = torch.nn.BCEWithLogitsLoss()
        for _ in range(epochs):
            opt.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            opt.step()

    return median_rate(one_run, epochs, repeat)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--function", default="relu")
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--points", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes: does it run at all")
    args = ap.parse_args()
    spec, epochs, points, repeat = args.function, args.epochs, args.points, args.repeat
    if args.smoke:
        epochs, points, repeat = 5, 50, 1
    print(f"{spec}, circles, {points} points, full batch, Adam, float64; median of {repeat}")
    lab = actgui_rate(spec, 3, 32, points, 500, epochs, repeat)
    bare = actgui_rate(spec, 3, 32, points, 10, epochs, repeat)
    base = torch_rate(spec, 3, 32, points, epochs, repeat)
    print(f"3x32 actgui, as the lab runs (500 test points) : {lab:8.0f} epochs/s")
    print(f"3x32 actgui, 10 test points                    : {bare:8.0f} epochs/s")
    if base is not None:
        print(f"3x32 PyTorch CPU, 1 thread                     : {base:8.0f} epochs/s")
        print(f"ratio actgui/PyTorch: {lab / base:.2f}x as the lab runs, {bare / base:.2f}x bare")
    small = actgui_rate(spec, 2, 16, points, 500, epochs, repeat)
    print(f"2x16 actgui, as the lab runs (500 test points) : {small:8.0f} epochs/s (aim: 1,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
