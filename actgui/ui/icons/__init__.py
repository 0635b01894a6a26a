# SPDX-License-Identifier: MIT
"""Data files only. A package so that setuptools ships the folder (without
namespace discovery, a data folder that is not a package is deprecated)."""
