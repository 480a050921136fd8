"""A starting dossier: the declared form, a name, the language and two placeholder
partners, nothing invented beyond; what is left to write is for validate() to list."""

from __future__ import annotations

import pytest

from partnership_model import (
    Dossier,
    Form,
    InvalidValueError,
    MethodologyStep,
    UnsupportedLanguageError,
    classify,
    from_json,
    starting_dossier,
    to_json,
    validate,
)


def test_a_partnership_starts_with_two_placeholder_carriers_named_in_french() -> None:
    convention = starting_dossier().convention

    assert convention.form is Form.PARTNERSHIP
    assert convention.name == "Nouvelle convention"
    assert convention.language == "fr"
    assert [p.name for p in convention.partners] == ["Partenaire 1", "Partenaire 2"]
    assert convention.carriers == tuple(p.id for p in convention.partners)
    assert convention.owner is None


def test_a_collaboration_starts_with_an_owner_and_a_contributor() -> None:
    convention = starting_dossier(Form.COLLABORATION, language="en").convention

    first, second = convention.partners
    assert convention.form is Form.COLLABORATION
    assert convention.owner == first.id
    assert convention.carriers == ()
    assert convention.name == "New convention"
    assert (first.name, second.name) == ("Partner 1", "Partner 2")


@pytest.mark.parametrize("form", list(Form))
def test_the_facts_of_the_starting_dossier_agree_with_its_declared_form(form: Form) -> None:
    assert classify(starting_dossier(form).convention).form is form


def test_a_regional_language_tag_is_kept_and_its_language_spoken() -> None:
    convention = starting_dossier(language="nl-BE", name="Buurtmaaltijden").convention

    assert convention.language == "nl-BE"
    assert convention.name == "Buurtmaaltijden"
    assert convention.partners[0].name == "Partner 1"


def test_nothing_is_invented_beyond_the_partners() -> None:
    convention = starting_dossier().convention

    assert (convention.objectives, convention.needs, convention.tasks) == ((), (), ())
    assert convention.purpose == ""
    assert starting_dossier().minutes == ()


@pytest.mark.parametrize("form", list(Form))
def test_the_starting_dossier_reads_back_from_its_json(form: Form) -> None:
    dossier = starting_dossier(form, language="nl")

    assert from_json(to_json(dossier), Dossier) == dossier


@pytest.mark.parametrize("form", list(Form))
def test_the_check_lists_what_to_fill_in_at_every_step_of_the_methodology(form: Form) -> None:
    report = validate(starting_dossier(form), language="en")

    assert not report.is_complete
    for step in (
        MethodologyStep.DEFINE,
        MethodologyStep.CLARIFY,
        MethodologyStep.PLAN,
        MethodologyStep.EVALUATE,
    ):
        assert report.by_step[step], step
    assert report.stage is MethodologyStep.DEFINE
    # The placeholders themselves are consistent: no broken reference, no form mismatch.
    assert MethodologyStep.INTEGRITY not in report.by_step
    assert MethodologyStep.FORM not in report.by_step


def test_a_language_the_library_does_not_speak_is_refused() -> None:
    with pytest.raises(UnsupportedLanguageError):
        starting_dossier(language="de")


def test_a_form_given_as_a_plain_string_is_refused_with_its_value() -> None:
    with pytest.raises(InvalidValueError, match="'partnership'"):
        starting_dossier("partnership")  # type: ignore[arg-type]
