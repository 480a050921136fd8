"""Complete conventions and dossiers: drawn so that validation finds nothing at all.

Private to :mod:`partnership_model.testing.strategies`. The convention is drawn in the
methodology's order, each part from the ones before it: the partners, the form (who
carries, who owns), then DEFINE, CLARIFY, PLAN and EVALUATE, every reference pointing
at something already drawn, every date inside the period, every need covered by a
contribution whose amount includes it. What the profile's rules ask beyond the seed
(the consortium's clauses, mediation, dated signatures) is added when its rules are in
the profile. With ``today``, the period starts on or after it, so nothing is overdue.

The parts are drawn by :mod:`._complete_define`, :mod:`._complete_clarify` and
:mod:`._complete_plan`, from items read as :mod:`._complete_items` reads them; this module
puts the convention together, and :mod:`._complete_dossier` the dossier around it.
"""

# ruff: noqa: PLC0414 - each "import x as x" keeps a name importable from here after it moved

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.convention import (
    CONSORTIUM_CLAUSES,
    Clause,
    ClauseKind,
    Convention,
    Form,
    Signature,
)
from partnership_model.partners import Partner
from partnership_model.planning import Period
from partnership_model.testing._complete_clarify import FILLED as CLARIFY_FILLED
from partnership_model.testing._complete_clarify import NOT_MEDIATION as NOT_MEDIATION
from partnership_model.testing._complete_clarify import OTHER_ROLE_KINDS as OTHER_ROLE_KINDS
from partnership_model.testing._complete_clarify import PLAN_INSTITUTIONS as PLAN_INSTITUTIONS
from partnership_model.testing._complete_clarify import (
    complete_bodies,
    complete_contributions,
    complete_decision_rules,
    complete_escalation,
    complete_links,
    complete_roles,
    complete_tasks,
)
from partnership_model.testing._complete_define import FILLED as DEFINE_FILLED
from partnership_model.testing._complete_define import (
    complete_needs,
    complete_objectives,
    complete_target_publics,
)
from partnership_model.testing._complete_dossier import (
    complete_dossier,
)
from partnership_model.testing._complete_items import NO_EXTENSIONS as NO_EXTENSIONS
from partnership_model.testing._complete_plan import ADDRESSED_KINDS as ADDRESSED_KINDS
from partnership_model.testing._complete_plan import FILLED as PLAN_FILLED
from partnership_model.testing._complete_plan import (
    complete_communication,
    complete_evaluation,
    complete_funds,
    complete_timeline,
    institutions_named,
)
from partnership_model.testing._digits import Digits, readers
from partnership_model.validation import CATALOGUE, Profile, get_profile

__all__ = [
    "FILLED_FOR_COMPLETENESS",
    "LANGUAGES",
    "MEDIATION_CLAUSE",
    "complete_convention",
    "complete_dossier",
    "profile_codes",
]

FILLED_FOR_COMPLETENESS = frozenset(
    {
        *(
            f"Convention.{name}"
            for name in ("form", "partners", "carriers", "clauses", "signatures")
        ),
        "Period.start",
        "Period.end",
        *DEFINE_FILLED,
        *CLARIFY_FILLED,
        *PLAN_FILLED,
    }
)
"""The optional fields (``Type.field``) a complete convention fills, because a rule asks
for them: everything else optional is left out of the simplest complete convention, so
that a failing example shrinks to nothing more. Each ``_complete_<area>.py`` names the
fields it fills (``FILLED``), beside the code that fills them."""

LANGUAGES = ("fr", "en", "nl", "fr-BE", "nl-BE")
"""The languages complete conventions are written in."""

MEDIATION_CLAUSE = (
    "En cas de différend, les partenaires recourent à une médiation avant toute action en "
    "justice. In case of dispute, the partners turn to mediation before going to court. "
    "Bij een geschil doen de partners een beroep op bemiddeling."
)
"""A dispute resolution clause naming mediation in French, English and Dutch."""


FIRST_DAY = dt.date(1990, 1, 1)
LAST_TODAY = dt.date(2150, 12, 31)
"""The latest ``today`` a complete convention is drawn after: its period, starting within
a year of it and lasting at most some four years, stays far from the last day Python has."""


def profile_codes(function: str, profile: object) -> frozenset[str]:
    """The rule codes of ``profile`` (a built-in profile's name or a :class:`Profile`),
    refusing a profile whose rules are not all built in: the strategies know how to
    satisfy and break the built-in rules only."""
    if isinstance(profile, str):
        try:
            profile = get_profile(profile)
        except Exception as unknown:
            raise InvalidArgument(f"{function}(profile={profile!r}): {unknown}") from None
    if not isinstance(profile, Profile):
        raise InvalidArgument(f"{function}(profile={profile!r}): expected a profile or its name")
    foreign = sorted(r.code for r in profile.rules if CATALOGUE.get(r.code) is not r)
    if foreign:
        raise InvalidArgument(
            f"{function}(profile={profile.name!r}): rules {', '.join(foreign)} are not built in, "
            "so no strategy knows what satisfies or breaks them"
        )
    return frozenset(r.code for r in profile.rules)


SOMETIMES_CARRIERS = ((), None)
"""A collaboration's carriers: nobody, or its owner (None stands for the owner)."""


def _clauses(draw: st.DrawFn, codes: frozenset[str]) -> tuple[Clause, ...]:
    """The amendment procedure, the consortium's clauses when its rules ask for them, and
    up to two more of any kind."""
    kinds = [ClauseKind.AMENDMENT_PROCEDURE]
    if "consortium.clause.missing" in codes or "consortium.dispute.no-mediation" in codes:
        kinds += CONSORTIUM_CLAUSES
    fixed = readers(draw, 5, len(kinds), len(kinds))
    more = readers(draw, 6, 0, 2)
    kinds += [digits.member(ClauseKind) for digits in more]
    texts = [digits.name() for digits in fixed] + [digits.free_text() for digits in more]
    return tuple(
        Clause(
            kind=kind,
            text=MEDIATION_CLAUSE if kind is ClauseKind.DISPUTE_RESOLUTION else text,
            title=digits.optional_name(),
        )
        for kind, text, digits in zip(kinds, texts, fixed + more, strict=True)
    )


def complete_convention(
    draw: st.DrawFn,
    *,
    partners: tuple[Partner, ...],
    codes: frozenset[str],
    form: Form | None,
    today: dt.date | None,
) -> Convention:
    """A convention on which the rules ``codes`` find nothing, validated on ``today``."""
    if len(partners) < 2:
        raise InvalidArgument(
            f"conventions(complete=True): drew {len(partners)} partner(s), and a complete "
            "convention has at least two: pass partners=partners(min_size=2) or more"
        )
    partner_ids = tuple(p.id for p in partners)
    header = Digits(draw, width=17 + len(partner_ids))
    earliest = FIRST_DAY if today is None else today
    start = earliest + dt.timedelta(days=header.below(366 if today else 50_001))
    end = start + dt.timedelta(days=header.between(60, 1500))
    form = header.member(Form) if form is None else form
    owner_chosen = header.pick(partner_ids)
    carriers_chosen = header.choose(partner_ids, least=2, most=len(partner_ids))
    own_carriers = header.pick(SOMETIMES_CARRIERS)
    if form is Form.PARTNERSHIP:
        carriers = carriers_chosen
        owner = carriers[0] if "form.collaboration.no-owner" in codes else None
    else:
        owner = owner_chosen
        carriers = (owner,) if own_carriers is None else ()
    # An owner leads its project: it holds the coordinator's role.
    coordinators = carriers if owner is None else (owner,)
    currency = header.currency()
    name, language, purpose = header.name(), header.pick(LANGUAGES), header.free_text()
    dated_signatures = "consortium.signatures.incomplete" in codes or header.flag()
    objectives = complete_objectives(draw, start, end)
    objective_ids = tuple(o.id for o in objectives)
    indicator_ids = tuple(i.id for o in objectives for i in o.indicators)
    needs = complete_needs(draw, currency)
    tasks = complete_tasks(draw, partner_ids, objective_ids)
    bodies = complete_bodies(draw, partner_ids)
    timeline = complete_timeline(draw, partner_ids, start, end)
    funds = complete_funds(
        draw,
        partner_ids=partner_ids,
        timeline=timeline,
        currency=currency,
        start=start,
        end=end,
    )
    signing = readers(draw, 8, len(partner_ids), len(partner_ids))
    return Convention(
        name=name,
        language=language,
        form=form,
        purpose=purpose,
        partners=partners,
        carriers=carriers,
        owner=owner,
        period=Period(start=start, end=end),
        objectives=objectives,
        needs=needs,
        target_publics=complete_target_publics(draw),
        roles=complete_roles(draw, partner_ids, coordinators),
        tasks=tasks,
        contributions=complete_contributions(
            draw, partner_ids, needs, tuple(t.id for t in tasks), currency
        ),
        governing_bodies=bodies,
        decision_rules=complete_decision_rules(draw, partner_ids, bodies),
        conflict_procedure=complete_escalation(draw, "consortium.dispute.no-mediation" in codes),
        institutional_links=complete_links(draw, partners, institutions_named(timeline, funds)),
        timeline=timeline,
        evaluation=complete_evaluation(draw, indicator_ids, partner_ids, timeline),
        communication=complete_communication(draw, partner_ids, start, end),
        funds=funds,
        clauses=_clauses(draw, codes),
        signatures=tuple(
            Signature(
                partner=partner,
                signatory=digits.name(),
                function=digits.optional_text(),
                place=digits.optional_text(),
                date=start if dated_signatures else None,
            )
            for partner, digits in zip(partner_ids, signing, strict=True)
        ),
        extensions=header.extensions(),
    )
