# SPDX-License-Identifier: MIT
"""actgui.core._numeric helpers not covered by the kernels' tests."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from actgui.core._numeric import sorted_unique


def test_sorted_unique_is_np_unique_without_numpy_ma() -> None:
    rng = np.random.default_rng(7)
    for x in (np.array([]), np.array([2.0]), np.array([0.0, -0.0, 1.0, 1.0, -5e-324, 5e-324])):
        np.testing.assert_array_equal(sorted_unique(x), np.unique(x))
    x = np.round(rng.normal(size=5000), 2)
    np.testing.assert_array_equal(sorted_unique(x), np.unique(x))
    code = (
        "import sys, numpy as np\n"
        "from actgui.core._numeric import sorted_unique\n"
        "sorted_unique(np.array([3.0, 1.0, 3.0]))\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
