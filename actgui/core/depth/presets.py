"""The depth lab's presets: configurations that each teach one thing, in English and Chinese.

:data:`PRESETS` is a table (data, not logic): each :class:`DepthPreset` names the
functions, the configuration, the number of seeds and a two-line explanation.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import DepthConfig


@dataclass(frozen=True)
class DepthPreset:
    """A configuration that teaches one thing, with a two-line explanation."""

    id: str
    title_en: str
    title_zh: str
    functions: tuple[str, ...]
    config: DepthConfig
    repeats: int
    explanation_en: tuple[str, str]
    explanation_zh: tuple[str, str]

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh_CN" else self.title_en

    def explanation(self, lang: str = "en") -> tuple[str, str]:
        return self.explanation_zh if lang == "zh_CN" else self.explanation_en


PRESETS: tuple[DepthPreset, ...] = (
    DepthPreset(
        id="sigmoid_glorot",
        title_en="sigmoid + Glorot: vanishing gradient",
        title_zh="Sigmoid + Glorot：梯度消失",
        functions=("sigmoid", "tanh"),
        config=DepthConfig(layers=20, width=512, init="glorot_uniform", batch=256),
        repeats=1,
        explanation_en=(
            "Sigmoid's slope is at most 1/4 and its outputs are not centred, so every layer "
            "shrinks the gradient: after 20 layers the first layer's is ~1e-12 of the last's.",
            "tanh, centred and with slope 1 at 0, keeps its weight gradients within a small "
            "factor under the same Glorot init (Glorot and Bengio, 2010).",
        ),
        explanation_zh=(
            "Sigmoid 的导数最大只有 1/4，输出又不以 0 为中心，梯度每反传一层就缩小："
            "20 层后第一层的梯度约为最后一层的 10⁻¹²。",
            "tanh 以 0 为中心、在 0 处斜率为 1，同样的 Glorot 初始化下各层权重梯度只相差很小的倍数"
            "（Glorot 与 Bengio，2010）。",
        ),
    ),
    DepthPreset(
        id="relu_bad_init",
        title_en="ReLU + bad init: dying ReLUs",
        title_zh="ReLU + 错误初始化：ReLU 死亡",
        functions=("relu",),
        config=DepthConfig(layers=30, width=256, init="he_normal", bias=-1.0, batch=256),
        repeats=1,
        explanation_en=(
            "A bias initialised to -1 pushes pre-activations below zero: within five layers "
            "every unit outputs 0 for every input (dead fraction 1).",
            "A dead ReLU passes no gradient (f' = 0), so the gradient below it is exactly zero "
            "and the network cannot learn.",
        ),
        explanation_zh=(
            "偏置初始化为 -1 会把预激活推到 0 以下：不到五层，每个单元对所有输入都输出 0"
            "（死亡比例为 1）。",
            "死亡的 ReLU 不传递梯度（f' = 0），它下面各层的梯度恰好为 0，网络无法学习。",
        ),
    ),
    DepthPreset(
        id="relu_he",
        title_en="ReLU + He: stable variance",
        title_zh="ReLU + He：方差稳定",
        functions=("relu",),
        config=DepthConfig(layers=50, width=512, init="he_normal", batch=256),
        repeats=5,
        explanation_en=(
            "He init (variance 2/fan_in) makes up for ReLU zeroing half its inputs: the mean "
            "square of the activations keeps its input value through 50 layers (He et al., 2015).",
            "Each seed drifts a little, because a finite layer is a random sample; the band "
            "shows the spread over 5 seeds, the line their median.",
        ),
        explanation_zh=(
            "He 初始化（方差 2/fan_in）补偿了 ReLU 把一半输入置零的损失：激活的均方值在 50 层中"
            "保持输入时的大小（He 等，2015）。",
            "有限宽度的层只是一个随机样本，所以每个种子会略有漂移；阴影带是 5 个种子的范围，"
            "线是它们的中位数。",
        ),
    ),
    DepthPreset(
        id="selu_lecun",
        title_en="SELU + LeCun: self-normalising",
        title_zh="SELU + LeCun：自归一化",
        functions=("selu", "elu"),
        config=DepthConfig(layers=50, width=512, init="lecun_normal", batch=256),
        repeats=1,
        explanation_en=(
            "SELU's two constants make mean 0 and variance 1 a stable fixed point: with LeCun "
            "normal init the activations keep mean ≈ 0, variance ≈ 1 (Klambauer et al., 2017).",
            "ELU, the same shape without SELU's scale, loses variance layer after layer under "
            "the same init.",
        ),
        explanation_zh=(
            "SELU 的两个常数使均值 0、方差 1 成为稳定不动点：用 LeCun 正态初始化时，"
            "各层激活均值约为 0、方差约为 1（Klambauer 等，2017）。",
            "ELU 形状相同但没有 SELU 的缩放系数，在同样的初始化下方差逐层减小。",
        ),
    ),
    DepthPreset(
        id="leaky_vs_relu",
        title_en="Leaky ReLU/PReLU/ELU vs ReLU",
        title_zh="Leaky ReLU/PReLU/ELU 对比 ReLU",
        functions=("relu", "leaky_relu", "prelu", "elu"),
        config=DepthConfig(layers=30, width=256, init="he_normal", bias=-1.0, batch=256),
        repeats=1,
        explanation_en=(
            "The bad bias of 'dying ReLUs' again: ReLU dies, while Leaky ReLU, PReLU and ELU "
            "keep a slope for negative inputs, so none of their units is ever dead.",
            "Their gradient still shrinks by that slope per layer: vastly with Leaky ReLU's "
            "0.01, less with PReLU's 0.25, least with ELU.",
        ),
        explanation_zh=(
            "与“ReLU 死亡”相同的错误偏置：ReLU 死亡，而 Leaky ReLU、PReLU 和 ELU 在负半轴仍有斜率，"
            "它们的单元不会死亡。",
            "但梯度每层仍按负半轴的斜率缩小：Leaky ReLU 的 0.01 使它缩小得极多，PReLU 的 0.25 "
            "少一些，ELU 最少。",
        ),
    ),
)


def preset(preset_id: str) -> DepthPreset:
    """A preset by id; ValueError listing the ids if unknown."""
    for p in PRESETS:
        if p.id == preset_id:
            return p
    ids = ", ".join(p.id for p in PRESETS)
    raise ValueError(f"unknown depth preset {preset_id!r}; presets: {ids}")
