"""Privacy Desk: data-subject requests handled offline."""

__version__ = "0.1.0"
