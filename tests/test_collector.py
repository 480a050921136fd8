"""The cyclic collector is paused while a document is read or written, and left as the
caller had it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from partnership_model import Dossier, SerializationError, from_json, to_json
from partnership_model._collector import collector_paused
from tests.support import brussels


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_paused_in_the_block_and_on_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # a reading within a reading
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_on_again_after_a_refusal() -> None:
    text = to_json(brussels())
    assert from_json(text, Dossier) == brussels()
    assert gc.isenabled()
    with pytest.raises(SerializationError):
        from_json(text.replace('"format"', '"formats"', 1), Dossier)
    assert gc.isenabled()


def test_a_caller_who_switched_the_collector_off_finds_it_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        from_json(to_json(brussels()), Dossier)
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_readers_in_several_threads_leave_the_collector_on() -> None:
    inside = threading.Barrier(2)
    leave = threading.Event()
    seen: list[bool] = []

    def reader() -> None:
        with collector_paused():
            inside.wait()
            leave.wait()
            seen.append(gc.isenabled())

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    leave.set()
    for thread in threads:
        thread.join()
    # The first to leave did not switch it on under the other's feet.
    assert seen == [False, False]
    assert gc.isenabled()
