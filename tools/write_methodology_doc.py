"""Write docs/methodology.md, the map from the methodology note to the library.

    python tools/write_methodology_doc.py

Each section of the note is quoted briefly in French and English, with the types that
hold it and the rules that check it. The rules come from the catalogue itself, chosen by
the seed section each rule names, so the page lists every rule the library has: writing
fails if a rule belongs to no section. tests/test_docs.py fails while docs/methodology.md
differs from what this writes.
"""

from __future__ import annotations

import inspect
import textwrap
from collections.abc import Callable
from pathlib import Path

import attrs

import partnership_model
from partnership_model import DecideStep
from partnership_model._rules._elements import ELEMENTS
from partnership_model.validation import CATALOGUE, Rule

PAGE = Path(__file__).parent.parent / "docs" / "methodology.md"
WIDTH = 88

INTRO = """\
# The methodology, section by section

The library follows one methodology note, *Le partenariat dans vos projets* (2015),
written from a training day of the Coordination sociale de Laeken. The French text is
the reference; the project keeps an English working translation beside it, with the
same structure. Each section below quotes the note briefly, in French and in English,
says how the library holds it, and names the types that hold it and the validation
rules that check it. A rule can serve two sections: covering the needs is both
pooling resources (§1) and each partner's contribution (CLARIFY).

This page is generated from the rule catalogue by `tools/write_methodology_doc.py`,
and a test checks that it is current, so the rules listed here are always those the
library runs. The [rules page](rules.md) adds the profiles that hold each rule and
their severity in each; the [model page](model.md) says the same in one table.
"""


@attrs.frozen(kw_only=True)
class Section:
    """One section of the note, what it says and what implements it."""

    heading: str
    french: tuple[str, ...]
    english: tuple[str, ...]
    text: str
    types: tuple[str, ...]
    """Names importable from partnership_model, or an attribute of one (Convention.carriers)."""
    rules: Callable[[Rule], bool]
    level: int = 3


def _section(*markers: str) -> Callable[[Rule], bool]:
    """The rules whose seed section mentions any of ``markers``."""
    return lambda rule: any(marker in rule.section for marker in markers)


def _decide_steps() -> str:
    lines = ["| step | français | English |", "|------|----------|---------|"]
    lines += [
        f"| `{step.value}` | {step.label('fr')} | {step.label('en')} |" for step in DecideStep
    ]
    return "\n".join(lines)


SECTIONS = (
    Section(
        heading="§1 Why a partnership: pooling resources",
        level=2,
        french=("Le partenariat permet de mutualiser les ressources pour créer une action.",),
        english=("A partnership pools resources to create an action.",),
        text="Each partner's share of the pooled resources is a `Contribution`, of a kind "
        "(material, service, financial, human, premises, expertise), valued in money or in "
        "a quantity, and linked by id to the needs it covers and the tasks it serves. "
        "Validation finds the needs nobody covers and the money still missing.",
        types=("Partner", "Contribution", "ContributionKind", "Need", "Money", "Quantity"),
        rules=_section("§1"),
    ),
    Section(
        heading="§2 Partnership or collaboration",
        level=2,
        french=(
            "**Collaboration** = une association amène sa pierre au projet d'une autre "
            "association. Le projet reste celui de l'autre.",
            "**Partenariat** = Plusieurs associations portent un projet ensemble, "
            "travaillent sur les besoins, les attentes et les tâches.",
        ),
        english=(
            "**Collaboration** = one association brings its stone to another "
            "association's project. The project remains the other's.",
            "**Partnership** = several associations carry a project together; they work "
            "together on the needs, the expectations and the tasks.",
        ),
        text="A convention declares its `form` and names its `carriers` (porteurs) or, in a "
        "collaboration, the `owner` whose project it remains. `classify()` decides from "
        "these facts, with its reasons in French, English and Dutch, and validation "
        "reports a declared form that the facts contradict. The `collaboration` profile "
        "asks a collaboration for what it needs and no more.",
        types=("Form", "Convention.carriers", "Convention.owner", "classify", "Classification"),
        rules=_section("§2"),
    ),
    Section(
        heading="§3 DEFINE: objectives and evaluation indicators",
        french=(
            "Les objectifs et les indicateurs d'évaluation : se mettre d'accord sur les enjeux",
        ),
        english=("The objectives and the evaluation indicators: agree on what is at stake.",),
        text="An objective carries its indicators. An indicator is measurable once it has "
        "a unit, a baseline and a target, as exact decimals; it also says which way it "
        "should move, how it is verified and by when.",
        types=("Objective", "Indicator", "Direction"),
        rules=_section("DEFINE: objectives"),
    ),
    Section(
        heading="§3 DEFINE: needs",
        french=(
            "Les besoins (financiers, ressources humaines, infrastructure, planification, ...)",
        ),
        english=("The needs (financial, human resources, infrastructure, planning, ...).",),
        text="A need has one of the note's categories (and `material` or `other`) and is "
        "valued in money, in a quantity, or not yet.",
        types=("Need", "NeedCategory", "Money", "Quantity"),
        rules=_section("DEFINE: needs"),
    ),
    Section(
        heading="§3 DEFINE: target public",
        french=("Le public cible",),
        english=("The target public.",),
        text="Who the project is for: a description, how many people when known, their "
        "characteristics and the area.",
        types=("TargetPublic",),
        rules=_section("DEFINE: target public"),
    ),
    Section(
        heading="§3 CLARIFY: roles",
        french=("Les rôles : Qui fait quoi, qui est coordinateur, ...",),
        english=("The roles: who does what, who is the coordinator, ...",),
        text="A role has a kind (coordinator, partner, contributor, owner, treasurer, "
        "secretary, observer, funder) and the partners who hold it; a partnership has "
        "exactly one coordinator.",
        types=("Role", "RoleKind"),
        rules=_section("CLARIFY: roles"),
    ),
    Section(
        heading="§3 CLARIFY: tasks and contributions",
        french=(
            "Les tâches : Ce que chacun fait, la contribution de chacun des partenaires "
            "(matériel, service, financière, ...)",
        ),
        english=(
            "The tasks: what each one does, each partner's contribution (material, "
            "service, financial, ...).",
        ),
        text="A task assigns each partner a RACI letter: one partner accountable, at least "
        "one responsible, others consulted or informed. Contributions say what each "
        "partner brings.",
        types=("Task", "Assignment", "Raci", "Contribution", "ContributionKind"),
        rules=_section("CLARIFY: tasks", "CLARIFY: each partner's contribution"),
    ),
    Section(
        heading="§3 CLARIFY: decision-making and conflicts",
        french=(
            "Les modes de prise de décision : comment les décisions se prennent durant le "
            "partenariat et que faire en cas de conflit ? (annexe 1 : DECIDE)",
        ),
        english=(
            "The decision-making modes: how decisions are taken during the partnership, "
            "and what to do in case of conflict? (annex 1: DECIDE)",
        ),
        text="Governing bodies (the comité de pilotage) decide under decision rules, one "
        "per scope of topics: consensus, unanimity, a majority with an exact `Fraction` "
        "threshold and quorum, consent, or a decision delegated to one partner. The "
        "conflict procedure lists the escalation steps in order, each with its time "
        "limit.",
        types=(
            "GoverningBody",
            "BodyKind",
            "DecisionRule",
            "DecisionMode",
            "VoteBase",
            "Topic",
            "ConflictProcedure",
            "EscalationStep",
            "EscalationAction",
        ),
        rules=_section("CLARIFY: decision-making", "CLARIFY: what to do in case of conflict"),
    ),
    Section(
        heading="§3 CLARIFY: the institution or public authority",
        french=(
            "Le rapport avec l'institution ou le pouvoir public : le travailleur fait partie "
            "d'une structure ! Il faut donc définir la manière dont on va concerner "
            "l'institution, le pouvoir public, la hiérarchie.",
        ),
        english=(
            "The relationship with the institution or the public authority: the worker is "
            "part of a structure! So define how the institution, the public authority and "
            "the hierarchy will be involved.",
        ),
        text="A partner names the structures its workers answer to; an institutional link "
        "says how each one is involved (informed, consulted, asked to approve) and on "
        "which topics.",
        types=(
            "Partner.answers_to",
            "Affiliation",
            "InstitutionKind",
            "InstitutionalLink",
            "Involvement",
        ),
        rules=_section("CLARIFY: relationship"),
    ),
    Section(
        heading="§3 PLAN",
        french=(
            "Créer un échéancier autant au niveau des étapes du projets qu'au niveau "
            "administratif (demande d'autorisation, subsides, évaluation, ...)",
        ),
        english=(
            "Create a timeline both for the project's steps and for the administrative "
            "side (authorisation requests, subsidies, evaluation, ...).",
        ),
        text="One timeline holds every step, of the project or administrative "
        "(authorisation request, subsidy application and report, evaluation, legal "
        "filing), each with its planned and actual period, its owner, the steps it "
        "depends on and an RFC 5545 recurrence. Rules about dates that have passed run "
        "only when the caller gives `today`.",
        types=("Timeline", "Step", "StepKind", "Period", "Recurrence"),
        rules=_section("§3 PLAN"),
    ),
    Section(
        heading="§3 EVALUATE",
        french=("EVALUER",),
        english=("EVALUATE",),
        text="The note gives this step its heading and nothing more: evaluation is against "
        "the objectives and indicators agreed in DEFINE. Evaluation moments look at those "
        "indicators; a dossier records the "
        "measurements taken and the evaluation reports, with the readjustments they call "
        "for.",
        types=("EvaluationPlan", "EvaluationMoment", "Measurement", "EvaluationReport"),
        rules=_section("§3 EVALUATE"),
    ),
    Section(
        heading="§4 Communication",
        french=(
            "Communication régulière vers le public concerné · Communication régulière "
            "entre professionnels · Communication vers les institutions · Création de "
            "contact informel",
        ),
        english=(
            "Regular communication towards the public concerned · regular communication "
            "between professionals · communication towards the institutions · creating "
            "informal contact.",
        ),
        text="A communication plan holds actions, each towards one of the four audiences, "
        "through a channel, at a frequency, seen to by a partner.",
        types=("CommunicationPlan", "CommunicationAction", "Audience", "Channel"),
        rules=_section("§4 Communication"),
    ),
    Section(
        heading="§4 Tracing: the convention and the minutes",
        french=(
            "Avoir un écrit est essentiel dans une relation de partenariat. Il peut être de "
            "deux sortes : Convention [...] · Compte-rendu des prises de décision",
        ),
        english=(
            "Having something in writing is essential in a partnership relation. It can be "
            "of two kinds: a convention [...] and minutes of the decisions taken.",
        ),
        text="The convention holds the seven elements the note lists (name, partners, "
        "objectives, timeline, decision-making process, fund management, roles and "
        "responsibilities), clauses and signatures; `render_markdown()` writes it as a "
        "document to sign. Decision records are the minutes: who was present, the "
        "ballots, the rule applied and the outcome.",
        types=(
            "Convention",
            "FundManagement",
            "BudgetLine",
            "ReportingDuty",
            "Clause",
            "Signature",
            "DecisionRecord",
            "Ballot",
            "render_markdown",
        ),
        rules=_section("§4 Tracing"),
    ),
    Section(
        heading="§4 Flexibility",
        french=(
            "Il est nécessaire d'adapter le projet en fonction de ce qui se passe → il faut "
            "donc garder une flexibilité pour réadapter les objectifs [...] mais également "
            "une flexibilité par rapport au public visé et son besoin.",
        ),
        english=(
            "The project must be adapted to what happens: keep flexibility to readjust the "
            "objectives [...], and flexibility towards the target public and its needs.",
        ),
        text="An amendment (avenant) keeps the text it replaces, its rationale and the "
        "minutes of the decision that adopted it; the dossier gives the text in force on "
        "any day.",
        types=("Amendment", "Dossier.amend", "Dossier.in_force"),
        rules=_section("§4 Flexibility"),
    ),
    Section(
        heading="§4 The network",
        french=(
            "C'est en connaissant les autres structures que nous avons conscience du panel "
            "de ressources qui s'offre à nous.",
        ),
        english=(
            "Knowing the other structures is what makes us aware of the range of resources "
            "open to us.",
        ),
        text="The dossier's directory lists the structures around the partnership and "
        "what each offers, by the same categories as the needs, so that an unmet need "
        "can be matched to someone who can meet it.",
        types=("Directory", "Structure", "Offer", "Directory.offering"),
        rules=_section("§4 The network"),
    ),
    Section(
        heading="Annex 1: DECIDE",
        level=2,
        french=("que faire en cas de conflit ? (annexe 1 : DECIDE)",),
        english=("what to do in case of conflict? (annex 1: DECIDE)",),
        text="The note refers to an annex on decision making that it does not include. "
        "The library follows the widely used DECIDE model (Guo, 2008): minutes can "
        "record what the partners wrote at each of its six steps.\n\n" + _decide_steps(),
        types=("DecideStep", "DecideNote", "DecisionRecord"),
        rules=_section("DECIDE"),
    ),
    Section(
        heading="Beyond the note: consortium agreements",
        level=2,
        french=(),
        english=(),
        text="The `consortium` profile adds to the methodology what a consortium agreement "
        "carries in common practice (DESCA): its clauses, mediation before any other way "
        "of settling a dispute, and a dated signature of every partner.",
        types=("Clause", "ClauseKind", "Signature", "Profile"),
        rules=_section("Consortium agreement"),
    ),
    Section(
        heading="Beyond the note: references that hold together",
        level=2,
        french=(),
        english=(),
        text="Parts of a convention refer to one another by short ids (a task to its "
        "partners, a contribution to the needs it covers). Drafts may hold references "
        "that do not resolve yet; validation names them.",
        types=("Convention", "Dossier"),
        rules=_section("DESIGN, decision 3"),
    ),
)


def _cell(text: str) -> str:
    """``text`` as one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _reference(name: str) -> str:
    """A cross-reference to the API page for ``name``, checked to exist."""
    owner, _, member = name.partition(".")
    found = getattr(partnership_model, owner)
    if member:
        fields = {field.name for field in attrs.fields(found)} if attrs.has(found) else set()
        if member in fields:
            return f"{{py:attr}}`~partnership_model.{name}`"
        if callable(getattr(found, member)):
            return f"{{py:meth}}`~partnership_model.{name}`"
        raise LookupError(f"{name} is neither a field nor a method")
    role = "class" if inspect.isclass(found) else "func"
    return f"{{py:{role}}}`~partnership_model.{name}`"


def _quote(section: Section) -> list[str]:
    """The note's words, each French line then each English one, in one block quote."""
    said = [f"**fr** {line}" for line in section.french]
    said += [f"**en** {line}" for line in section.english]
    lines: list[str] = []
    for line in said:
        lines += [*textwrap.wrap(line, WIDTH, initial_indent="> ", subsequent_indent="> "), ">"]
    return [*lines[:-1], ""]


def _wrapped(text: str) -> list[str]:
    """Prose wrapped to the page's width; a table is kept as it is."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        lines += (
            paragraph.splitlines()
            if paragraph.startswith("|")
            else textwrap.wrap(paragraph, WIDTH)
        )
        lines.append("")
    return lines


def _render(section: Section, rules: list[Rule]) -> list[str]:
    lines = [f"{'#' * section.level} {section.heading}", ""]
    if section.french:
        lines += _quote(section)
    lines += _wrapped(section.text)
    lines += _wrapped("Types: " + ", ".join(_reference(name) for name in section.types) + ".")
    if not rules:
        return [*lines, "No rule: this part is held by the types alone.", ""]
    lines += [
        "| rule | step | severity | what it finds |",
        "|------|------|----------|---------------|",
    ]
    lines += [
        f"| `{rule.code}` | {rule.step.label('en')} | {rule.severity} "
        f"| {_cell(rule.message['en'])} |"
        for rule in rules
    ]
    return [*lines, ""]


def methodology_page() -> str:
    """The text docs/methodology.md must hold."""
    lines = INTRO.splitlines()
    lines.append("")
    placed: set[str] = set()
    for section in SECTIONS:
        if section.heading.startswith("§3 DEFINE: objectives"):
            lines += [
                "## §3 Four essential steps",
                "",
                *_wrapped(
                    "DEFINE, CLARIFY, PLAN, EVALUATE: the order in which a convention is "
                    "written, and the order of `validate()`'s report, whose `stage` is the "
                    "first step where an error remains."
                ),
            ]
        if section.heading == "§4 Communication":
            lines += [
                "## §4 Throughout the project",
                "",
                *_wrapped(
                    "What the note asks to pay attention to all along: communication, a "
                    "written record, flexibility and the network."
                ),
            ]
        rules = [rule for rule in CATALOGUE.values() if section.rules(rule)]
        placed.update(rule.code for rule in rules)
        lines += _render(section, rules)
    unplaced = [code for code in CATALOGUE if code not in placed]
    if unplaced:
        raise LookupError(f"rules in no section of the methodology page: {unplaced}")
    return "\n".join([*lines, *_elements()])


def _elements() -> list[str]:
    """The table of every element of the note, how it goes missing and what finds it."""
    lines = [
        "## Every element of the note, and what finds it missing",
        "",
        *_wrapped(
            "Each element the note names, in its order: the DEFINE, CLARIFY, PLAN and "
            "EVALUATE lists, the four audiences of communication, the seven elements of a "
            "written convention and its minutes, the flexibility to readjust and the "
            "network. A test (`tests/test_rules_elements.py`) takes each one out of the "
            "complete Brussels example in the way the table says, and checks that the rule "
            "named finds it at its step; a property test does the same for every required "
            "text left blank, in any of Unicode's white spaces."
        ),
        "| part of the note | element | goes missing when | rule | step |",
        "|------------------|---------|-------------------|------|------|",
    ]
    lines += [
        f"| {element.part} | {_cell(element.element)} | {_cell(element.missing)} "
        f"| `{element.code}` | {CATALOGUE[element.code].step.label('en')} |"
        for element in ELEMENTS
    ]
    return [*lines, ""]


if __name__ == "__main__":
    PAGE.write_text(methodology_page(), encoding="utf-8")
    print(f"wrote {PAGE}")
