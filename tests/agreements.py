"""An agreement to lay out and print, built by hand as the agreement's builder would give
it: a Brussels partnership convention in French between four to twelve associations, in
fourteen articles, with a funding plan that totals ``21 500,00 €``.

Shared by the tests of the HTML layout and of printing.
"""

from __future__ import annotations

from partnership_model._agreement_document import (
    AgreementDocument,
    Article,
    Block,
    Items,
    Paragraph,
    Party,
    SignatureBlock,
    Table,
)

NNBSP = "\u202f"
"""The narrow no-break space French puts between thousands (CLDR, as Babel writes it)."""
NBSP = "\u00a0"

TOTAL = f"21{NNBSP}500,00{NBSP}€"
"""The total of the funding plan, as Babel writes it in French."""

# name, short name, form, commune, representative, function
_ASSOCIATIONS = (
    (
        "Maison de quartier Bonnevie",
        "Bonnevie",
        "ASBL",
        "Molenbeek-Saint-Jean",
        "Anne Dupont",
        "présidente",
    ),
    ("Entr'aide des Marolles", "Marolles", "ASBL", "Bruxelles", "Jean-Marc Lefèvre", "directeur"),
    (
        "CPAS de Molenbeek-Saint-Jean",
        "CPAS de Molenbeek",
        "centre public d'action sociale",
        "Molenbeek-Saint-Jean",
        "Fatima El Amrani",
        "présidente du conseil de l'action sociale",
    ),
    (
        "Les Fourneaux de Laeken",
        "Fourneaux",
        "ASBL",
        "Laeken",
        "Pierre Vandenbroucke",
        "administrateur délégué",
    ),
    (
        "Le Pont des Savoirs",
        "Pont des Savoirs",
        "ASBL",
        "Schaerbeek",
        "Nadia Benali",
        "coordinatrice",
    ),
    (
        "Quartier solidaire Anneessens",
        "Anneessens",
        "ASBL",
        "Bruxelles",
        "Luc Peeters",
        "président",
    ),
    ("Alpha Schaerbeek", "Alpha", "ASBL", "Schaerbeek", "Sophie Lambert", "directrice"),
    (
        "Jeunesse et Avenir Forest",
        "Jeunesse Forest",
        "ASBL",
        "Forest",
        "Youssef Amrani",
        "président",
    ),
    ("Le Potager du Canal", "Potager", "ASBL", "Anderlecht", "Marie Claes", "administratrice"),
    (
        "Femmes en mouvement Saint-Gilles",
        "Femmes en mouvement",
        "ASBL",
        "Saint-Gilles",
        "Aïcha Diallo",
        "coordinatrice générale",
    ),
    (
        "Logement pour tous Bruxelles",
        "Logement pour tous",
        "ASBL",
        "Ixelles",
        "Thomas Janssens",
        "directeur",
    ),
    (
        "Samenlevingsopbouw Noordwijk",
        "Noordwijk",
        "VZW",
        "Sint-Joost-ten-Node",
        "Els De Smet",
        "voorzitter",
    ),
)

_FUNDING = (
    ("Commission communautaire française", "Cohésion sociale, 2027", f"8{NNBSP}000,00{NBSP}€"),
    ("Fondation Roi Baudouin", "Appel « Quartiers solidaires »", f"6{NNBSP}000,00{NBSP}€"),
    ("Apports propres des partenaires", "Locaux, personnel détaché", f"4{NNBSP}500,00{NBSP}€"),
    ("Commune de Molenbeek-Saint-Jean", "Subside facultatif", f"3{NNBSP}000,00{NBSP}€"),
)


def enterprise_number(index: int) -> str:
    """A Belgian enterprise number that passes the mod 97 check, written as the BCE does."""
    base = 4_000_000 + 1_234_567 * (index + 1)
    digits = f"{base:08d}{97 - base % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def parties(count: int) -> tuple[Party, ...]:
    return tuple(
        Party(
            name=f"{name} {form}" if form in {"ASBL", "VZW"} else name,
            form="association sans but lucratif" if form in {"ASBL", "VZW"} else form,
            registered_office=f"rue de l'Église {12 + index}, {1080 + index * 10} {commune}",
            enterprise_number=enterprise_number(index),
            represented_by=f"Mme ou M. {person}, {function}",
        )
        for index, (name, _, form, commune, person, function) in enumerate(_ASSOCIATIONS[:count])
    )


def signatures(count: int, *, signed: bool) -> tuple[SignatureBlock, ...]:
    return tuple(
        SignatureBlock(
            party=party.name,
            signatory=person,
            function=function,
            place="Bruxelles" if signed else None,
            date="15 décembre 2026" if signed else None,
            signed=signed,
        )
        for party, (_, _, _, _, person, function) in zip(
            parties(count), _ASSOCIATIONS[:count], strict=True
        )
    )


def _text(*sentences: str) -> Paragraph:
    return Paragraph(" ".join(sentences))


def _article(number: int, title: str, blocks: tuple[Block, ...]) -> Article:
    label = "Article 1er" if number == 1 else f"Article {number}"
    return Article(number, title, blocks, label=label)


def articles(count: int) -> tuple[Article, ...]:
    names = [party.name for party in parties(count)]
    return (
        _article(
            1,
            "Objet",
            (
                _text(
                    "La présente convention organise le partenariat des parties pour le projet",
                    "« Cuisine et quartier » : des ateliers de cuisine collective ouverts aux",
                    "habitants de Molenbeek-Saint-Jean et des quartiers voisins, et une épicerie",
                    "sociale tenue avec eux.",
                ),
            ),
        ),
        _article(
            2,
            "Durée et entrée en vigueur",
            (
                _text(
                    "La convention entre en vigueur le 1er janvier 2027 et prend fin le",
                    "31 décembre 2027. Elle peut être prolongée par avenant.",
                ),
            ),
        ),
        _article(
            3,
            "Objectifs",
            (
                Items(
                    (
                        "Ouvrir deux ateliers de cuisine par semaine, le mardi et le jeudi.",
                        "Accueillir au moins 120 habitants différents sur l'année.",
                        "Approvisionner l'épicerie sociale en produits frais deux fois par mois.",
                    )
                ),
            ),
        ),
        _article(
            4,
            "Engagements des parties",
            tuple(
                Paragraph(
                    f"{name} s'engage à mettre à la disposition du projet ses locaux, "
                    "son personnel et ses relations avec le public, selon l'annexe 1."
                )
                for name in names
            ),
        ),
        _article(
            5,
            "Contributions",
            (Items(tuple(f"{name} : une demi-journée de travail par semaine" for name in names)),),
        ),
        _article(
            6,
            "Gouvernance et décisions",
            (
                _text(
                    "Un comité de pilotage réunit un représentant de chaque partie le premier",
                    "mardi de chaque mois. Il décide à la majorité des deux tiers des membres",
                    "présents, pour autant que la moitié des membres soient présents.",
                ),
            ),
        ),
        _article(
            7,
            "Dispositions financières",
            (
                _text("Le projet est financé comme suit :"),
                Table(
                    header=("Source", "Objet", "Montant"),
                    rows=_FUNDING,
                    footer=("Total", "", TOTAL),
                ),
            ),
        ),
        _article(
            8,
            "Évaluation",
            (
                _text(
                    "Les parties évaluent le projet à mi-parcours, le 30 juin 2027, et à son",
                    "terme, le 15 décembre 2027, au regard des indicateurs de l'article 3.",
                ),
            ),
        ),
        _article(
            9,
            "Communication",
            (
                _text(
                    "Toute communication publique mentionne chacune des parties et les",
                    "pouvoirs subsidiants.",
                ),
            ),
        ),
        _article(
            10,
            "Confidentialité et données personnelles",
            (Paragraph("À compléter.", to_complete=True),),
        ),
        _article(
            11,
            "Modification",
            (
                _text(
                    "La convention ne peut être modifiée que par un avenant adopté par le",
                    "comité de pilotage à l'unanimité et signé par toutes les parties.",
                ),
            ),
        ),
        _article(
            12,
            "Retrait et résiliation",
            (
                _text(
                    "Une partie peut se retirer moyennant un préavis de trois mois notifié par",
                    "écrit aux autres parties. Le retrait ne met pas fin à la convention entre",
                    "les autres parties.",
                ),
            ),
        ),
        _article(
            13,
            "Litiges",
            (
                _text(
                    "Les parties cherchent d'abord un accord amiable au sein du comité de",
                    "pilotage, puis par une médiation. À défaut, les tribunaux de Bruxelles",
                    "sont seuls compétents.",
                ),
            ),
        ),
        _article(
            14,
            "Dispositions finales",
            (
                _text(
                    f"La convention est établie en {count} exemplaires originaux, chaque partie",
                    "reconnaissant avoir reçu le sien.",
                ),
            ),
        ),
    )


def agreement(count: int = 4, *, draft: bool = True) -> AgreementDocument:
    """The convention between the first ``count`` associations (4 to 12): a draft, not
    signed, or signed by every party."""
    shorts = [short for _, short, *_ in _ASSOCIATIONS[:count]]
    return AgreementDocument(
        language="fr",
        title="Cuisine et quartier",
        subtitle="Convention de partenariat",
        draft=draft,
        draft_mark="Projet",
        parties_heading="Entre les parties",
        parties=parties(count),
        party_labels=("Forme juridique", "Siège social", "Numéro d'entreprise", "Représentée par"),
        agreed="Il est convenu ce qui suit.",
        articles=articles(count),
        signatures_heading="Signatures",
        signatures=signatures(count, signed=not draft),
        signature_labels=("Nom", "Fonction", "Lieu", "Date"),
        footer="Convention « Cuisine et quartier » – " + ", ".join(shorts),
        page_label="page",
    )
