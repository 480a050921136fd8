"""Shared test machinery: how a test checks that building a value is refused.

Every record refuses a value that is wrong on its own with an ``InvalidValueError``
(a ``PartnershipModelError`` and a ``ValueError``) whose ``field`` names ``Class.field``,
whose ``value`` is what was given and whose message reads
``"Class.field: reason (got value)"``. The three helpers check that much at three
depths and return the error, so that a test can go on to check the ``reason``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from partnership_model import InvalidValueError, PartnershipModelError


def assert_refused_naming(build: Callable[[], object], field: str) -> InvalidValueError:
    """Building must raise an InvalidValueError whose message starts with ``field``."""
    with pytest.raises(InvalidValueError) as caught:
        build()
    error = caught.value
    assert isinstance(error, PartnershipModelError)
    assert isinstance(error, ValueError)
    assert error.field == field
    assert str(error).startswith(f"{field}: ")
    return error


def assert_refused(build: Callable[[], object], field: str, value: object) -> InvalidValueError:
    """Building must raise an InvalidValueError that names ``field`` and shows ``value``."""
    error = assert_refused_naming(build, field)
    assert error.value == value
    assert repr(value) in str(error)
    return error


def assert_refused_showing(
    build: Callable[[], object], field: str, shown: str
) -> InvalidValueError:
    """Building must raise an InvalidValueError that names ``field`` and whose message shows
    ``shown`` right after ``(got``: the value's repr, or its start when the repr is long."""
    error = assert_refused_naming(build, field)
    assert f"(got {shown}" in str(error)
    return error
