"""Write docs/rules.md, the list of every validation rule, from the rule catalogue itself.

    python tools/write_rules_doc.py

tests/test_validation.py fails while docs/rules.md differs from what this writes.
"""

from __future__ import annotations

from pathlib import Path

from partnership_model.validation import (
    BUILT_IN_PROFILES,
    CATALOGUE,
    MethodologyStep,
    Rule,
    Severity,
)

PAGE = Path(__file__).parent.parent / "docs" / "rules.md"

INTRO = """\
# Validation rules

`validate(target, profile=..., today=..., language=...)` checks a `Dossier` or a
`Convention` against the rules of a **profile** and returns a `Report` of findings.
A **rule** is one requirement of the methodology (or of the practice a profile
follows): a stable code such as `consortium.clause.missing`, the methodology step
it belongs to, a severity, the section of the seed it comes from, a message and a
hint in French, English and Dutch whose `{placeholders}` each finding fills, and a
small function that finds every place that breaks it. Building a convention never
raises for what it lacks: what it lacks is a finding.

Each finding has one of three **severities**:

| severity  | meaning                                                                  |
|-----------|--------------------------------------------------------------------------|
| `error`   | the convention is not complete while it remains (`report.is_complete`)   |
| `warning` | worth fixing, but the convention may stand without it                    |
| `info`    | a remark, for instance a choice worth checking with the partners         |

A profile may give a rule another severity than its own; the tables below say so
beside the profile's name. Rules marked *dossier only* look at what only a dossier
holds (minutes, amendments, measurements, evaluation reports) and are skipped when
a convention alone is validated; rules marked *only with `today`* run only when the
caller gives the date, since the library never reads the clock.

## Your own profile and rules

Start from a built-in profile, drop rules, change severities, add rules of your
own, and register the result under a name of your choice. A rule's check reads a
`Context` (the convention, the dossier if any, `today`, and indexes of ids) and
yields a `Violation` for each place that breaks it, with the path below the
convention and the values its message shows. `examples/custom_rules.py` does the
same for a whole application.

```python
>>> from partnership_model import (
...     Context, Convention, MethodologyStep, Rule, Severity, Violation,
...     get_profile, register_profile, validate,
... )
>>> def no_purpose(context: Context) -> list[Violation]:
...     convention = context.convention
...     return [] if convention.purpose else [Violation("purpose", {"name": convention.name})]
>>> purpose_stated = Rule(
...     code="portal.purpose.missing",
...     step=MethodologyStep.DEFINE,
...     severity=Severity.WARNING,
...     section="Our grant portal: every project states its purpose",
...     message={
...         "fr": "« {name} » n'énonce pas sa finalité.",
...         "en": "'{name}' states no purpose.",
...         "nl": "'{name}' vermeldt geen doel.",
...     },
...     hint={
...         "fr": "Décrivez en une phrase ce que le projet veut changer.",
...         "en": "Say in one sentence what the project means to change.",
...         "nl": "Beschrijf in één zin wat het project wil veranderen.",
...     },
...     check=no_purpose,
... )
>>> portal = (
...     get_profile("consortium")
...     .without("consortium.dispute.no-mediation", name="grant-portal")
...     .with_severity("consortium.signatures.incomplete", Severity.WARNING)
...     .with_rules(purpose_stated)
... )
>>> register_profile(portal)
>>> report = validate(Convention(name="Repair café"), profile="grant-portal", language="en")
>>> [f.message for f in report.findings if f.code == "portal.purpose.missing"]
["'Repair café' states no purpose."]
>>> "consortium.dispute.no-mediation" in report.rules
False
```

## Profiles

| profile | rules | what it checks |
|---------|-------|----------------|
"""


def _cell(text: str) -> str:
    """``text`` as one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _meaning(rule: Rule) -> str:
    notes = []
    if rule.needs_dossier:
        notes.append("*dossier only*")
    if rule.needs_today:
        notes.append("*only with `today`*")
    return " ".join([_cell(rule.message["en"]), *(f"({note})" for note in notes)])


def _profiles_of(rule: Rule) -> str:
    names = []
    for profile in BUILT_IN_PROFILES:
        if rule.code in profile.codes:
            severity: Severity = profile.severity_of(rule)
            shown = profile.name if severity is rule.severity else f"{profile.name} ({severity})"
            names.append(shown)
    return ", ".join(names)


def _step_section(step: MethodologyStep, rules: list[Rule]) -> list[str]:
    label = step.label("en")
    lines = [f"## {label[:1].upper()}{label[1:]} (`{step.value}`)", ""]
    if not rules:
        return [*lines, "No rule in this step.", ""]
    lines += [
        "| code | severity | meaning | profiles | seed section |",
        "|------|----------|---------|----------|--------------|",
    ]
    lines += [
        f"| `{rule.code}` | {rule.severity} | {_meaning(rule)} | {_profiles_of(rule)} "
        f"| {_cell(rule.section)} |"
        for rule in rules
    ]
    return [*lines, ""]


def rules_page() -> str:
    """The text docs/rules.md must hold: every rule of the catalogue, step by step."""
    lines = INTRO.splitlines()
    lines += [
        f"| `{profile.name}` | {len(profile.rules)} | {_cell(profile.description)} |"
        for profile in BUILT_IN_PROFILES
    ]
    lines.append("")
    by_step: dict[MethodologyStep, list[Rule]] = {step: [] for step in MethodologyStep}
    for rule in CATALOGUE.values():
        by_step[rule.step].append(rule)
    for step, rules in by_step.items():
        lines += _step_section(step, rules)
    return "\n".join(lines)


if __name__ == "__main__":
    PAGE.write_text(rules_page(), encoding="utf-8")
    print(f"wrote {PAGE}")
