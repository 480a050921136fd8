"""CLARIFY (seed): the relation to the institution, the public authority and the
hierarchy — "the worker is part of a structure", and the convention says whether that
structure is informed, consulted or approves, and on which topics.
"""

from __future__ import annotations

import pytest

from partnership_model import InstitutionalLink, InstitutionKind, Involvement, Topic
from tests.support import assert_refused

# --- InstitutionalLink ------------------------------------------------------------------


def test_involvement_goes_from_inform_to_consult_to_approve() -> None:
    assert [level.value for level in Involvement] == ["inform", "consult", "approve"]


def test_an_institutional_link_needs_an_id_an_institution_a_kind_and_an_involvement() -> None:
    link = InstitutionalLink(
        id="cpas-board",
        institution="Conseil de l'action sociale",
        kind=InstitutionKind.PUBLIC_AUTHORITY,
        involvement=Involvement.APPROVE,
    )
    assert link.partner is None  # the partnership as a whole
    assert link.topics == ()
    assert link.contact is None


@pytest.mark.parametrize("involvement", list(Involvement))
def test_an_institution_is_informed_consulted_or_approves_on_given_topics(
    involvement: Involvement,
) -> None:
    link = InstitutionalLink(
        id="hierarchy",
        partner="amo",
        institution="Direction de l'AMO",
        kind=InstitutionKind.HIERARCHY,
        involvement=involvement,
        topics=(Topic.BUDGET, Topic.STAFF),
        contact="direction@example.org",
    )
    assert link.involvement is involvement
    assert link.topics == (Topic.BUDGET, Topic.STAFF)


def test_an_institutional_link_refuses_plain_strings_for_its_enums() -> None:
    error = assert_refused(
        lambda: InstitutionalLink(
            id="l",
            institution="i",
            kind=InstitutionKind.INSTITUTION,
            involvement="approve",  # type: ignore[arg-type]
        ),
        "InstitutionalLink.involvement",
        "approve",
    )
    assert "inform, consult, approve" in error.reason
    error = assert_refused(
        lambda: InstitutionalLink(
            id="l",
            institution="i",
            kind="hierarchy",  # type: ignore[arg-type]
            involvement=Involvement.INFORM,
        ),
        "InstitutionalLink.kind",
        "hierarchy",
    )
    assert "institution, public_authority, hierarchy" in error.reason


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_an_institutional_link_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(
        lambda: InstitutionalLink(
            id=bad_id,
            institution="i",
            kind=InstitutionKind.INSTITUTION,
            involvement=Involvement.INFORM,
        ),
        "InstitutionalLink.id",
        bad_id,
    )
    assert_refused(
        lambda: InstitutionalLink(
            id="l",
            partner=bad_id,
            institution="i",
            kind=InstitutionKind.INSTITUTION,
            involvement=Involvement.INFORM,
        ),
        "InstitutionalLink.partner",
        bad_id,
    )


def test_an_institutional_link_refuses_a_list_of_topics() -> None:
    assert_refused(
        lambda: InstitutionalLink(
            id="l",
            institution="i",
            kind=InstitutionKind.INSTITUTION,
            involvement=Involvement.CONSULT,
            topics=[Topic.BUDGET],  # type: ignore[arg-type]
        ),
        "InstitutionalLink.topics",
        [Topic.BUDGET],
    )


def test_an_institutional_link_refuses_non_text_institution_and_contact() -> None:
    assert_refused(
        lambda: InstitutionalLink(
            id="l",
            institution=None,  # type: ignore[arg-type]
            kind=InstitutionKind.INSTITUTION,
            involvement=Involvement.CONSULT,
        ),
        "InstitutionalLink.institution",
        None,
    )
    assert_refused(
        lambda: InstitutionalLink(
            id="l",
            institution="i",
            kind=InstitutionKind.INSTITUTION,
            involvement=Involvement.CONSULT,
            contact=1,  # type: ignore[arg-type]
        ),
        "InstitutionalLink.contact",
        1,
    )
