"""DEFINE (seed §3): objectives with their evaluation indicators, the needs, and the target public.

"Agree on what is at stake": each objective carries at least one indicator that can be
measured (a unit, a baseline, a target), and each indicator says how it is checked and
by when. Every need is valued and met by a contribution, and the money the partners
bring, currency by currency, reaches the money the needs call for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from partnership_model._rules._base import (
    Context,
    MethodologyStep,
    Severity,
    Violation,
    blank,
    blank_texts,
    enumerate_paths,
    rule,
    shown,
)
from partnership_model.money import AMOUNT_DIGITS, Money, totals_by_currency
from partnership_model.needs import NeedCategory
from partnership_model.objectives import Direction, Indicator

__all__: list[str] = []

OBJECTIVES = "§3 DEFINE: objectives and evaluation indicators"
NEEDS = "§3 DEFINE: needs (financial, human resources, infrastructure, planning, ...)"
COVERAGE = "§1 pooling resources; §3 DEFINE: needs, and CLARIFY: each partner's contribution"
TARGET_PUBLIC = "§3 DEFINE: target public"


def _indicators(context: Context) -> Iterator[tuple[str, Indicator]]:
    """Every indicator of every objective, with its path."""
    for at, objective in enumerate(context.convention.objectives):
        yield from enumerate_paths(f"objectives[{at}].indicators", objective.indicators)


@rule(
    code="define.objectives.missing",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=OBJECTIVES,
    message={
        "fr": "La convention ne fixe aucun objectif.",
        "en": "The convention sets no objective.",
        "nl": "De overeenkomst bevat geen enkele doelstelling.",
    },
    hint={
        "fr": "Mettez-vous d'accord sur ce qui est en jeu\u00a0: ajoutez au moins un objectif, avec ses indicateurs d'évaluation.",
        "en": "Agree on what is at stake: add at least one objective, with its evaluation indicators.",
        "nl": "Kom overeen wat er op het spel staat: voeg minstens één doelstelling toe, met haar evaluatie-indicatoren.",
    },
)
def missing_objectives(context: Context) -> Iterator[Violation]:
    if not context.convention.objectives:
        yield Violation("objectives")


@rule(
    code="define.objectives.untitled",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=OBJECTIVES,
    message={
        "fr": "L'objectif {id} n'a pas de titre.",
        "en": "The objective {id} has no title.",
        "nl": "De doelstelling {id} heeft geen titel.",
    },
    hint={
        "fr": "Dites en quelques mots ce que les partenaires veulent atteindre.",
        "en": "Say in a few words what the partners want to achieve.",
        "nl": "Zeg in enkele woorden wat de partners willen bereiken.",
    },
)
def untitled_objectives(context: Context) -> Iterator[Violation]:
    yield from blank_texts(enumerate_paths("objectives", context.convention.objectives), "title")


@rule(
    code="define.indicators.unnamed",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=OBJECTIVES,
    message={
        "fr": "L'indicateur {id} n'a pas de nom.",
        "en": "The indicator {id} has no name.",
        "nl": "De indicator {id} heeft geen naam.",
    },
    hint={
        "fr": "Nommez ce que l'indicateur compte ou mesure, par exemple « familles accompagnées ».",
        "en": "Name what the indicator counts or measures, such as 'families supported'.",
        "nl": "Benoem wat de indicator telt of meet, bijvoorbeeld 'begeleide gezinnen'.",
    },
)
def unnamed_indicators(context: Context) -> Iterator[Violation]:
    yield from blank_texts(_indicators(context), "name")


@rule(
    code="define.objectives.no-measurable-indicator",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=OBJECTIVES,
    message={
        "fr": "L'objectif «\u00a0{title}\u00a0» ({id}) n'a aucun indicateur mesurable.",
        "en": "The objective '{title}' ({id}) has no measurable indicator.",
        "nl": "De doelstelling '{title}' ({id}) heeft geen meetbare indicator.",
    },
    hint={
        "fr": "Donnez-lui au moins un indicateur avec une unité, une valeur de départ et une cible.",
        "en": "Give it at least one indicator with a unit, a baseline and a target.",
        "nl": "Geef ze minstens één indicator met een eenheid, een beginwaarde en een streefwaarde.",
    },
)
def objectives_without_measurable_indicator(context: Context) -> Iterator[Violation]:
    for path, objective in enumerate_paths("objectives", context.convention.objectives):
        if not any(indicator.is_measurable for indicator in objective.indicators):
            yield Violation(
                path,
                {"title": shown(objective.title, objective.id), "id": objective.id},
                (objective.id,),
            )


@rule(
    code="define.indicators.incomplete",
    step=MethodologyStep.DEFINE,
    severity=Severity.WARNING,
    section=OBJECTIVES,
    message={
        "fr": "L'indicateur «\u00a0{name}\u00a0» ({id}) est incomplet (champs manquants\u00a0: {missing}).",
        "en": "The indicator '{name}' ({id}) is incomplete (missing fields: {missing}).",
        "nl": "De indicator '{name}' ({id}) is onvolledig (ontbrekende velden: {missing}).",
    },
    hint={
        "fr": "Précisez l'unité (unit), la valeur de départ (baseline), la cible (target), le moyen de vérification (means_of_verification) et l'échéance (due) de l'indicateur.",
        "en": "Give the indicator its unit, baseline, target, means of verification (means_of_verification) and due date (due).",
        "nl": "Vul de eenheid (unit), de beginwaarde (baseline), de streefwaarde (target), de verificatiebron (means_of_verification) en de einddatum (due) van de indicator in.",
    },
)
def incomplete_indicators(context: Context) -> Iterator[Violation]:
    for path, indicator in _indicators(context):
        missing = tuple(
            name
            for name, present in (
                ("unit", not blank(indicator.unit)),
                ("baseline", indicator.baseline is not None),
                ("target", indicator.target is not None),
                ("means_of_verification", not blank(indicator.means_of_verification)),
                ("due", indicator.due is not None),
            )
            if not present
        )
        if missing:
            yield Violation(
                path,
                {
                    "name": shown(indicator.name, indicator.id),
                    "id": indicator.id,
                    "missing": missing,
                },
                (indicator.id,),
            )


@rule(
    code="define.indicators.direction-contradicts-target",
    step=MethodologyStep.DEFINE,
    severity=Severity.WARNING,
    section=OBJECTIVES,
    message={
        "fr": "Pour l'indicateur «\u00a0{name}\u00a0» ({id}), le sens attendu ({direction}) contredit la cible\u00a0: {target} pour une valeur de départ de {baseline}.",
        "en": "For the indicator '{name}' ({id}), the expected direction ({direction}) contradicts the target: {target} from a baseline of {baseline}.",
        "nl": "Voor de indicator '{name}' ({id}) is de verwachte richting ({direction}) in strijd met de streefwaarde: {target} bij een beginwaarde van {baseline}.",
    },
    hint={
        "fr": "Corrigez le sens attendu de l'indicateur, sa valeur de départ ou sa cible.",
        "en": "Correct the indicator's expected direction, its baseline or its target.",
        "nl": "Verbeter de verwachte richting van de indicator, de beginwaarde of de streefwaarde.",
    },
)
def indicators_whose_direction_contradicts_the_target(context: Context) -> Iterator[Violation]:
    for path, indicator in _indicators(context):
        baseline, target = indicator.baseline, indicator.target
        if baseline is None or target is None:
            continue
        if (
            (indicator.direction is Direction.INCREASE and target < baseline)
            or (indicator.direction is Direction.DECREASE and target > baseline)
            or (indicator.direction is Direction.MAINTAIN and target != baseline)
        ):
            yield Violation(
                path,
                {
                    "name": shown(indicator.name, indicator.id),
                    "id": indicator.id,
                    "direction": indicator.direction,
                    "baseline": baseline,
                    "target": target,
                },
                (indicator.id,),
            )


@rule(
    code="define.needs.missing",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=NEEDS,
    message={
        "fr": "La convention ne recense aucun besoin.",
        "en": "The convention lists no need.",
        "nl": "De overeenkomst vermeldt geen enkele behoefte.",
    },
    hint={
        "fr": "Listez les besoins du projet\u00a0: financiers, ressources humaines, infrastructure, planification, matériel…",
        "en": "List the project's needs: financial, human resources, infrastructure, planning, material, ...",
        "nl": "Som de behoeften van het project op: financiële middelen, personeel, infrastructuur, planning, materieel, ...",
    },
)
def missing_needs(context: Context) -> Iterator[Violation]:
    if not context.convention.needs:
        yield Violation("needs")


@rule(
    code="define.needs.undescribed",
    step=MethodologyStep.DEFINE,
    severity=Severity.WARNING,
    section=NEEDS,
    message={
        "fr": "Le besoin {id} n'est pas décrit.",
        "en": "The need {id} is not described.",
        "nl": "De behoefte {id} is niet beschreven.",
    },
    hint={
        "fr": "Dites ce dont le projet a besoin : des vivres, un local, une animatrice…",
        "en": "Say what the project needs: food, a room, a group leader…",
        "nl": "Zeg wat het project nodig heeft: voeding, een lokaal, een begeleider…",
    },
)
def undescribed_needs(context: Context) -> Iterator[Violation]:
    yield from blank_texts(enumerate_paths("needs", context.convention.needs), "description")


@rule(
    code="define.needs.not-valued",
    step=MethodologyStep.DEFINE,
    severity=Severity.WARNING,
    section=NEEDS,
    message={
        "fr": "Le besoin «\u00a0{id}\u00a0» ({category}) n'est pas chiffré.",
        "en": "The need '{id}' ({category}) is not valued.",
        "nl": "De behoefte '{id}' ({category}) is niet begroot.",
    },
    hint={
        "fr": "Donnez un montant à un besoin financier, et à tout autre besoin un montant ou une quantité (heures, personnes, m²…).",
        "en": "Give a financial need an amount, and any other need an amount or a quantity (hours, people, m², ...).",
        "nl": "Geef een financiële behoefte een bedrag, en elke andere behoefte een bedrag of een hoeveelheid (uren, personen, m², ...).",
    },
)
def needs_not_valued(context: Context) -> Iterator[Violation]:
    for path, need in enumerate_paths("needs", context.convention.needs):
        if need.amount is None and (
            need.quantity is None or need.category is NeedCategory.FINANCIAL
        ):
            yield Violation(path, {"id": need.id, "category": need.category}, (need.id,))


@rule(
    code="define.needs.not-covered",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=COVERAGE,
    message={
        "fr": "Aucune contribution ne couvre le besoin «\u00a0{id}\u00a0».",
        "en": "No contribution covers the need '{id}'.",
        "nl": "Geen enkele bijdrage dekt de behoefte '{id}'.",
    },
    hint={
        "fr": "Dites quel partenaire y répond\u00a0: ajoutez une contribution qui le couvre, ou retirez le besoin.",
        "en": "Say which partner meets it: add a contribution that covers it, or remove the need.",
        "nl": "Geef aan welke partner erin voorziet: voeg een bijdrage toe die ze dekt, of schrap de behoefte.",
    },
)
def needs_not_covered(context: Context) -> Iterator[Violation]:
    covered = context.covered_needs
    for path, need in enumerate_paths("needs", context.convention.needs):
        if need.id not in covered:
            yield Violation(path, {"id": need.id}, (need.id,))


def _by_currency(valued: Iterable[tuple[str, Money | None]]) -> dict[str, list[tuple[str, Money]]]:
    """The amounts of these (id, amount) pairs, currency by currency, in the order the
    currencies first appear, each with the id of what it values."""
    grouped: dict[str, list[tuple[str, Money]]] = {}
    for identifier, money in valued:
        if money is not None:
            grouped.setdefault(money.currency, []).append((identifier, money))
    return grouped


@rule(
    code="define.needs.funding-gap",
    step=MethodologyStep.DEFINE,
    severity=Severity.WARNING,
    section=COVERAGE,
    message={
        "fr": "Les besoins chiffrés s'élèvent à {needed}, mais les contributions n'apportent que {offered}\u00a0: il manque {missing}.",
        "en": "The valued needs come to {needed}, but the contributions bring only {offered}: {missing} is missing.",
        "nl": "De begrote behoeften bedragen {needed}, maar de bijdragen brengen slechts {offered} op: er ontbreekt {missing}.",
    },
    hint={
        "fr": "Trouvez d'autres contributions (subside, fonds propres, nouveau partenaire) ou réduisez les besoins.",
        "en": "Find further contributions (a subsidy, own funds, a new partner) or reduce the needs.",
        "nl": "Zoek bijkomende bijdragen (een subsidie, eigen middelen, een nieuwe partner) of beperk de behoeften.",
    },
)
def funding_gaps(context: Context) -> Iterator[Violation]:
    convention = context.convention
    needs = _by_currency((need.id, need.amount) for need in convention.needs)
    offers = _by_currency((c.id, c.amount) for c in convention.contributions)
    for currency, valued_needs in needs.items():
        needed_amounts = [money for _, money in valued_needs]
        offered_amounts = [money for _, money in offers.get(currency, ())]
        needed = totals_by_currency(needed_amounts)[currency]
        offered = totals_by_currency(offered_amounts).get(currency, Money.zero(currency))
        if max(needed.amount, offered.amount).adjusted() >= AMOUNT_DIGITS:
            continue  # a total of 10^30 or more: no budget to compare
        if offered.amount < needed.amount:
            yield Violation(
                "needs",
                {"needed": str(needed), "offered": str(offered), "missing": str(needed - offered)},
                tuple(identifier for identifier, _ in valued_needs),
            )


@rule(
    code="define.target-public.missing",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=TARGET_PUBLIC,
    message={
        "fr": "La convention ne précise aucun public cible.",
        "en": "The convention names no target public.",
        "nl": "De overeenkomst bepaalt geen doelgroep.",
    },
    hint={
        "fr": "Décrivez pour qui est le projet\u00a0: le public cible, sa taille et ses caractéristiques.",
        "en": "Describe whom the project is for: the target public, its size and its characteristics.",
        "nl": "Beschrijf voor wie het project bedoeld is: de doelgroep, haar omvang en haar kenmerken.",
    },
)
def missing_target_public(context: Context) -> Iterator[Violation]:
    if not context.convention.target_publics:
        yield Violation("target_publics")


@rule(
    code="define.target-public.undescribed",
    step=MethodologyStep.DEFINE,
    severity=Severity.ERROR,
    section=TARGET_PUBLIC,
    message={
        "fr": "Le public cible {id} n'est pas décrit.",
        "en": "The target public {id} is not described.",
        "nl": "De doelgroep {id} is niet beschreven.",
    },
    hint={
        "fr": "Décrivez pour qui est le projet : « familles isolées du quartier », « jeunes de 12 à 18 ans »…",
        "en": "Describe whom the project is for: 'isolated families of the neighbourhood', 'young people aged 12 to 18'…",
        "nl": "Beschrijf voor wie het project bedoeld is: 'alleenstaande gezinnen uit de wijk', 'jongeren van 12 tot 18 jaar'…",
    },
)
def undescribed_target_publics(context: Context) -> Iterator[Violation]:
    publics = enumerate_paths("target_publics", context.convention.target_publics)
    yield from blank_texts(publics, "description")
