"""Strategies of conventions and dossiers broken on purpose, each drawn with the rule
codes validating it must find: a complete dossier (:mod:`._complete`) to which some of
the breaks of :mod:`._breaks` are applied.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.convention import Convention, Form
from partnership_model.dossier import Dossier
from partnership_model.testing import _breaks, _complete
from partnership_model.testing import _values as values
from partnership_model.testing._convention import check_form, check_today
from partnership_model.testing._digits import Digits
from partnership_model.testing._dossier import dossiers
from partnership_model.validation import CATALOGUE, Profile

__all__ = ["broken_conventions", "broken_dossiers"]


def chosen_breaks(
    function: str,
    codes: Collection[str] | None,
    profile_codes: frozenset[str],
    today: dt.date | None,
    in_dossier: bool,
) -> tuple[_breaks.Break, ...] | None:
    """The breaks for ``codes``, checked; None when the strategy is to choose them."""
    if codes is None:
        return None
    if isinstance(codes, str) or not codes:
        raise InvalidArgument(
            f"{function}(codes={codes!r}): expected a non-empty set of rule codes"
        )
    chosen = []
    for code in sorted(set(codes)):
        if code not in profile_codes:
            raise InvalidArgument(f"{function}(codes=...): {code!r} is not a rule of the profile")
        found = _breaks.BREAKS[code]
        if found.needs_today and today is None:
            raise InvalidArgument(
                f"{function}(codes=...): {code!r} is found only on a given day: pass today="
            )
        if found.needs_dossier and not in_dossier:
            raise InvalidArgument(
                f"{function}(codes=...): {code!r} reads the dossier: use broken_dossiers()"
            )
        chosen.append(found)
    for at, first in enumerate(chosen):
        for second in chosen[at + 1 :]:
            if not _breaks.compatible(first, second):
                raise InvalidArgument(
                    f"{function}(codes=...): {first.code!r} and {second.code!r} change the "
                    "same part of the convention; break them in separate examples"
                )
    return tuple(chosen)


def breakable(
    profile_codes: frozenset[str], today: dt.date | None, in_dossier: bool
) -> tuple[_breaks.Break, ...]:
    return tuple(
        found
        for code, found in _breaks.BREAKS.items()
        if code in profile_codes
        and (today is not None or not found.needs_today)
        and (in_dossier or not found.needs_dossier)
    )


def broken(
    function: str,
    *,
    profile: str | Profile,
    codes: Collection[str] | None,
    form: Form | None,
    today: dt.date | None,
    in_dossier: bool,
) -> st.SearchStrategy[tuple[Dossier, frozenset[str]]]:
    profile_codes = _complete.profile_codes(function, profile)
    form = check_form(function, form)
    today = check_today(function, today)
    chosen = chosen_breaks(function, codes, profile_codes, today, in_dossier)
    candidates = breakable(profile_codes, today, in_dossier)
    complete = dossiers(profile=profile, complete=True, form=form, today=today)
    situation = _breaks.Situation(today=today, codes=profile_codes)

    def draw_broken(draw: st.DrawFn) -> tuple[Dossier, frozenset[str]]:
        breaks = chosen
        if breaks is None:
            # A few rules at once, in drawn order, each kept when it goes with the others.
            wanted = Digits(draw, width=4).choose(candidates, least=1, most=3)
            kept: list[_breaks.Break] = []
            for found in wanted:
                if all(_breaks.compatible(found, other) for other in kept):
                    kept.append(found)
            breaks = tuple(kept)
        dossier = draw(complete)
        triggered: set[str] = set()
        for found in breaks:
            dossier, implied = found.apply(draw, dossier, situation)
            triggered |= {found.code, *implied}
        if not in_dossier:  # a convention alone has no minutes to recount
            triggered = {code for code in triggered if not CATALOGUE[code].needs_dossier}
        return dossier, frozenset(triggered & profile_codes)

    return values.drawing(draw_broken)


def broken_conventions(
    *,
    profile: str | Profile = "methodology",
    codes: Collection[str] | None = None,
    form: Form | None = None,
    today: dt.date | None = None,
) -> st.SearchStrategy[tuple[Convention, frozenset[str]]]:
    """Pairs of a convention and the rule codes validating it must find: exactly those.

    Each starts from a complete convention and breaks the rules ``codes`` (by default a
    few rules of ``profile``, drawn) in the smallest way: a coordinator role made an
    ordinary one, a need nobody covers, a step that ends before ``today``. The codes
    hold the chosen ones and the few a break cannot help bringing along (no contribution
    at all leaves the needs uncovered). Rules found only on a given day need ``today``;
    rules about minutes and amendments need :func:`broken_dossiers`.
    """
    pairs = broken(
        "broken_conventions",
        profile=profile,
        codes=codes,
        form=form,
        today=today,
        in_dossier=False,
    )
    return pairs.map(lambda pair: (pair[0].convention, pair[1]))


def broken_dossiers(
    *,
    profile: str | Profile = "methodology",
    codes: Collection[str] | None = None,
    form: Form | None = None,
    today: dt.date | None = None,
) -> st.SearchStrategy[tuple[Dossier, frozenset[str]]]:
    """Like :func:`broken_conventions`, for dossiers: every rule of every built-in
    profile can be broken this way, those about minutes, amendments and the directory
    included."""
    return broken(
        "broken_dossiers", profile=profile, codes=codes, form=form, today=today, in_dossier=True
    )
