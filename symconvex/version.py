"""The package version (kernel: imports nothing)."""

__version__ = "0.1.0"
