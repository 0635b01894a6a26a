"""mpmath definitions of the functions added after the first 50, one module per
module of ``actgui/core/functions`` (see ``tools/make_reference.py --set``)."""
