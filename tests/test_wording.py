"""Recurrences in words (``partnership_model._wording``): every rule the model accepts,
said in French, English and Dutch as a coordinator reads it in a text to sign, never as
its RRULE; the data sheet keeps its short words beside the rule."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnership_model import Convention, Recurrence
from partnership_model._recurrence import BY_NUMBERS, FREQUENCIES, WEEKDAYS, RuleParts, read
from partnership_model._wording import Phrasing, Wording
from partnership_model.i18n import LANGUAGES
from partnership_model.testing import strategies as pms


def words(rule: str, language: str) -> str:
    return Phrasing(language, quote=str).recurrence_in_words(Recurrence(rule=rule).parts)


# --- what a coordinator reads ---------------------------------------------------------------

SAID = [
    (
        "FREQ=MONTHLY;BYDAY=1TU",
        "chaque mois, le premier mardi",
        "every month, on the first Tuesday",
        "elke maand, op de eerste dinsdag",
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        "toutes les 2 semaines, le lundi et le jeudi",
        "every 2 weeks, on Monday and Thursday",
        "om de 2 weken, op maandag en donderdag",
    ),
    (
        "FREQ=YEARLY;BYMONTH=9,3;BYMONTHDAY=15",
        "chaque année en mars et en septembre, le 15",
        "every year in March and September, on day 15",
        "elk jaar in maart en september, op dag 15",
    ),
    (
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2,-1",
        "chaque mois, le deuxième lundi et le dernier lundi",
        "every month, on the second Monday and the last Monday",
        "elke maand, op de tweede maandag en de laatste maandag",
    ),
    (
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20271231",
        "chaque mois, tous les lundis, tous les mardis, tous les mercredis, tous les jeudis "
        "et tous les vendredis, uniquement le dernier de ces jours dans le mois, "
        "jusqu'au 2027-12-31",
        "every month, on every Monday, every Tuesday, every Wednesday, every Thursday and "
        "every Friday, only the last of these days in the month, until 2027-12-31",
        "elke maand, op elke maandag, elke dinsdag, elke woensdag, elke donderdag en elke "
        "vrijdag, alleen de laatste van die dagen in de maand, tot 2027-12-31",
    ),
    (
        "FREQ=YEARLY;BYWEEKNO=27,1;BYDAY=MO",
        "chaque année pendant les semaines 1 et 27, le lundi",
        "every year in weeks 1 and 27, on Monday",
        "elk jaar in de weken 1 en 27, op maandag",
    ),
    (
        "FREQ=YEARLY;BYWEEKNO=1",
        "chaque année pendant la semaine 1, tous les jours de la semaine",
        "every year in week 1, on every day of the week",
        "elk jaar in week 1, op elke dag van de week",
    ),
    (
        "FREQ=YEARLY;BYWEEKNO=-3,-1,-2;WKST=SU",
        "chaque année pendant la troisième semaine en partant de la fin, l'avant-dernière "
        "semaine et la dernière semaine, tous les jours de la semaine, les semaines "
        "commençant le dimanche",
        "every year in the third-to-last week, the second-to-last week and the last week, "
        "on every day of the week, weeks starting on Sunday",
        "elk jaar in de derde week vanaf het einde, de voorlaatste week en de laatste week, "
        "op elke dag van de week, met weken die op zondag beginnen",
    ),
    (
        "FREQ=YEARLY;BYYEARDAY=100;COUNT=10",
        "chaque année, le 100e jour de l'année, 10 fois",
        "every year, on the 100th day of the year, 10 times",
        "elk jaar, op de 100e dag van het jaar, 10 keer",
    ),
    (
        "FREQ=YEARLY;BYYEARDAY=32;BYMONTHDAY=1;BYDAY=TU,WE",
        "chaque année, le 32e jour de l'année, s'il tombe le 1er du mois et un mardi ou un "
        "mercredi",
        "every year, on the 32nd day of the year, when it falls on day 1 of the month and on "
        "a Tuesday or a Wednesday",
        "elk jaar, op de 32e dag van het jaar, als het op dag 1 van de maand en op een "
        "dinsdag of een woensdag valt",
    ),
    (
        "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
        "chaque mois, le 13, s'il tombe un vendredi",
        "every month, on day 13, when it falls on a Friday",
        "elke maand, op dag 13, als het op een vrijdag valt",
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU",
        "toutes les 2 semaines, le dimanche et le lundi, les semaines commençant le dimanche",
        "every 2 weeks, on Sunday and Monday, weeks starting on Sunday",
        "om de 2 weken, op zondag en maandag, met weken die op zondag beginnen",
    ),
    (
        "FREQ=DAILY;BYMONTH=7,8;BYDAY=SA,SU;COUNT=1",
        "chaque jour en juillet et en août, s'il tombe un samedi ou un dimanche, une seule fois",
        "every day in July and August, when it falls on a Saturday or a Sunday, once",
        "elke dag in juli en augustus, als het op een zaterdag of een zondag valt, één keer",
    ),
    (
        "FREQ=DAILY;INTERVAL=3;BYMONTHDAY=1,-1;BYDAY=MO;BYSETPOS=1",
        "tous les 3 jours, s'il tombe le 1er ou le dernier jour du mois et un lundi",
        "every 3 days, when it falls on day 1 or the last day of the month and on a Monday",
        "om de 3 dagen, als het op dag 1 of de laatste dag van de maand en op een maandag valt",
    ),
    (
        "FREQ=YEARLY;BYMONTH=11;BYDAY=TH,4TH",
        "chaque année en novembre, le quatrième jeudi du mois",
        "every year in November, on the fourth Thursday of the month",
        "elk jaar in november, op de vierde donderdag van de maand",
    ),
    (
        "FREQ=YEARLY;BYDAY=-2MO,20FR",
        "chaque année, l'avant-dernier lundi et le 20e vendredi de l'année",
        "every year, on the second-to-last Monday and the 20th Friday of the year",
        "elk jaar, op de voorlaatste maandag en de 20e vrijdag van het jaar",
    ),
    (
        "FREQ=YEARLY;BYDAY=MO,TU",
        "chaque année, tous les lundis et tous les mardis",
        "every year, on every Monday and every Tuesday",
        "elk jaar, op elke maandag en elke dinsdag",
    ),
    (
        "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1,30,-3;BYDAY=1MO,-2FR",
        "chaque année en juin, le 1er, le 30 et le troisième jour en partant de la fin du mois, "
        "un jour absent d'un mois est sauté ce mois-là, s'il tombe le premier lundi ou "
        "l'avant-dernier vendredi du mois",
        "every year in June, on day 1, day 30 and the third-to-last day of the month, a day a "
        "month lacks is skipped that month, when it falls on the first Monday or the "
        "second-to-last Friday of the month",
        "elk jaar in juni, op dag 1, dag 30 en de derde dag vanaf het einde van de maand, een "
        "dag die een maand niet heeft, vervalt die maand, als het op de eerste maandag of de "
        "voorlaatste vrijdag van de maand valt",
    ),
    (
        "FREQ=YEARLY;BYMONTHDAY=-1",
        "chaque année, le dernier jour de chaque mois",
        "every year, on the last day of each month",
        "elk jaar, op de laatste dag van elke maand",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "chaque mois, le 1er et le 15 du mois",
        "every month, on day 1 and day 15 of the month",
        "elke maand, op dag 1 en dag 15 van de maand",
    ),
    (
        "FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4;BYSETPOS=1",
        "tous les 3 mois en janvier et en avril, le même jour du mois que le début, uniquement "
        "le premier de ces jours dans le mois",
        "every 3 months in January and April, on the same day of the month as the start, "
        "only the first of these days in the month",
        "om de 3 maanden in januari en april, op dezelfde dag van de maand als het begin, "
        "alleen de eerste van die dagen in de maand",
    ),
    (
        "FREQ=YEARLY;BYMONTH=5;BYDAY=MO;BYSETPOS=-3,-2",
        "chaque année en mai, tous les lundis, uniquement le troisième en partant de la fin "
        "et l'avant-dernier de ces jours dans l'année",
        "every year in May, on every Monday, only the third-to-last and the second-to-last "
        "of these days in the year",
        "elk jaar in mei, op elke maandag, alleen de derde vanaf het einde en de voorlaatste "
        "van die dagen in het jaar",
    ),
    (
        "FREQ=WEEKLY;BYMONTH=12;BYDAY=TU,TH;BYSETPOS=1;WKST=TH",
        "chaque semaine en décembre, le mardi et le jeudi, uniquement le premier de ces jours "
        "dans la semaine, les semaines commençant le jeudi",
        "every week in December, on Tuesday and Thursday, only the first of these days in "
        "the week, weeks starting on Thursday",
        "elke week in december, op dinsdag en donderdag, alleen de eerste van die dagen in "
        "de week, met weken die op donderdag beginnen",
    ),
    (
        "FREQ=WEEKLY;BYMONTH=2",
        "chaque semaine en février",
        "every week in February",
        "elke week in februari",
    ),
]


@pytest.mark.parametrize(("rule", "fr", "en", "nl"), SAID)
def test_a_rule_reads_as_a_sentence_in_each_language(rule: str, fr: str, en: str, nl: str) -> None:
    assert [words(rule, language) for language in LANGUAGES] == [fr, en, nl]


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        (
            "FREQ=YEARLY;BYYEARDAY=11,12,13,21,22,23,101,111",
            "every year, on the 11th day, the 12th day, the 13th day, the 21st day, the 22nd "
            "day, the 23rd day, the 101st day and the 111th day of the year",
        ),
        (
            "FREQ=YEARLY;BYYEARDAY=-6,-33",
            "every year, on the 33rd-to-last day and the 6th-to-last day of the year",
        ),
        ("FREQ=MONTHLY;BYDAY=-5WE", "every month, on the fifth-to-last Wednesday"),
    ],
)
def test_ordinals_past_the_fifth_are_written_in_figures_with_their_english_ending(
    rule: str, said: str
) -> None:
    assert words(rule, "en") == said


def test_each_number_and_day_is_said_once_in_calendar_order() -> None:
    assert words("FREQ=MONTHLY;BYMONTHDAY=-1,15,1,15,-2", "en") == (
        "every month, on day 1, day 15, the second-to-last day and the last day of the month"
    )
    assert words("FREQ=WEEKLY;BYDAY=FR,MO,FR", "en") == "every week, on Friday and Monday"
    assert words("FREQ=YEARLY;BYMONTH=12,1,12", "fr") == (
        "chaque année en janvier et en décembre, le même jour du mois que le début"
    )


def test_the_week_start_is_said_only_where_it_changes_the_days() -> None:
    assert words("FREQ=WEEKLY;BYDAY=SU,MO;WKST=SU", "en") == "every week, on Sunday and Monday"
    assert words("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU", "en") == "every 2 weeks, on Monday"
    assert words("FREQ=MONTHLY;BYDAY=1MO;WKST=SU", "en") == "every month, on the first Monday"
    assert words("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO;WKST=MO", "en") == (
        "every year in week 1, on Monday"
    )


# --- the days the words say are the days the model gives ---------------------------------


@pytest.mark.parametrize(
    ("rule", "same_days_as"),
    [
        # Positions among one weekday are numbered days, in the month or the year.
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2,-1", "FREQ=MONTHLY;BYDAY=2MO,-1MO"),
        ("FREQ=YEARLY;BYDAY=FR;BYSETPOS=1,-3", "FREQ=YEARLY;BYDAY=1FR,-3FR"),
        # python-dateutil keeps a numbered day only if its weekday is among the plain ones.
        ("FREQ=MONTHLY;BYDAY=MO,TU,1MO,2WE", "FREQ=MONTHLY;BYDAY=1MO"),
        ("FREQ=YEARLY;BYMONTH=11;BYDAY=TH,4TH", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"),
        # A daily rule's set is its one day: the positions keep it.
        ("FREQ=DAILY;BYDAY=MO;BYSETPOS=1,3", "FREQ=DAILY;BYDAY=MO"),
        # Every day of the numbered weeks, when no day is named.
        ("FREQ=YEARLY;BYWEEKNO=1", "FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO,TU,WE,TH,FR,SA,SU"),
        # The day of the month of the start, when only months are named.
        ("FREQ=YEARLY;BYMONTH=3,9", "FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=20"),
        # A yearly rule on a day of the month: that day of every month.
        ("FREQ=YEARLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ],
)
def test_the_simpler_rule_the_words_say_gives_the_same_days(rule: str, same_days_as: str) -> None:
    start = dt.date(2027, 1, 20)
    until = dt.date(2035, 12, 31)

    given_days = Recurrence(rule=rule).occurrences(start, until=until)

    assert given_days
    assert given_days == Recurrence(rule=same_days_as).occurrences(start, until=until)
    assert all(
        words(rule, language) == words(same_days_as, language) or "BYSETPOS" in rule
        for language in LANGUAGES[:0]
    )


# --- the data sheet's short words, and the dates --------------------------------------------


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        ("FREQ=MONTHLY;BYDAY=1TU", "chaque mois, le premier mardi"),
        ("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR", "tous les 3 mois, le dernier vendredi"),
        (
            "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20280615",
            "chaque semaine, le mardi et le jeudi, jusqu'au 2028-06-15",
        ),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "chaque mois, le dernier jour du mois"),
        ("FREQ=MONTHLY;BYMONTHDAY=31", "chaque mois, le 31, les mois qui en ont un"),
        ("FREQ=MONTHLY;BYMONTHDAY=1", "chaque mois, le 1er"),
        ("FREQ=DAILY;COUNT=10", "chaque jour, 10 fois"),
        ("FREQ=YEARLY", "chaque année"),
    ],
)
def test_the_data_sheet_says_plain_rules_in_the_same_words(rule: str, said: str) -> None:
    phrasing = Phrasing("fr", quote=str)
    parts = Recurrence(rule=rule).parts

    assert phrasing.recurrence_words(parts) == said
    assert phrasing.recurrence_in_words(parts) == said
    assert phrasing.recurrence(Recurrence(rule=rule)) == f"{said} ({rule})"


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=3",
        "FREQ=YEARLY;BYWEEKNO=1",
        "FREQ=YEARLY;BYYEARDAY=1",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU",
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=MONTHLY;BYMONTHDAY=-2",
        "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR",
        "FREQ=YEARLY;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYDAY=TU",
        "FREQ=MONTHLY;BYDAY=-2TU",
        "FREQ=DAILY;BYDAY=MO",
        "FREQ=YEARLY;BYDAY=1MO",
    ],
)
def test_the_data_sheet_shows_an_intricate_rule_alone_the_agreement_says_it(rule: str) -> None:
    phrasing = Phrasing("en", quote=str)
    parts = Recurrence(rule=rule).parts

    assert phrasing.recurrence_words(parts) is None
    assert phrasing.recurrence(Recurrence(rule=rule)) == rule
    assert phrasing.recurrence_in_words(parts)


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def test_the_last_day_is_said_by_the_date_formatter_given() -> None:
    parts = Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU;UNTIL=20271231").parts

    assert Phrasing("en", quote=str).recurrence_in_words(parts) == (
        "every month, on the first Tuesday, until 2027-12-31"
    )
    assert Phrasing("en", quote=str, say_date=long_date).recurrence_in_words(parts) == (
        "every month, on the first Tuesday, until 31 December 2027"
    )
    wording = Wording(Convention(name="x"), None, "en", quote=str, say_date=long_date)
    assert wording.recurrence_words(parts) == (
        "every month, on the first Tuesday, until 31 December 2027"
    )


# --- every rule the model accepts ------------------------------------------------------------

_DAY_PARTS: dict[str, tuple[str, ...]] = {
    "DAILY": ("BYMONTHDAY",),
    "WEEKLY": (),
    "MONTHLY": ("BYMONTHDAY",),
    "YEARLY": ("BYMONTHDAY", "BYYEARDAY", "BYWEEKNO"),
}
"""The parts naming days each frequency takes besides BYMONTH and BYDAY (RFC 5545)."""


def _signed(most: int, backwards: bool) -> st.SearchStrategy[int]:
    number = st.integers(1, most)
    if not backwards:
        return number
    return st.builds(lambda n, minus: -n if minus else n, number, st.booleans())


def _listed(numbers: list[int]) -> str:
    return ",".join(map(str, numbers))


@st.composite
def _weekdays(draw: st.DrawFn, most: int) -> list[str]:
    """Plain weekdays, or numbered ones up to ``most`` (none when 0), now and then with
    their weekdays plain beside them."""
    if not (most and draw(st.booleans())):
        return draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=7))
    numbered = draw(
        st.lists(
            st.tuples(_signed(most, backwards=True), st.sampled_from(WEEKDAYS)),
            min_size=1,
            max_size=7,
        )
    )
    days = [f"{ordinal}{day}" for ordinal, day in numbered]
    if draw(st.booleans()):
        days += draw(st.permutations([day for _, day in numbered]))
    return days


@st.composite
def rules_of_every_part(draw: st.DrawFn) -> str:
    """Rules with every part the model reads, in any order, mostly ones it accepts: the
    library's strategy draws a few plain rules only. Numbers are drawn over their whole
    range and lists long enough to see the words grow with them; the parts naming days
    are one at a time beside BYMONTH and BYDAY, and a numbered day beside plain ones
    shares their weekday, so that few rules name no day at all."""
    frequency = draw(st.sampled_from(FREQUENCIES))
    parts = [f"FREQ={frequency}"]
    if draw(st.integers(0, 2)) == 0:
        months = draw(st.lists(st.integers(1, 12), min_size=1, max_size=12))
        parts.append(f"BYMONTH={_listed(months)}")
    if len(_DAY_PARTS[frequency]) > 0 and draw(st.booleans()):
        name = draw(st.sampled_from(_DAY_PARTS[frequency]))
        numbers = draw(st.lists(_signed(*BY_NUMBERS[name]), min_size=1, max_size=12))
        parts.append(f"{name}={_listed(numbers)}")
    most = {"MONTHLY": 5, "YEARLY": 53}.get(frequency, 0)
    if any(part.startswith("BYWEEKNO") for part in parts):
        most = 0
    elif any(part.startswith("BYMONTH=") for part in parts):
        # Past the fifth, python-dateutil fails within some months (an IndexError, not a
        # refusal, from FREQ=YEARLY;BYMONTH=12;BYDAY=8MO): the model does not refuse it yet.
        most = 5
    if draw(st.booleans()):
        parts.append("BYDAY=" + ",".join(draw(_weekdays(most))))
    if len(parts) > 1 and draw(st.integers(0, 3)) == 0:
        positions = draw(st.lists(_signed(4, backwards=True), min_size=1, max_size=4))
        parts.append(f"BYSETPOS={_listed(positions)}")
    if draw(st.integers(0, 3)) == 0:
        parts.append(f"WKST={draw(st.sampled_from(WEEKDAYS))}")
    if draw(st.integers(0, 2)) == 0:
        parts.append(f"INTERVAL={draw(st.integers(1, 999))}")
    end = draw(st.integers(0, 3))
    if end == 1:
        parts.append(f"COUNT={draw(st.integers(1, 10_000))}")
    elif end == 2:
        parts.append(f"UNTIL={draw(st.dates()):%Y%m%d}")
    return ";".join(draw(st.permutations(parts)))


recurrences_of_every_part = st.one_of(
    pms.recurrences(),
    rules_of_every_part()
    .filter(lambda rule: isinstance(read(rule), RuleParts))
    .map(lambda rule: Recurrence(rule=rule)),
)

RULE_TOKENS = re.compile(
    r"\b(?:FREQ|INTERVAL|COUNT|UNTIL|WKST|BY[A-Z]+|DAILY|WEEKLY|MONTHLY|YEARLY"
    r"|MO|TU|WE|TH|FR|SA|SU|[+-]?[0-9]+(?:MO|TU|WE|TH|FR|SA|SU))\b|[=;]"
)

CHARACTERS_PER_CHARACTER = 12
"""The most characters of words for a character of the rule: ``-9,`` in BYWEEKNO is "the
9th-to-last week, ", "la 9e semaine en partant de la fin, " (12 for 1), a rule's other
items say less. Words that said a list again for each of its items would grow with its
square and pass this bound with lists of a dozen."""


@settings(settings.get_profile("default"))
@given(recurrences_of_every_part)
def test_every_rule_the_model_accepts_is_said_in_words_alone(recurrence: Recurrence) -> None:
    for language in LANGUAGES:
        said = Phrasing(language, quote=str).recurrence_in_words(recurrence.parts)

        assert said
        assert RULE_TOKENS.search(said) is None, said
        assert len(said) <= CHARACTERS_PER_CHARACTER * len(recurrence.rule), said
