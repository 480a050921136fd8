"""Partnership or collaboration? (seed §2), decided by classify() from the facts.

*Partnership*: several associations carry a project together; they work together on
the needs, the expectations and the tasks. *Collaboration*: one association brings its
stone to another association's project; the project remains the other's.

classify() never looks at the declared ``form``: it says what the facts point to, and
each Reason names the partners it is about, in French, English and Dutch.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Assignment,
    Classification,
    Contribution,
    ContributionKind,
    Convention,
    Dossier,
    Form,
    GoverningBody,
    InvalidValueError,
    Money,
    Raci,
    Reason,
    Task,
    UnsupportedLanguageError,
    classify,
    form_facts,
    validate,
)
from partnership_model.testing import strategies as pms
from tests.brussels import bonnevie, cpas, marolles

# --- Brussels fixtures ------------------------------------------------------------------


def task(task_id: str, *parts: tuple[str, Raci]) -> Task:
    return Task(
        id=task_id,
        title=f"Tâche {task_id}",
        assignments=tuple(Assignment(partner=p, raci=r) for p, r in parts),
    )


def contribution(
    contribution_id: str, partner: str | None, *covers: str, kind: ContributionKind | None = None
) -> Contribution:
    return Contribution(
        id=contribution_id,
        partner=partner,
        kind=kind or ContributionKind.SERVICE,
        description=f"Apport {contribution_id}",
        covers=covers,
    )


def two_carriers(**changes: Any) -> Convention:
    """Bonnevie and the Marolles carry the project; the CPAS is a third partner."""
    base = Convention(
        name="Fête de quartier Bonnevie-Marolles",
        partners=(bonnevie(), marolles(), cpas()),
        carriers=("bonnevie", "marolles"),
    )
    return attrs.evolve(base, **changes)


def full_partnership() -> Convention:
    """Two carriers who share the tasks, the needs and the governance."""
    return two_carriers(
        tasks=(
            task("stands", ("bonnevie", Raci.ACCOUNTABLE), ("marolles", Raci.RESPONSIBLE)),
            task("affiches", ("marolles", Raci.ACCOUNTABLE), ("cpas-molenbeek", Raci.INFORMED)),
        ),
        contributions=(
            contribution("c-salle", "bonnevie", "need-salle", kind=ContributionKind.PREMISES),
            contribution("c-benevoles", "marolles", "need-benevoles", kind=ContributionKind.HUMAN),
            Contribution(
                id="c-subside",
                partner="cpas-molenbeek",
                kind=ContributionKind.FINANCIAL,
                amount=Money(amount=Decimal("3000.00"), currency="EUR"),
                covers=("need-budget",),
            ),
        ),
        governing_bodies=(
            GoverningBody(
                id="copil",
                name="Comité de pilotage",
                members=("bonnevie", "marolles", "cpas-molenbeek"),
            ),
        ),
    )


def homework_club_of_bonnevie(**changes: Any) -> Convention:
    """Bonnevie's homework club; the Marolles lend volunteers, the CPAS funds it."""
    base = Convention(
        name="École de devoirs de la Maison Bonnevie",
        partners=(bonnevie(), marolles(), cpas()),
        owner="bonnevie",
        carriers=("bonnevie",),
        contributions=(
            contribution("c-benevoles", "marolles", kind=ContributionKind.HUMAN),
            contribution("c-locaux", "bonnevie", kind=ContributionKind.PREMISES),
            contribution("c-subside", "cpas-molenbeek", kind=ContributionKind.FINANCIAL),
        ),
    )
    return attrs.evolve(base, **changes)


def codes(classification: Classification) -> list[str]:
    return [reason.code for reason in classification.reasons]


def reason(classification: Classification, code: str) -> Reason:
    return next(r for r in classification.reasons if r.code == code)


# --- partnership: several carriers who work together ------------------------------------


def test_several_carriers_sharing_tasks_needs_and_governance_make_a_partnership() -> None:
    result = classify(full_partnership())

    assert result.form is Form.PARTNERSHIP
    assert result.reasons == (
        Reason(code="several-carriers", partners=("bonnevie", "marolles")),
        Reason(code="shared-tasks", partners=("bonnevie", "marolles")),
        Reason(code="shared-needs", partners=("bonnevie", "marolles")),
        Reason(code="shared-governance", partners=("bonnevie", "marolles")),
    )


def test_sharing_the_tasks_alone_shows_joint_work() -> None:
    result = classify(
        two_carriers(
            tasks=(
                task("stands", ("bonnevie", Raci.RESPONSIBLE)),
                task("bar", ("marolles", Raci.RESPONSIBLE)),
            )
        )
    )

    assert result.form is Form.PARTNERSHIP
    assert codes(result) == ["several-carriers", "shared-tasks"]


def test_accountable_and_responsible_both_count_as_working_on_a_task() -> None:
    result = classify(
        two_carriers(
            tasks=(task("stands", ("marolles", Raci.ACCOUNTABLE), ("bonnevie", Raci.RESPONSIBLE)),)
        )
    )

    assert reason(result, "shared-tasks").partners == ("marolles", "bonnevie")


def test_meeting_the_needs_together_alone_shows_joint_work() -> None:
    result = classify(
        two_carriers(
            contributions=(
                contribution("c-salle", "bonnevie", "need-salle"),
                contribution("c-materiel", "marolles", "need-materiel", "need-salle"),
            )
        )
    )

    assert result.form is Form.PARTNERSHIP
    assert codes(result) == ["several-carriers", "shared-needs"]
    assert reason(result, "shared-needs").partners == ("bonnevie", "marolles")


def test_deciding_together_in_one_body_alone_shows_joint_work() -> None:
    result = classify(
        two_carriers(
            governing_bodies=(
                GoverningBody(
                    id="copil", name="Comité de pilotage", members=("marolles", "bonnevie")
                ),
            )
        )
    )

    assert result.form is Form.PARTNERSHIP
    assert codes(result) == ["several-carriers", "shared-governance"]
    assert reason(result, "shared-governance").partners == ("marolles", "bonnevie")


def test_shared_governance_is_found_in_any_body_and_reported_once() -> None:
    result = classify(
        two_carriers(
            governing_bodies=(
                GoverningBody(
                    id="gt-com", name="GT communication", members=("bonnevie", "cpas-molenbeek")
                ),
                GoverningBody(
                    id="copil", name="Comité de pilotage", members=("bonnevie", "marolles")
                ),
                GoverningBody(id="ag", name="Assemblée", members=("marolles", "bonnevie")),
            )
        )
    )

    assert codes(result) == ["several-carriers", "shared-governance"]
    assert reason(result, "shared-governance").partners == ("bonnevie", "marolles")


def test_several_carriers_without_joint_work_described_is_still_a_partnership() -> None:
    result = classify(two_carriers())

    assert result.form is Form.PARTNERSHIP
    assert result.reasons == (
        Reason(code="several-carriers", partners=("bonnevie", "marolles")),
        Reason(code="joint-work-not-shown", partners=("bonnevie", "marolles")),
    )


def test_only_one_carrier_at_work_is_not_joint_work() -> None:
    result = classify(
        two_carriers(
            tasks=(
                task(
                    "stands",
                    ("bonnevie", Raci.ACCOUNTABLE),
                    ("marolles", Raci.CONSULTED),
                    ("cpas-molenbeek", Raci.RESPONSIBLE),
                ),
                task("bar", ("bonnevie", Raci.RESPONSIBLE), ("marolles", Raci.INFORMED)),
            ),
            contributions=(
                contribution("c-salle", "bonnevie", "need-salle"),
                contribution("c-subside", "cpas-molenbeek", "need-budget"),
                contribution("c-conseil", "marolles"),  # covers no need
                contribution("c-orphan", None, "need-salle"),
            ),
            governing_bodies=(
                GoverningBody(id="copil", name="Comité", members=("bonnevie", "cpas-molenbeek")),
                GoverningBody(id="vide", name="Pas encore composé"),
            ),
        )
    )

    assert result.form is Form.PARTNERSHIP
    assert codes(result) == ["several-carriers", "joint-work-not-shown"]


def test_a_carrier_named_twice_in_one_body_does_not_make_shared_governance() -> None:
    result = classify(
        two_carriers(
            governing_bodies=(
                GoverningBody(id="copil", name="Comité", members=("bonnevie", "bonnevie")),
            )
        )
    )

    assert "shared-governance" not in codes(result)


def test_three_carriers_are_all_named() -> None:
    result = classify(two_carriers(carriers=("bonnevie", "marolles", "cpas-molenbeek")))

    assert reason(result, "several-carriers").partners == (
        "bonnevie",
        "marolles",
        "cpas-molenbeek",
    )


def test_an_owner_among_several_carriers_makes_a_shared_project() -> None:
    result = classify(
        two_carriers(
            owner="bonnevie",
            tasks=(
                task("stands", ("bonnevie", Raci.ACCOUNTABLE)),
                task("bar", ("marolles", Raci.ACCOUNTABLE)),
            ),
        )
    )

    assert result.form is Form.PARTNERSHIP
    assert result.reasons == (
        Reason(code="several-carriers", partners=("bonnevie", "marolles")),
        Reason(code="owner-among-several-carriers", partners=("bonnevie",)),
        Reason(code="shared-tasks", partners=("bonnevie", "marolles")),
    )


def test_an_owner_among_several_carriers_without_joint_work() -> None:
    result = classify(two_carriers(owner="marolles"))

    assert result.form is Form.PARTNERSHIP
    assert codes(result) == [
        "several-carriers",
        "owner-among-several-carriers",
        "joint-work-not-shown",
    ]


# --- collaboration: one carrier, the others bring their stone ---------------------------


def test_an_owner_who_is_the_one_carrier_makes_a_collaboration() -> None:
    result = classify(homework_club_of_bonnevie())

    assert result.form is Form.COLLABORATION
    assert result.reasons == (
        Reason(code="single-carrier", partners=("bonnevie",)),
        Reason(code="contributors", partners=("marolles", "cpas-molenbeek")),
    )


def test_an_owner_alone_makes_a_collaboration() -> None:
    result = classify(homework_club_of_bonnevie(carriers=()))

    assert result.form is Form.COLLABORATION
    assert codes(result) == ["single-carrier", "contributors"]
    assert reason(result, "single-carrier").partners == ("bonnevie",)
    assert reason(result, "contributors").partners == ("marolles", "cpas-molenbeek")


def test_an_owner_with_nobody_else_yet_has_no_contributors_reason() -> None:
    result = classify(Convention(name="Projet de la Maison Bonnevie", owner="bonnevie"))

    assert result == Classification(
        form=Form.COLLABORATION,
        reasons=(Reason(code="single-carrier", partners=("bonnevie",)),),
    )


def test_a_single_declared_carrier_without_an_owner_makes_a_collaboration() -> None:
    result = classify(
        Convention(
            name="Repas solidaires",
            partners=(marolles(), bonnevie()),
            carriers=("marolles",),
            contributions=(contribution("c-cuisine", "bonnevie"),),
        )
    )

    assert result.form is Form.COLLABORATION
    assert result.reasons == (
        Reason(code="single-carrier", partners=("marolles",)),
        Reason(code="contributors", partners=("bonnevie",)),
    )


def test_contributors_are_those_who_bring_something_in_the_order_of_the_contributions() -> None:
    result = classify(
        homework_club_of_bonnevie(
            partners=(bonnevie(), cpas(), marolles()),
            contributions=(
                contribution("c-1", "ocmw-brussel"),  # not (yet) a listed partner
                contribution("c-2", "marolles"),
                contribution("c-3", "marolles"),
                contribution("c-4", None),
                contribution("c-5", "bonnevie"),
            ),
        )
    )

    assert reason(result, "contributors").partners == ("ocmw-brussel", "marolles")
    assert reason(result, "not-contributing").partners == ("cpas-molenbeek",)


def test_a_partner_whose_contribution_says_nothing_is_not_contributing() -> None:
    # Naming a kind of contribution is not saying what it is: the partner brings nothing
    # yet, and the collaboration rules say the same (form.collaboration.no-contributor).
    result = classify(
        homework_club_of_bonnevie(
            contributions=(
                Contribution(id="c-vide", partner="marolles", kind=ContributionKind.HUMAN),
                contribution("c-subside", "cpas-molenbeek"),
            )
        )
    )

    assert reason(result, "contributors").partners == ("cpas-molenbeek",)
    assert reason(result, "not-contributing").partners == ("marolles",)


def test_partners_who_bring_nothing_are_listed_as_not_contributing() -> None:
    result = classify(
        Convention(
            name="Repas solidaires",
            partners=(marolles(), bonnevie(), cpas()),
            owner="marolles",
        )
    )

    assert result.reasons == (
        Reason(code="single-carrier", partners=("marolles",)),
        Reason(code="not-contributing", partners=("bonnevie", "cpas-molenbeek")),
    )


def test_a_carrier_declared_twice_is_still_one_carrier() -> None:
    result = classify(two_carriers(carriers=("bonnevie", "bonnevie")))

    assert result.form is Form.COLLABORATION
    assert reason(result, "single-carrier").partners == ("bonnevie",)


def test_an_owner_keeps_the_project_even_when_others_answer_for_tasks() -> None:
    # With an owner named, carriers are not inferred from the tasks.
    result = classify(
        homework_club_of_bonnevie(
            carriers=(),
            tasks=(
                task("accueil", ("marolles", Raci.ACCOUNTABLE)),
                task("gouter", ("cpas-molenbeek", Raci.ACCOUNTABLE)),
            ),
        )
    )

    assert result.form is Form.COLLABORATION
    assert "carriers-from-tasks" not in codes(result)
    assert reason(result, "single-carrier").partners == ("bonnevie",)


# --- carriers inferred from the tasks -----------------------------------------------------


def test_without_carriers_or_owner_the_accountable_partners_are_taken_as_carriers() -> None:
    result = classify(
        Convention(
            name="Brocante des Marolles",
            partners=(bonnevie(), marolles()),
            tasks=(
                task("stands", ("marolles", Raci.ACCOUNTABLE), ("bonnevie", Raci.RESPONSIBLE)),
                task("buvette", ("bonnevie", Raci.ACCOUNTABLE)),
                task("rangement", ("marolles", Raci.ACCOUNTABLE)),
            ),
        )
    )

    assert result.form is Form.PARTNERSHIP
    assert result.reasons == (
        Reason(code="carriers-from-tasks", partners=("marolles", "bonnevie")),
        Reason(code="several-carriers", partners=("marolles", "bonnevie")),
        Reason(code="shared-tasks", partners=("marolles", "bonnevie")),
    )


def test_one_accountable_partner_taken_as_carrier_makes_a_collaboration() -> None:
    result = classify(
        Convention(
            name="Brocante des Marolles",
            partners=(marolles(), bonnevie()),
            tasks=(
                task("stands", ("marolles", Raci.ACCOUNTABLE), ("bonnevie", Raci.RESPONSIBLE)),
                task("buvette", ("marolles", Raci.ACCOUNTABLE)),
            ),
        )
    )

    assert result.form is Form.COLLABORATION
    assert result.reasons == (
        Reason(code="carriers-from-tasks", partners=("marolles",)),
        Reason(code="single-carrier", partners=("marolles",)),
        Reason(code="not-contributing", partners=("bonnevie",)),
    )


def test_declared_carriers_win_over_the_accountable_partners() -> None:
    result = classify(two_carriers(tasks=(task("stands", ("cpas-molenbeek", Raci.ACCOUNTABLE)),)))

    assert "carriers-from-tasks" not in codes(result)
    assert reason(result, "several-carriers").partners == ("bonnevie", "marolles")


# --- not yet decided ------------------------------------------------------------------------


def test_an_empty_draft_has_no_form_yet() -> None:
    result = classify(Convention(name="x"))

    assert result == Classification(form=None, reasons=(Reason(code="no-carrier"),))


def test_partners_and_tasks_without_anyone_accountable_do_not_decide_the_form() -> None:
    result = classify(
        Convention(
            name="Brouillon",
            partners=(bonnevie(), marolles()),
            tasks=(task("stands", ("bonnevie", Raci.RESPONSIBLE), ("marolles", Raci.CONSULTED)),),
            contributions=(contribution("c-salle", "bonnevie", "need-salle"),),
        )
    )

    assert result.form is None
    assert codes(result) == ["no-carrier"]
    assert result.reasons[0].partners == ()


# --- the declared form is not consulted --------------------------------------------------


@pytest.mark.parametrize("declared", [None, Form.PARTNERSHIP, Form.COLLABORATION])
def test_the_declared_form_does_not_change_the_classification(declared: Form | None) -> None:
    assert classify(attrs.evolve(full_partnership(), form=declared)) == classify(
        full_partnership()
    )
    assert classify(attrs.evolve(homework_club_of_bonnevie(), form=declared)).form is (
        Form.COLLABORATION
    )
    assert classify(Convention(name="x", form=declared)).form is None


def test_dangling_references_are_classified_as_they_are() -> None:
    # Neither carrier is a listed partner: classify works on ids; the rules report the gap.
    result = classify(Convention(name="Brouillon", carriers=("ghost-a", "ghost-b")))

    assert result.form is Form.PARTNERSHIP
    assert reason(result, "several-carriers").partners == ("ghost-a", "ghost-b")


# --- explanations in three languages -----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "fragment"),
    [
        ("fr", "Plusieurs partenaires portent ensemble le projet : bonnevie, marolles."),
        ("en", "Several partners carry the project together: bonnevie, marolles."),
        ("nl", "Meerdere partners dragen samen het project: bonnevie, marolles."),
    ],
)
def test_a_reason_speaks_french_english_and_dutch(language: str, fragment: str) -> None:
    assert Reason(code="several-carriers", partners=("bonnevie", "marolles")).message(
        language
    ) == (fragment)


def test_a_reason_speaks_french_by_default() -> None:
    message = Reason(code="single-carrier", partners=("bonnevie",)).message()

    assert message == "Le projet reste celui de bonnevie : les autres y apportent leur pierre."


@pytest.mark.parametrize("language", ["fr", "en", "nl", "nl-BE", "fr-BE"])
def test_every_explanation_names_the_partners_concerned(language: str) -> None:
    conventions = [
        full_partnership(),
        two_carriers(owner="bonnevie"),
        homework_club_of_bonnevie(),
        Convention(
            name="Brocante",
            tasks=(task("t", ("marolles", Raci.ACCOUNTABLE), ("bonnevie", Raci.ACCOUNTABLE)),),
        ),
    ]
    for convention in conventions:
        result = classify(convention)
        explanation = result.explain(language)
        assert len(explanation) == len(result.reasons)
        for text, why in zip(explanation, result.reasons, strict=True):
            assert text == why.message(language)
            for partner in why.partners:
                assert partner in text


def test_every_reason_code_has_a_distinct_message_in_each_language() -> None:
    all_codes = [
        "no-carrier",
        "carriers-from-tasks",
        "single-carrier",
        "contributors",
        "several-carriers",
        "owner-among-several-carriers",
        "shared-tasks",
        "shared-needs",
        "shared-governance",
        "joint-work-not-shown",
    ]
    for language in ("fr", "en", "nl"):
        messages = [Reason(code=c, partners=("bonnevie",)).message(language) for c in all_codes]
        assert len(set(messages)) == len(all_codes)
    assert {Reason(code="no-carrier").message(lang) for lang in ("fr", "en", "nl")} == {
        "Aucun porteur ni propriétaire du projet n'est encore désigné : la forme ne peut "
        "pas être établie.",
        "No carrier or owner of the project is named yet: the form cannot be told.",
        "Er is nog geen drager of eigenaar van het project aangeduid: de vorm kan nog niet "
        "worden bepaald.",
    }


def test_explain_is_in_french_by_default_and_follows_the_reasons_order() -> None:
    explanation = classify(homework_club_of_bonnevie()).explain()

    assert explanation == (
        "Le projet reste celui de bonnevie : les autres y apportent leur pierre.",
        "Contribuent au projet : marolles, cpas-molenbeek.",
    )


def test_explain_in_dutch() -> None:
    explanation = classify(two_carriers()).explain("nl")

    assert explanation == (
        "Meerdere partners dragen samen het project: bonnevie, marolles.",
        "Het gezamenlijke werk aan behoeften en taken is nog niet beschreven "
        "(bonnevie, marolles).",
    )


def test_partners_can_be_named_by_their_names_instead_of_their_ids() -> None:
    names = {"bonnevie": "Maison de quartier Bonnevie", "marolles": "Entr'aide des Marolles"}
    why = Reason(code="several-carriers", partners=("bonnevie", "marolles", "ocmw-brussel"))

    assert why.message("en", names) == (
        "Several partners carry the project together: Maison de quartier Bonnevie, "
        "Entr'aide des Marolles, ocmw-brussel."
    )


def test_explain_names_partners_through_the_given_mapping_in_each_language() -> None:
    convention = homework_club_of_bonnevie()
    names = {p.id: p.name for p in convention.partners}

    for language in ("fr", "en", "nl"):
        explanation = classify(convention).explain(language, names)
        assert "Maison de quartier Bonnevie" in explanation[0]
        assert "Entr'aide des Marolles, CPAS de Molenbeek" in explanation[1]
        assert all("bonnevie" not in text for text in explanation)


def test_an_empty_mapping_of_names_leaves_the_ids() -> None:
    result = classify(two_carriers())

    assert result.explain("fr", {}) == result.explain("fr")


@pytest.mark.parametrize("language", ["de", "french", "", "fr_BE"])
def test_an_unknown_language_is_refused(language: str) -> None:
    result = classify(full_partnership())

    with pytest.raises(UnsupportedLanguageError) as caught:
        result.explain(language)
    assert isinstance(caught.value, ValueError)
    assert "fr, en, nl" in str(caught.value)
    with pytest.raises(UnsupportedLanguageError):
        result.reasons[0].message(language)


# --- values ------------------------------------------------------------------------------


def test_a_classification_is_a_frozen_hashable_value() -> None:
    first = classify(full_partnership())
    second = classify(full_partnership())

    assert first == second
    assert hash(first) == hash(second)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.form = Form.COLLABORATION  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.reasons[0].code = "other"  # type: ignore[misc]


def test_a_reason_without_partners_has_an_empty_tuple() -> None:
    assert Reason(code="no-carrier").partners == ()


def test_classify_leaves_the_convention_unchanged() -> None:
    convention = full_partnership()

    classify(convention)

    assert convention == full_partnership()


def test_a_declared_carrier_other_than_the_owner_is_listed_by_what_it_brings() -> None:
    # The project stays the owner's; the other declared carrier is a contributor once
    # it brings something, and until then is listed among those that bring nothing.
    result = classify(
        Convention(
            name="Projet de la Maison Bonnevie",
            partners=(bonnevie(),),
            owner="bonnevie",
            carriers=("marolles",),
        )
    )

    assert result == Classification(
        form=Form.COLLABORATION,
        reasons=(
            Reason(code="single-carrier", partners=("bonnevie",)),
            Reason(code="not-contributing", partners=("marolles",)),
        ),
    )


# --- one voice: classify and the rules of the form read the same facts -------------------

any_convention = st.one_of(
    pms.conventions(),
    pms.conventions(complete=True, profile="collaboration"),
    pms.broken_conventions(profile="collaboration").map(lambda pair: pair[0]),
)


@given(any_convention)
def test_classify_and_the_rules_of_the_form_never_contradict_each_other(
    convention: Convention,
) -> None:
    explained = {reason.code: reason.partners for reason in classify(convention).reasons}
    facts = form_facts(convention)
    findings = validate(convention, profile="collaboration").findings
    found = {f.code: f for f in findings if f.code.startswith("form.")}

    # Whose project it is: classify names a holder exactly when validation finds one.
    if "single-carrier" in explained:
        assert explained["single-carrier"] == (facts.holder,)
        assert "form.collaboration.no-owner" not in found
        # Who brings something and who does not, as the contributor rule counts them.
        assert explained.get("contributors", ()) == facts.contributors
        assert explained.get("not-contributing", ()) == facts.idle
        assert ("form.collaboration.no-contributor" in found) == (not facts.contributors)
    if "form.collaboration.no-owner" in found:
        assert facts.holder is None
        assert "single-carrier" not in explained
    if "form.collaboration.owner-idle" in found:
        assert found["form.collaboration.owner-idle"].subjects == (facts.holder,)
    # The declared form disagrees exactly when classify finds the other one.
    declared, classified = convention.form, classify(convention).form
    disagrees = None not in (declared, classified) and declared is not classified
    assert ("form.disagrees" in found) == disagrees


@given(pms.conventions(complete=True, profile="methodology"))
def test_who_classify_says_brings_nothing_is_who_the_partnership_rule_finds(
    convention: Convention,
) -> None:
    facts = form_facts(convention)
    stripped = attrs.evolve(
        convention,
        contributions=tuple(c for c in convention.contributions if c.partner != facts.holder)[:1],
    )
    stripped_facts = form_facts(stripped)
    without = {
        f.subjects[0]
        for f in validate(stripped).findings
        if f.code == "clarify.contributions.partner-without"
    }
    partners = {p.id for p in stripped.partners}
    assert set(stripped_facts.idle) & partners <= without
    assert not set(stripped_facts.contributors) & without


@pytest.mark.parametrize("function", [classify, form_facts])
def test_a_dossier_or_anything_else_is_refused_by_name(function: Any) -> None:
    dossier = Dossier(convention=full_partnership())
    for wrong in (dossier, "x", None):
        with pytest.raises(InvalidValueError) as refused:
            function(wrong)
        assert refused.value.field == f"{function.__name__}(convention)"
        assert "dossier.convention" in str(refused.value)
