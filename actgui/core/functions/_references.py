"""Sources cited by more than one function, or by the classics.

Every field was checked against the publisher's page, the arXiv abstract page or
the paper itself.  Authors are "Family, Given" in the paper's order; "others"
at the end stands for BibTeX's "and others" (Keras' own citation).  For a
preprint later published elsewhere the venue names both.
"""

from __future__ import annotations

from ..spec import Reference

# --- frameworks (for built-ins with no paper of their own) ---------------------

PYTORCH_2019 = Reference(
    authors=(
        "Paszke, Adam",
        "Gross, Sam",
        "Massa, Francisco",
        "Lerer, Adam",
        "Bradbury, James",
        "Chanan, Gregory",
        "Killeen, Trevor",
        "Lin, Zeming",
        "Gimelshein, Natalia",
        "Antiga, Luca",
        "Desmaison, Alban",
        "Köpf, Andreas",
        "Yang, Edward",
        "DeVito, Zachary",
        "Raison, Martin",
        "Tejani, Alykhan",
        "Chilamkurthy, Sasank",
        "Steiner, Benoit",
        "Fang, Lu",
        "Bai, Junjie",
        "Chintala, Soumith",
    ),
    year=2019,
    title="PyTorch: An Imperative Style, High-Performance Deep Learning Library",
    venue="Advances in Neural Information Processing Systems 32 (NeurIPS 2019)",
    url="https://arxiv.org/abs/1912.01703",
)

KERAS_2015 = Reference(
    authors=("Chollet, François", "others"),
    year=2015,
    title="Keras",
    venue="Software, keras.io",
    url="https://keras.io",
)

# --- textbooks ------------------------------------------------------------------

GOODFELLOW_2016 = Reference(
    authors=("Goodfellow, Ian", "Bengio, Yoshua", "Courville, Aaron"),
    year=2016,
    title="Deep Learning",
    venue="MIT Press",
    url="https://www.deeplearningbook.org",
)

KUTUK_2022 = Reference(
    authors=("Kütük, Yasin",),
    year=2022,
    title="Activation Functions: Activation Functions in Deep Learning with LaTeX Applications",
    venue="Peter Lang",
    url="https://www.peterlang.com/document/1241339",
)

MCCULLAGH_NELDER_1989 = Reference(
    authors=("McCullagh, Peter", "Nelder, John A."),
    year=1989,
    title="Generalized Linear Models",
    venue="Chapman and Hall, 2nd edition",
    url="https://doi.org/10.1007/978-1-4899-3242-6",
)

# --- papers cited by several functions --------------------------------------------

LECUN_1998 = Reference(
    authors=("LeCun, Yann", "Bottou, Léon", "Orr, Genevieve B.", "Müller, Klaus-Robert"),
    year=1998,
    title="Efficient BackProp",
    venue="Neural Networks: Tricks of the Trade, Lecture Notes in Computer Science 1524, Springer",
    url="https://doi.org/10.1007/3-540-49430-8_2",
)

CARLILE_2017 = Reference(
    authors=(
        "Carlile, Brad",
        "Delamarter, Guy",
        "Kinney, Paul",
        "Marti, Akiko",
        "Whitney, Brian",
    ),
    year=2017,
    title="Improving Deep Learning by Inverse Square Root Linear Units (ISRLUs)",
    venue="arXiv preprint arXiv:1710.09967",
    url="https://arxiv.org/abs/1710.09967",
)

BLONDEL_2020 = Reference(
    authors=("Blondel, Mathieu", "Martins, André F. T.", "Niculae, Vlad"),
    year=2020,
    title="Learning with Fenchel-Young Losses",
    venue="Journal of Machine Learning Research 21, 1–69",
    url="https://arxiv.org/abs/1901.02324",
)

BASIRAT_ROTH_2018 = Reference(
    authors=("Basirat, Mina", "Roth, Peter M."),
    year=2018,
    title="The Quest for the Golden Activation Function",
    venue="arXiv preprint arXiv:1808.00783",
    url="https://arxiv.org/abs/1808.00783",
)

HOWARD_2019 = Reference(
    authors=(
        "Howard, Andrew",
        "Sandler, Mark",
        "Chu, Grace",
        "Chen, Liang-Chieh",
        "Chen, Bo",
        "Tan, Mingxing",
        "Wang, Weijun",
        "Zhu, Yukun",
        "Pang, Ruoming",
        "Vasudevan, Vijay",
        "Le, Quoc V.",
        "Adam, Hartwig",
    ),
    year=2019,
    title="Searching for MobileNetV3",
    venue="IEEE/CVF International Conference on Computer Vision (ICCV 2019)",
    url="https://arxiv.org/abs/1905.02244",
)

HENDRYCKS_GIMPEL_2016 = Reference(
    authors=("Hendrycks, Dan", "Gimpel, Kevin"),
    year=2016,
    title="Gaussian Error Linear Units (GELUs)",
    venue="arXiv preprint arXiv:1606.08415",
    url="https://arxiv.org/abs/1606.08415",
)
