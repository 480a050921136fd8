"""A user's property tests: a small grant portal that embeds partnership-model.

The portal's own code is the functions at the top: it builds a convention from an
application form, imports the partners of an application from a spreadsheet, lets the
applicant correct a partner's details in a web form, and shows the validation findings
on a screen. The tests below it are what its
developers write with ``partnership_model.testing.strategies``: whatever convention a
complete form describes, the convention built from it is complete; the importer loses
no partner, correcting details never makes a complete convention
incomplete, and the screen shows every finding.

Run it with ``pytest examples/test_grant_portal.py`` (the ``hypothesis`` extra installed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Convention,
    Dossier,
    Partner,
    PartnerKind,
    Report,
    from_dict,
    from_json,
    to_dict,
    to_json,
    validate,
)
from partnership_model.testing.strategies import (
    broken_conventions,
    conventions,
    dossiers,
    partners,
)
from partnership_model.text import blank

# --- the portal's code ---------------------------------------------------------------------------

Row = Mapping[str, str]
"""One line of the applicant's spreadsheet: id, name, kind, address."""


def convention_from_form(form: Mapping[str, Any]) -> Convention:
    """The convention an application form describes. The form posts the convention's
    document, as the portal's editor writes it, with the applicant's language and the
    form of cooperation chosen in a drop-down list."""
    document = {**form["document"], "language": form["language"], "form": form["cooperation"]}
    return from_dict(document, Convention)


def form_of(convention: Convention, language: str) -> dict[str, Any]:
    """What the portal's editor posts for ``convention`` (its inverse, for the tests)."""
    return {
        "document": to_dict(convention),
        "language": language,
        "cooperation": None if convention.form is None else convention.form.value,
    }


def partners_from_rows(rows: Iterable[Row]) -> tuple[Partner, ...]:
    """The partners of a spreadsheet, one per row; an empty address is no address."""
    return tuple(
        Partner(
            id=row["id"],
            name=row["name"],
            kind=PartnerKind(row["kind"]),
            address=row["address"] or None,
        )
        for row in rows
    )


def corrected(convention: Convention, partner_id: str, form: Mapping[str, str]) -> Convention:
    """The convention once the applicant has corrected one partner's name and address."""
    updated = tuple(
        attrs.evolve(p, name=form["name"], address=form["address"] or None)
        if p.id == partner_id
        else p
        for p in convention.partners
    )
    return attrs.evolve(convention, partners=updated)


def findings_screen(report: Report) -> str:
    """What the applicant sees: one line per finding, grouped by step of the methodology."""
    lines = []
    for step, findings in report.by_step.items():
        lines.append(f"## {step.label(report.language)}")
        lines.extend(f"- [{f.code}] {f.message}" for f in findings)
    return "\n".join(lines)


# --- its property tests --------------------------------------------------------------------------


def as_rows(drawn: tuple[Partner, ...]) -> list[dict[str, str]]:
    return [
        {"id": p.id, "name": p.name, "kind": p.kind.value, "address": p.address or ""}
        for p in drawn
    ]


@given(conventions(complete=True), st.sampled_from(["fr", "en", "nl"]))
def test_a_convention_built_from_a_complete_form_is_complete(
    convention: Convention, language: str
) -> None:
    built = convention_from_form(form_of(convention, language))
    assert validate(built).findings == ()
    assert built.language == language


@given(partners(min_size=1))
def test_the_importer_never_loses_a_partner(drawn: tuple[Partner, ...]) -> None:
    imported = partners_from_rows(as_rows(drawn))
    assert [p.id for p in imported] == [p.id for p in drawn]
    assert [p.name for p in imported] == [p.name for p in drawn]


# A name of white space alone says nothing (validation reports an unnamed partner):
# a correction names the partner, so it draws names that say something.
names = st.text(min_size=1).filter(lambda name: not blank(name))
details = st.fixed_dictionaries({"name": names, "address": st.text()})


@given(conventions(complete=True), st.data())
def test_correcting_a_partner_keeps_a_complete_convention_complete(
    convention: Convention, data: st.DataObject
) -> None:
    partner = data.draw(st.sampled_from(convention.partners))
    after = corrected(convention, partner.id, data.draw(details))
    assert validate(after).is_complete
    assert [p.id for p in after.partners] == [p.id for p in convention.partners]


@given(broken_conventions(profile="methodology"), st.sampled_from(["fr", "en", "nl"]))
def test_the_screen_shows_every_finding(
    pair: tuple[Convention, frozenset[str]], language: str
) -> None:
    convention, codes = pair
    screen = findings_screen(validate(convention, language=language))
    assert all(f"[{code}]" in screen for code in codes)


@given(dossiers(complete=True, today=dt.date(2026, 11, 26)))
def test_what_the_portal_stores_it_reads_back_unchanged(dossier: Dossier) -> None:
    assert from_json(to_json(dossier), Dossier) == dossier
