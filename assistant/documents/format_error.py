"""The one error every format reader raises, in its own module so readers and formats.py import it without a circle."""

from __future__ import annotations


class FormatError(Exception):
    """The file cannot be read as its format; the message is the reason shown to the user."""
