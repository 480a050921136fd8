"""An application's own rule and its own profile, built on the methodology.

A case-management tool sends every reminder by email, so it wants each partner to have
a representative with an email address: a rule of its own, with its message and hint in
French, English and Dutch. It builds its profile from the built-in ``methodology`` one:
it drops a rule it has no use for (it keeps minutes in a register of its own), lowers
the severity of another (its drafts often name partners not added yet), adds its rule,
registers the profile under its name and validates the Brussels example with it.

Run it to print the findings: ``python examples/custom_rules.py [fr|en|nl]``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from partnership_model import (
    Context,
    Dossier,
    MethodologyStep,
    Profile,
    Report,
    Rule,
    Severity,
    Violation,
    get_profile,
    register_profile,
    validate,
)

PROFILE_NAME = "case-management"
DROPPED = "integrity.minutes.unknown-reference"
"""The tool keeps minutes in a register of its own, not in the dossier."""
LOWERED = "integrity.references.unknown"
"""Drafts in the tool often name partners that are added later: a warning is enough."""


def partners_without_email(context: Context) -> Iterator[Violation]:
    """Each partner none of whose representatives has an email address."""
    for position, partner in enumerate(context.convention.partners):
        if not any(representative.email for representative in partner.representatives):
            yield Violation(f"partners[{position}]", {"partner": partner.name}, (partner.id,))


NO_EMAIL = Rule(
    code="app.partners.no-email",
    step=MethodologyStep.COMMUNICATION,
    severity=Severity.WARNING,
    section="Case-management tool: reminders go by email to each partner",
    message={
        "fr": "Aucun représentant de «\u00a0{partner}\u00a0» n'a d'adresse e-mail.",
        "en": "No representative of '{partner}' has an email address.",
        "nl": "Geen enkele vertegenwoordiger van '{partner}' heeft een e-mailadres.",
    },
    hint={
        "fr": "Ajoutez l'adresse e-mail d'un représentant de «\u00a0{partner}\u00a0»\u00a0: "
        "les rappels partent par e-mail.",
        "en": "Add the email address of a representative of '{partner}': reminders go by email.",
        "nl": "Voeg het e-mailadres van een vertegenwoordiger van '{partner}' toe: "
        "herinneringen worden per e-mail verstuurd.",
    },
    check=partners_without_email,
)


def build_profile() -> Profile:
    """The methodology, less one rule, with one severity lowered and the tool's rule added."""
    profile = (
        get_profile("methodology")
        .without(DROPPED, name=PROFILE_NAME)
        .with_severity(LOWERED, Severity.WARNING)
        .with_rules(NO_EMAIL)
    )
    return attrs.evolve(
        profile, description="The methodology, as the case-management tool applies it."
    )


def brussels_dossier() -> Dossier:
    """The shipped Brussels example, loaded from the file beside this one."""
    path = Path(__file__).with_name("brussels_partnership.py")
    spec = importlib.util.spec_from_file_location("brussels_partnership", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dossier = module.build_dossier()
    assert isinstance(dossier, Dossier)
    return dossier


def check(language: str = "fr") -> Report:
    """The Brussels dossier validated with the tool's profile, registered by its name."""
    register_profile(build_profile())
    return validate(brussels_dossier(), profile=PROFILE_NAME, language=language)


def main(language: str) -> None:
    report = check(language)
    print(f"profile {report.profile}: {len(report.rules)} rules applied")
    print(f"without {DROPPED}; {LOWERED} lowered to {Severity.WARNING}")
    counts = ", ".join(f"{severity}: {count}" for severity, count in report.counts.items())
    print(f"findings: {counts}")
    for finding in report.findings:
        if finding.code == NO_EMAIL.code:
            print(f"- [{finding.severity.label(language)}] {finding.code} at {finding.path}")
            print(f"  {finding.message}")
            print(f"  {finding.hint}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fr")
