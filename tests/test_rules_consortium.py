"""The consortium rules: the clauses a consortium agreement carries (DESCA practice),
mediation before any court, and every partner's dated signature.

Each rule is shown on a small complete agreement, which breaks none of them, and on the
smallest change to it that breaks that rule alone: of the consortium rules, exactly that
code appears, at the right path, said in every language.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import attrs
import pytest

from partnership_model import (
    Clause,
    ClauseKind,
    ConflictProcedure,
    Convention,
    Dossier,
    EscalationAction,
    EscalationStep,
    MethodologyStep,
    Partner,
    Report,
    Severity,
    Signature,
    get_profile,
    validate,
)
from partnership_model._rules import consortium
from partnership_model._rules.consortium import MEDIATION_WORDS
from partnership_model.convention import CONSORTIUM_CLAUSES
from partnership_model.i18n import LANGUAGES
from tests.brussels import bonnevie, cpas, marolles
from tests.support import (
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    codes_of,
    reduced,
)

CODES = codes_of(consortium)

SIGNED_ON = dt.date(2026, 12, 15)
OPTIONAL_CLAUSES = tuple(kind for kind in ClauseKind if kind not in CONSORTIUM_CLAUSES)


def check(target: Convention | Dossier, language: str = "en") -> Report:
    """The consortium profile's own rules, without the methodology it builds on."""
    return validate(target, profile=reduced("consortium", CODES), language=language)


def clause(kind: ClauseKind, text: str = "Texte convenu entre les partenaires.") -> Clause:
    return Clause(kind=kind, text=text)


def agreement() -> Convention:
    """A convention that satisfies every consortium rule."""
    partners = (bonnevie(), marolles(), cpas())
    return Convention(
        name="Consortium des Marolles",
        partners=partners,
        conflict_procedure=ConflictProcedure(
            steps=(
                EscalationStep(action=EscalationAction.BILATERAL_TALK),
                EscalationStep(action=EscalationAction.MEDIATION),
                EscalationStep(action=EscalationAction.COURT),
            )
        ),
        clauses=tuple(clause(kind) for kind in CONSORTIUM_CLAUSES),
        signatures=tuple(
            Signature(partner=partner.id, signatory="Direction", date=SIGNED_ON)
            for partner in partners
        ),
    )


def without_mediation_step(convention: Convention) -> Convention:
    steps = tuple(
        step
        for step in convention.conflict_procedure.steps
        if step.action is not EscalationAction.MEDIATION
    )
    return attrs.evolve(convention, conflict_procedure=ConflictProcedure(steps=steps))


def without_clause(convention: Convention, kind: ClauseKind) -> Convention:
    return attrs.evolve(
        convention, clauses=tuple(c for c in convention.clauses if c.kind is not kind)
    )


def with_dispute_clause(convention: Convention, text: str) -> Convention:
    clauses = tuple(c for c in convention.clauses if c.kind is not ClauseKind.DISPUTE_RESOLUTION)
    return attrs.evolve(
        convention, clauses=(*clauses, clause(ClauseKind.DISPUTE_RESOLUTION, text))
    )


# --- the smallest change that breaks each rule ---------------------------------------------


def an_agreement_without_its_liability_clause() -> Convention:
    return without_clause(agreement(), ClauseKind.LIABILITY)


def an_agreement_without_a_mediation_step() -> Convention:
    """Talks, then the court: mediation is left out, and no clause provides for it."""
    return without_mediation_step(agreement())


def an_agreement_the_marolles_have_not_signed() -> Convention:
    convention = agreement()
    signatures = tuple(s for s in convention.signatures if s.partner != marolles().id)
    return attrs.evolve(convention, signatures=signatures)


EXAMPLES: dict[str, ExampleBreak] = {
    "consortium.clause.missing": ExampleBreak(
        an_agreement_without_its_liability_clause,
        ["$.clauses"],
        profile="consortium",
        complete=agreement,
    ),
    "consortium.dispute.no-mediation": ExampleBreak(
        an_agreement_without_a_mediation_step,
        ["$.conflict_procedure.steps"],
        profile="consortium",
        complete=agreement,
    ),
    "consortium.signatures.incomplete": ExampleBreak(
        an_agreement_the_marolles_have_not_signed,
        ["$.partners[1]"],
        profile="consortium",
        complete=agreement,
    ),
}
"""For each consortium rule, the smallest change to the complete agreement that breaks it
alone."""


# --- the whole profile ----------------------------------------------------------------------


def test_the_consortium_rules_are_those_three_and_only_in_the_consortium_profile() -> None:
    codes = {
        "consortium.clause.missing",
        "consortium.dispute.no-mediation",
        "consortium.signatures.incomplete",
    }
    assert set(CODES) == codes
    assert set(EXAMPLES) == codes
    assert {
        code for code in get_profile("consortium").codes if code.startswith("consortium.")
    } == (codes)
    assert codes <= set(get_profile("consortium").codes)
    assert not codes & set(get_profile("methodology").codes)
    assert not codes & set(get_profile("collaboration").codes)


def test_a_complete_agreement_breaks_no_consortium_rule() -> None:
    report = check(agreement())
    assert report.findings == ()
    assert report.rules == CODES


@pytest.mark.parametrize("code", CODES)
def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
    assert_breaks_alone(code, EXAMPLES[code], CODES)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_finding_is_said_in_each_language_with_its_placeholders_filled(
    code: str, language: str
) -> None:
    assert_said_in(language, code, EXAMPLES[code], CODES)


def test_the_methodology_profile_says_nothing_of_consortium_clauses() -> None:
    report = validate(Convention(name="Brouillon"), profile="methodology")
    assert not [f for f in report.findings if f.code.startswith("consortium.")]


def test_an_empty_convention_lacks_every_clause_and_mediation_but_no_signature() -> None:
    report = check(Convention(name="Brouillon"))
    assert report.by_code == {
        "consortium.clause.missing": len(CONSORTIUM_CLAUSES),
        "consortium.dispute.no-mediation": 1,
    }


# --- consortium.clause.missing --------------------------------------------------------------


def test_the_required_clauses_are_those_a_consortium_agreement_carries() -> None:
    assert set(CONSORTIUM_CLAUSES) == {
        ClauseKind.DURATION_AND_RENEWAL,
        ClauseKind.ENTRY_AND_WITHDRAWAL,
        ClauseKind.TERMINATION_AND_EXIT,
        ClauseKind.LIABILITY,
        ClauseKind.CONFIDENTIALITY,
        ClauseKind.RESULTS_AND_INTELLECTUAL_PROPERTY,
        ClauseKind.DISPUTE_RESOLUTION,
        ClauseKind.APPLICABLE_LAW,
    }
    assert len(CONSORTIUM_CLAUSES) == 8


def test_without_clauses_each_required_kind_is_one_finding_in_order() -> None:
    report = check(attrs.evolve(agreement(), clauses=()))
    missing = [f for f in report.findings if f.code == "consortium.clause.missing"]
    assert [f.subjects for f in missing] == [(kind.value,) for kind in CONSORTIUM_CLAUSES]
    assert {f.path for f in missing} == {"$.clauses"}
    assert {f.severity for f in missing} == {Severity.ERROR}
    assert {f.step for f in missing} == {MethodologyStep.TRACING}


@pytest.mark.parametrize("kind", CONSORTIUM_CLAUSES, ids=[k.value for k in CONSORTIUM_CLAUSES])
@pytest.mark.parametrize("language", ["fr", "en", "nl"])
def test_a_missing_required_clause_is_named_in_the_report_language(
    kind: ClauseKind, language: str
) -> None:
    convention = without_clause(agreement(), kind)
    if kind is ClauseKind.DISPUTE_RESOLUTION:  # mediation stays provided for by the step
        assert any(
            s.action is EscalationAction.MEDIATION for s in convention.conflict_procedure.steps
        )
    report = check(convention, language)
    assert [(f.code, f.path, f.subjects) for f in report.findings] == [
        ("consortium.clause.missing", "$.clauses", (kind.value,))
    ]
    (finding,) = report.findings
    assert kind.label(language) in finding.message
    assert kind.label(language) in finding.hint


@pytest.mark.parametrize("kind", OPTIONAL_CLAUSES, ids=[k.value for k in OPTIONAL_CLAUSES])
def test_other_clauses_do_not_stand_in_for_a_required_one(kind: ClauseKind) -> None:
    convention = agreement()
    clauses = tuple(c for c in convention.clauses if c.kind is not ClauseKind.LIABILITY)
    report = check(attrs.evolve(convention, clauses=(*clauses, clause(kind))))
    assert [f.subjects for f in report.findings] == [(ClauseKind.LIABILITY.value,)]


def test_a_required_clause_written_twice_is_still_there() -> None:
    convention = agreement()
    report = check(attrs.evolve(convention, clauses=convention.clauses * 2))
    assert report.findings == ()


def test_in_a_dossier_the_clauses_path_starts_at_the_convention() -> None:
    report = check(Dossier(convention=attrs.evolve(agreement(), clauses=())))
    assert {f.path for f in report.findings} == {"$.convention.clauses"}


# --- consortium.dispute.no-mediation --------------------------------------------------------


def test_a_mediation_step_satisfies_the_rule() -> None:
    convention = attrs.evolve(
        agreement(),
        conflict_procedure=ConflictProcedure(
            steps=(EscalationStep(action=EscalationAction.MEDIATION),)
        ),
    )
    assert check(convention).findings == ()


@pytest.mark.parametrize(
    "action", [a for a in EscalationAction if a is not EscalationAction.MEDIATION]
)
def test_no_other_escalation_step_counts_as_mediation(action: EscalationAction) -> None:
    convention = attrs.evolve(
        agreement(), conflict_procedure=ConflictProcedure(steps=(EscalationStep(action=action),))
    )
    report = check(convention)
    assert [(f.code, f.path) for f in report.findings] == [
        ("consortium.dispute.no-mediation", "$.conflict_procedure.steps")
    ]
    (finding,) = report.findings
    assert finding.step is MethodologyStep.CLARIFY
    assert finding.severity is Severity.ERROR
    assert finding.subjects == ()


@pytest.mark.parametrize(
    "text",
    [
        "Tout différend est soumis à une médiation préalable.",
        "MÉDIATION obligatoire avant toute action en justice.",
        unicodedata.normalize("NFD", "Une médiation est tentée."),
        "Disputes go to Mediation first.",
        "Geschillen worden eerst aan bemiddeling voorgelegd.",
        "BEMIDDELING door de Coördinatie.",
    ],
)
def test_a_dispute_clause_that_provides_for_mediation_satisfies_the_rule(text: str) -> None:
    convention = with_dispute_clause(without_mediation_step(agreement()), text)
    assert check(convention).findings == ()


def test_the_mediation_words_are_those_of_the_three_languages() -> None:
    assert MEDIATION_WORDS == ("médiation", "mediation", "bemiddeling")


def test_a_dispute_clause_without_mediation_leaves_the_finding() -> None:
    convention = with_dispute_clause(
        without_mediation_step(agreement()), "Le tribunal de Bruxelles est seul compétent."
    )
    assert check(convention).by_code == {"consortium.dispute.no-mediation": 1}


def test_mediation_named_in_another_clause_does_not_count() -> None:
    convention = without_mediation_step(agreement())
    convention = attrs.evolve(
        convention,
        clauses=(*convention.clauses, clause(ClauseKind.OTHER, "Une médiation est possible.")),
    )
    assert check(convention).by_code == {"consortium.dispute.no-mediation": 1}


@pytest.mark.parametrize(
    ("language", "word"), [("fr", "médiation"), ("en", "mediation"), ("nl", "bemiddeling")]
)
def test_the_mediation_finding_is_said_in_each_language(language: str, word: str) -> None:
    (finding,) = check(an_agreement_without_a_mediation_step(), language).findings
    assert word in finding.message
    assert word in finding.hint


# --- consortium.signatures.incomplete -------------------------------------------------------


def test_a_partner_without_signature_is_named_at_its_path() -> None:
    report = check(an_agreement_the_marolles_have_not_signed(), "fr")
    assert [(f.code, f.path, f.subjects) for f in report.findings] == [
        ("consortium.signatures.incomplete", "$.partners[1]", ("marolles",))
    ]
    (finding,) = report.findings
    assert finding.step is MethodologyStep.TRACING
    assert finding.severity is Severity.ERROR
    assert "Entr'aide des Marolles" in finding.message
    assert "(marolles)" in finding.message
    assert "\u00a0:" in finding.message


def test_a_signature_without_a_date_does_not_count() -> None:
    convention = agreement()
    signatures = tuple(
        attrs.evolve(s, date=None) if s.partner == cpas().id else s for s in convention.signatures
    )
    report = check(attrs.evolve(convention, signatures=signatures))
    assert [(f.path, f.subjects) for f in report.findings] == [
        ("$.partners[2]", ("cpas-molenbeek",))
    ]


def test_a_signature_of_someone_who_is_not_a_partner_signs_for_no_partner() -> None:
    convention = attrs.evolve(
        agreement(),
        signatures=(Signature(partner="inconnu", signatory="Quelqu'un", date=SIGNED_ON),),
    )
    report = check(convention)
    assert [f.path for f in report.findings] == ["$.partners[0]", "$.partners[1]", "$.partners[2]"]


def test_a_dated_signature_counts_even_beside_an_undated_one() -> None:
    convention = agreement()
    undated = Signature(partner=bonnevie().id, signatory="Brouillon")
    report = check(attrs.evolve(convention, signatures=(undated, *convention.signatures)))
    assert report.findings == ()


@pytest.mark.parametrize(
    ("language", "phrase"),
    [("fr", "n'a pas signé"), ("en", "has not signed"), ("nl", "niet ondertekend")],
)
def test_the_signature_finding_is_said_in_each_language(language: str, phrase: str) -> None:
    report = check(attrs.evolve(agreement(), signatures=()), language)
    assert len(report.findings) == 3
    assert all(phrase in f.message for f in report.findings)
    assert all(f.hint for f in report.findings)


def test_a_thousand_unsigned_partners_with_one_name_are_a_thousand_findings() -> None:
    partners = tuple(Partner(id=f"p{n}", name="ASBL Solidarité") for n in range(1000))
    convention = attrs.evolve(agreement(), partners=partners, signatures=())
    findings = check(Dossier(convention=convention)).findings
    assert len(findings) == 1000
    assert findings[999].path == "$.convention.partners[999]"
    assert findings[999].subjects == ("p999",)
