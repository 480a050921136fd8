"""Is this convention complete and consistent? What it still lacks, step by step.

:func:`validate` runs the rules of a :class:`Profile` over a :class:`Dossier` or a
:class:`Convention` and returns a :class:`Report` of :class:`Finding` s, each with a
stable code, a severity, the methodology step, the path of what it concerns and that
place in words, and a message and hint in French, English or Dutch.
:attr:`Report.in_order` gives them in the order to act on them. It never refuses a
draft: findings are data, not exceptions (DESIGN, decision 8).
"""

from __future__ import annotations

import collections
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from partnership_model import _rules
from partnership_model._places import Places, document_order
from partnership_model._rules import (
    Context,
    MethodologyStep,
    Rule,
    Severity,
    Violation,
    placeholders,
)
from partnership_model._version import __version__
from partnership_model._words import shown
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier, read_target
from partnership_model.errors import InvalidValueError, PartnershipModelError
from partnership_model.i18n import resolve_language

__all__ = [
    "BUILT_IN_PROFILES",
    "CATALOGUE",
    "STAGES",
    "Context",
    "Finding",
    "MethodologyStep",
    "Profile",
    "ProfileError",
    "Report",
    "Rule",
    "Severity",
    "UnknownProfileError",
    "Violation",
    "get_profile",
    "placeholders",
    "profiles",
    "register_profile",
    "validate",
]

CATALOGUE: Final[Mapping[str, Rule]] = MappingProxyType({rule.code: rule for rule in _rules.RULES})
"""Every built-in rule by its code, in the methodology's order."""

STAGES: Final = (
    MethodologyStep.DEFINE,
    MethodologyStep.CLARIFY,
    MethodologyStep.PLAN,
    MethodologyStep.EVALUATE,
)
"""The four steps of the seed, in the order a convention is written."""


class ProfileError(PartnershipModelError, ValueError):
    """A profile that cannot be built or registered as asked."""


class UnknownProfileError(PartnershipModelError, ValueError):
    """A profile name that is not registered."""

    def __init__(self, name: object, known: tuple[str, ...]) -> None:
        self.name = name
        self.known = known
        super().__init__(f"unknown profile {name!r}; the profiles are {', '.join(known)}")

    def __reduce__(self) -> tuple[type[UnknownProfileError], tuple[object, tuple[str, ...]]]:
        return (type(self), (self.name, self.known))


def _distinct_codes(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    counted = collections.Counter(rule.code for rule in value)  # type: ignore[attr-defined]
    twice = sorted(code for code, count in counted.items() if count > 1)
    if twice:
        raise ProfileError(f"a profile holds each rule once; given twice: {', '.join(twice)}")


@attrs.frozen(kw_only=True)
class Profile:
    """A named set of rules, each with the severity it has in this profile.

    Build your own from a built-in one: ``get_profile("methodology").without(code,
    name="my-portal")``, then ``.with_severity(code, Severity.INFO)``,
    ``.with_rules(my_rule)``, and make it available by name with :func:`register_profile`.
    A profile made from a registered one needs a name of its own, so that a report
    never says "methodology" of rules that are not the methodology's.
    """

    name: str
    description: str = ""
    rules: tuple[Rule, ...] = attrs.field(validator=_distinct_codes)
    severities: Mapping[str, Severity] = attrs.field(factory=dict, hash=False)
    """Severities that differ from the rules' own."""

    def severity_of(self, rule: Rule) -> Severity:
        return self.severities.get(rule.code, rule.severity)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(rule.code for rule in self.rules)

    def _known(self, codes: Iterable[str]) -> None:
        unknown = [code for code in codes if code not in self.codes]
        if unknown:
            raise ProfileError(
                f"profile {self.name!r} has no rule {', '.join(map(repr, unknown))}"
            )

    def _renamed(self, name: str | None) -> str:
        """The name of a profile made from this one: ``name``, or this profile's own when
        this one is not the profile registered under it (a profile still being built)."""
        if name is None:
            registered = _PROFILES.get(self.name)
            if registered is not None and (registered is self or registered == self):
                raise ProfileError(
                    f"profile {self.name!r} is registered: a profile made from it needs a "
                    "name of its own (name=...)"
                )
            return self.name
        if type(name) is not str or not name.strip():
            raise ProfileError(f"a profile's name is a text that is not blank (got {name!r})")
        if name in _BUILT_IN_NAMES:
            raise ProfileError(f"{name!r} is a built-in profile; choose another name")
        return name

    def without(self, *codes: str, name: str | None = None) -> Profile:
        """This profile less the rules ``codes``; made from a registered profile, it
        needs a ``name`` of its own."""
        self._known(codes)
        return attrs.evolve(
            self,
            name=self._renamed(name),
            rules=tuple(rule for rule in self.rules if rule.code not in codes),
        )

    def with_severity(self, code: str, severity: Severity, *, name: str | None = None) -> Profile:
        """This profile with the rule ``code`` at ``severity``; made from a registered
        profile, it needs a ``name`` of its own."""
        self._known((code,))
        return attrs.evolve(
            self, name=self._renamed(name), severities={**self.severities, code: severity}
        )

    def with_rules(self, *rules: Rule, name: str | None = None) -> Profile:
        """This profile with more rules, such as an application's own; made from a
        registered profile, it needs a ``name`` of its own."""
        codes = frozenset(self.codes)
        clashes = [rule.code for rule in rules if rule.code in codes]
        if clashes:
            raise ProfileError(
                f"profile {self.name!r} has a rule {', '.join(map(repr, clashes))} already"
            )
        return attrs.evolve(self, name=self._renamed(name), rules=(*self.rules, *rules))


def _built_in(name: str, description: str) -> Profile:
    rules = tuple(rule for rule in _rules.RULES if name in _rules.PROFILES_OF[rule.code])
    return Profile(
        name=name,
        description=description,
        rules=rules,
        severities=_rules.SEVERITIES.get(name, {}),
    )


BUILT_IN_PROFILES: Final = (
    _built_in("methodology", "What the methodology note asks of a partnership convention."),
    _built_in(
        "collaboration",
        "What a collaboration needs, and no more: one association contributing to "
        "another's project.",
    ),
    _built_in(
        "consortium",
        "The methodology plus the clauses of a consortium agreement (DESCA practice).",
    ),
)

_PROFILES: dict[str, Profile] = {profile.name: profile for profile in BUILT_IN_PROFILES}
_BUILT_IN_NAMES = frozenset(_PROFILES)


def register_profile(profile: Profile, *, replace: bool = False) -> None:
    """Make ``profile`` available by its name to :func:`validate` and :func:`get_profile`.

    A name already registered is refused, so that two parts of an application cannot
    silently swap each other's rules; pass ``replace=True`` to replace it on purpose. A
    built-in profile is never replaced.
    """
    if not isinstance(profile, Profile):
        raise ProfileError(f"register_profile(profile): expected a Profile (got {profile!r})")
    if profile.name in _BUILT_IN_NAMES:
        raise ProfileError(f"{profile.name!r} is a built-in profile; choose another name")
    if profile.name in _PROFILES and not replace:
        raise ProfileError(
            f"a profile {profile.name!r} is registered already; pass replace=True to "
            "replace it, or choose another name"
        )
    _PROFILES[profile.name] = profile


def profiles() -> tuple[str, ...]:
    """The names of every profile available, built-in ones first."""
    return tuple(_PROFILES)


def get_profile(name: str) -> Profile:
    """The profile called ``name``; :class:`UnknownProfileError` lists the known ones."""
    try:
        return _PROFILES[name]
    except (KeyError, TypeError):
        raise UnknownProfileError(name, profiles()) from None


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the convention lacks or contradicts, said for people."""

    code: str
    severity: Severity
    step: MethodologyStep
    path: str
    """Where, in the same syntax as reading errors: ``$.convention.tasks[3]``."""
    message: str
    hint: str
    subjects: tuple[str, ...] = ()
    """The ids or values concerned."""
    place: str = ""
    """Where, in the report's language, as a coordinator says it: ``objectif 2
    « Réduire l'isolement » › indicateur 1``. :func:`validate` fills it; a finding an
    application builds itself may leave it empty."""

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain JSON data: its enumerations by their values."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "step": self.step.value,
            "path": self.path,
            "place": self.place,
            "message": self.message,
            "hint": self.hint,
            "subjects": list(self.subjects),
        }


@attrs.frozen(kw_only=True)
class Report:
    """The findings of one validation, with what produced them."""

    findings: tuple[Finding, ...]
    profile: str
    language: str
    rules: tuple[str, ...]
    """The codes of the rules applied."""
    today: dt.date | None = None
    library_version: str = __version__

    @property
    def is_complete(self) -> bool:
        """No finding of error severity remains."""
        return all(finding.severity is not Severity.ERROR for finding in self.findings)

    @property
    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity, every severity listed."""
        found = Counter(finding.severity for finding in self.findings)
        return {severity: found[severity] for severity in Severity}

    @property
    def by_step(self) -> dict[MethodologyStep, tuple[Finding, ...]]:
        """The findings of each step that has any, in the methodology's order."""
        grouped: dict[MethodologyStep, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.step, []).append(finding)
        return {step: tuple(grouped[step]) for step in MethodologyStep if step in grouped}

    @property
    def in_order(self) -> tuple[Finding, ...]:
        """The findings in the order to act on them: errors, then warnings, then
        information; within a severity, by methodology step; within a step, by place,
        as the places come in the document (``tasks[2]`` before ``tasks[10]``)."""
        return tuple(sorted(self.findings, key=_order_to_act))

    @property
    def by_code(self) -> dict[str, int]:
        """How many findings of each code, in the order they were found."""
        return dict(Counter(finding.code for finding in self.findings))

    @property
    def stage(self) -> MethodologyStep | None:
        """The first of DEFINE, CLARIFY, PLAN, EVALUATE not yet satisfied (an error
        remains there), or None once all four are."""
        failing = {f.step for f in self.findings if f.severity is Severity.ERROR}
        return next((step for step in STAGES if step in failing), None)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON data, with its summary."""
        return {
            "library_version": self.library_version,
            "profile": self.profile,
            "language": self.language,
            "today": None if self.today is None else self.today.isoformat(),
            "rules": list(self.rules),
            "is_complete": self.is_complete,
            "stage": None if self.stage is None else self.stage.value,
            "counts": {severity.value: count for severity, count in self.counts.items()},
            "by_code": self.by_code,
            "findings": [finding.to_dict() for finding in self.findings],
        }


_SEVERITY_ORDER: Final = {severity: at for at, severity in enumerate(Severity)}
_STEP_ORDER: Final = {step: at for at, step in enumerate(MethodologyStep)}


def _order_to_act(finding: Finding) -> tuple[int, int, tuple[tuple[int, int, str], ...]]:
    return (
        _SEVERITY_ORDER[finding.severity],
        _STEP_ORDER[finding.step],
        document_order(finding.path),
    )


def validate(
    target: Dossier | Convention,
    *,
    profile: str | Profile = "methodology",
    today: dt.date | None = None,
    language: str = "fr",
) -> Report:
    """The findings of ``profile``'s rules on ``target``, said in ``language``.

    Rules that depend on the date (overdue steps, missed evaluations) run only when
    ``today`` is given; rules about minutes and amendments only on a :class:`Dossier`.
    Raises :class:`UnknownProfileError`, :class:`~partnership_model.UnsupportedLanguageError`
    or :class:`~partnership_model.InvalidValueError` (all ``ValueError`` s) for a profile,
    language or ``today`` it cannot use, and never for anything about the target.
    """
    language = resolve_language(language)
    if today is not None and type(today) is not dt.date:
        raise InvalidValueError(
            "validate(today)", today, "expected a datetime.date (a day, not an instant)"
        )
    convention, dossier = read_target("validate", target)
    chosen = profile if isinstance(profile, Profile) else get_profile(profile)
    context = Context(convention, dossier, today)
    prefix = "$.convention" if dossier is not None else "$"
    places = Places(target, language)
    findings: list[Finding] = []
    applied: list[str] = []
    for rule in chosen.rules:
        if (rule.needs_dossier and dossier is None) or (rule.needs_today and today is None):
            continue
        applied.append(rule.code)
        severity = chosen.severity_of(rule)
        message, hint = rule.message[language], rule.hint[language]
        for violation in rule.check(context):
            params = {key: shown(value, language) for key, value in violation.params.items()}
            base = "$" if violation.in_dossier else prefix
            try:
                said = message.format_map(params), hint.format_map(params)
            except KeyError as missing:  # a rule's own mistake, named for its author
                raise PartnershipModelError(
                    f"rule {rule.code!r} gave no value for the placeholder {missing}"
                ) from None
            path = f"{base}.{violation.path}" if violation.path else base
            findings.append(
                Finding(
                    code=rule.code,
                    severity=severity,
                    step=rule.step,
                    path=path,
                    place=places.words(path),
                    message=said[0],
                    hint=said[1],
                    subjects=violation.subjects,
                )
            )
    return Report(
        findings=tuple(findings),
        profile=chosen.name,
        language=language,
        rules=tuple(applied),
        today=today,
    )
