"""The agreement as HTML: the structure a reader and a printer find, read back from the
HTML with the standard library's parser, whatever text the document holds.

``read`` reads the HTML the way a browser's parser would and gives back every value it
shows, by where it shows it; ``shown`` says what that should be for a document. The
property test draws hostile text into every string of the document and checks that
the parser finds the template's own elements and attributes and nothing else, and every
value as it was written.
"""

from __future__ import annotations

import ast
import re
import sys
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnership_model._agreement_document import (
    AgreementDocument,
    Article,
    Items,
    Paragraph,
    Party,
    SignatureBlock,
    Table,
)
from partnership_model._html_agreement import STYLESHEET, TEMPLATE, agreement_html
from partnership_model.errors import (
    InvalidValueError,
    MissingExtraError,
    TemplateError,
)
from partnership_model.text import visible
from tests.agreements import TOTAL, agreement

# --- reading the HTML back

_VOID = frozenset({"meta"})
"""The template's elements that have no end tag."""

_PARTY_DETAILS = ("form", "registered-office", "enterprise-number", "represented-by")
_SIGNATURE_DETAILS = ("signatory", "function", "place", "date")

_TAGS = frozenset({
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "section",
    "ol", "ul", "li", "dl", "div", "dt", "dd", "span", "table", "thead", "tbody", "tfoot",
    "tr", "th", "td", "footer",
})  # fmt: skip
_CLASSES = frozenset({
    "agreement", "draft", "draft-mark", "heading", "title", "subtitle", "parties",
    "parties-heading", "party-list", "party", "party-name", "details", "detail",
    *_PARTY_DETAILS, *_SIGNATURE_DETAILS, "to-fill", "label", "value", "blank", "agreed",
    "article", "article-heading", "article-label", "article-title", "closing", "note",
    "paragraph", "to-complete", "items", "item", "table", "figure", "signatures",
    "signatures-heading", "signature", "signed", "signature-party", "signature-space",
    "running-footer",
})  # fmt: skip
_FIXED_ATTRIBUTES = frozenset({
    ("meta", "charset", "utf-8"),
    ("meta", "name", "viewport"),
    ("meta", "content", "width=device-width, initial-scale=1"),
    ("p", "role", "note"),
    ("th", "scope", "col"),
})  # fmt: skip

_CSS_STRING = re.compile(r'"((?:[A-Za-z0-9 ]|\\[0-9a-f]{6})*)"')
"""A string the template writes into the CSS: letters, digits, spaces and escapes only."""
_PAGE_LABEL = re.compile(
    rf'@bottom-right \{{ content: {_CSS_STRING.pattern} "\\00a0" counter\(page\) '
    r'"\\00a0/\\00a0" counter\(pages\); \}'
)
_FOOTER = re.compile(rf"@bottom-left \{{ content: {_CSS_STRING.pattern}; \}}")
_DRAFT_MARK = re.compile(rf"@top-center \{{ content: {_CSS_STRING.pattern}; \}}")


@attrs.define
class Element:
    tag: str
    attributes: dict[str, str | None]
    children: list[Element | str] = attrs.field(factory=list)

    @property
    def classes(self) -> list[str]:
        return (self.attributes.get("class") or "").split()

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text for child in self.children)

    def elements(self) -> list[Element]:
        """Every element inside this one, in document order."""
        found: list[Element] = []
        for child in self.children:
            if isinstance(child, Element):
                found += [child, *child.elements()]
        return found

    def all(self, class_: str) -> list[Element]:
        return [element for element in self.elements() if class_ in element.classes]

    def one(self, class_: str) -> Element:
        (element,) = self.all(class_)
        return element

    def tags(self, tag: str) -> list[Element]:
        return [element for element in self.elements() if element.tag == tag]

    def first(self, tag: str) -> Element:
        return self.tags(tag)[0]


class _Tree(HTMLParser):
    """The element tree of a well-formed document: each end tag must close the element
    open last, as the template writes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.open = [self.root]
        self.declarations: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = [name for name, _ in attrs]
        assert len(set(names)) == len(names), f"an attribute given twice in <{tag}>"
        element = Element(tag, dict(attrs))
        self.open[-1].children.append(element)
        if tag not in _VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise AssertionError(f"the template writes no self-closing tag, found <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        assert self.open[-1].tag == tag, f"</{tag}> closes <{self.open[-1].tag}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)

    def handle_comment(self, data: str) -> None:
        raise AssertionError(f"a comment in the HTML: {data!r}")

    def handle_pi(self, data: str) -> None:
        raise AssertionError(f"a processing instruction in the HTML: {data!r}")

    def unknown_decl(self, data: str) -> None:
        raise AssertionError(f"a declaration in the HTML: {data!r}")


def parse(html: str) -> Element:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert tree.declarations == ["DOCTYPE html"]
    assert [element.tag for element in tree.open] == ["#document"], "an element left open"
    (root,) = [child for child in tree.root.children if isinstance(child, Element)]
    assert root.tag == "html"
    return root


def _css_text(escaped: str) -> str:
    return re.sub(r"\\([0-9a-f]{6})", lambda match: chr(int(match.group(1), 16)), escaped)


def _detail(element: Element, kind: str) -> tuple[str, str | None]:
    """A detail's label and value: None for a value left blank to be written by hand."""
    (row,) = [detail for detail in element.all("detail") if kind in detail.classes]
    value = row.one("value")
    blank = "blank" in value.classes
    assert blank == ("to-fill" in row.classes)
    assert not (blank and value.children), "a blank value with text in it"
    return row.one("label").text, None if blank else value.text


def _block(element: Element) -> tuple[object, ...]:
    if element.tag == "p":
        assert set(element.classes) <= {"paragraph", "to-complete"}
        return ("paragraph", element.text, "to-complete" in element.classes)
    if element.tag == "ul":
        return ("items", tuple(item.text for item in element.all("item")))
    assert element.tag == "table"
    parts = {part.tag: part for part in element.elements() if part.tag.startswith("t")}

    def row(part: Element) -> tuple[str, ...]:
        return tuple(cell.text for cell in part.elements() if cell.tag in {"td", "th"})

    rows = [part for part in parts["tbody"].children if isinstance(part, Element)]
    footer = row(parts["tfoot"]) if "tfoot" in parts else None
    return ("table", row(parts["thead"]), tuple(row(each) for each in rows), footer)


def read(html: str) -> dict[str, object]:
    """Every value the HTML shows, by where it shows it (the keys of :func:`shown`);
    asserts that it holds the template's elements and attributes and nothing else."""
    root = parse(html)
    for element in [root, *root.elements()]:
        assert element.tag in _TAGS, f"<{element.tag}> is not the template's"
        for name, value in element.attributes.items():
            if name == "class":
                assert set(element.classes) <= _CLASSES, value
            elif name != "lang" or element is not root:
                assert (element.tag, name, value) in _FIXED_ATTRIBUTES
    head = root.first("head")
    stylesheet, dynamic = (element.text for element in head.tags("style"))
    assert stylesheet.strip() == packaged(STYLESHEET).strip()
    fields: dict[str, object] = {
        "language": root.attributes["lang"],
        "title@head": head.first("title").text,
        "title": root.one("title").text,
        "subtitle": root.one("subtitle").text,
        "draft": "draft" in root.first("body").classes,
        "parties_heading": root.one("parties-heading").text,
        "agreed": root.one("agreed").text,
        "closing": [element.text for element in root.all("closing")],
        "notes": [element.text for element in root.all("note")],
        "signatures_heading": root.one("signatures-heading").text,
        "footer": root.one("running-footer").text,
    }
    # What the template writes into the CSS is its own rules and strings of escapes.
    without_strings = _CSS_STRING.sub('""', dynamic)
    assert set(re.findall(r"[^\s\w@{}:;()\"\\/-]", without_strings)) == set(), dynamic
    page_label = _PAGE_LABEL.findall(dynamic)
    footers = _FOOTER.findall(dynamic)
    assert len(page_label) == len(footers) == 1, dynamic
    fields["page_label@page"] = _css_text(page_label[0])
    fields["footer@page"] = _css_text(footers[0])
    marks = root.all("draft-mark")
    if marks:
        fields["draft_mark"] = marks[0].text
    fields["draft_mark@page"] = [_css_text(mark) for mark in _DRAFT_MARK.findall(dynamic)]
    for index, party in enumerate(root.all("party")):
        fields[f"parties[{index}].name"] = party.one("party-name").text
        for kind in _PARTY_DETAILS:
            if [row for row in party.all("detail") if kind in row.classes]:
                fields[f"parties[{index}].{kind}"] = _detail(party, kind)
    for index, article in enumerate(root.all("article")):
        fields[f"articles[{index}].label"] = article.one("article-label").text
        fields[f"articles[{index}].title"] = article.one("article-title").text
        blocks = [child for child in article.children if isinstance(child, Element)][1:]
        for number, block in enumerate(blocks):
            fields[f"articles[{index}].blocks[{number}]"] = _block(block)
    for index, signature in enumerate(root.all("signature")):
        fields[f"signatures[{index}].party"] = signature.one("signature-party").text
        fields[f"signatures[{index}].signed"] = "signed" in signature.classes
        for kind in _SIGNATURE_DETAILS:
            fields[f"signatures[{index}].{kind}"] = _detail(signature, kind)
    return fields


def on_screen(value: Any) -> Any:
    """``value`` with each of its texts as a screen shows them: control characters and
    direction marks as escapes (``\x1b``), line breaks and tabs kept."""
    if isinstance(value, str):
        return visible(value, keep="\n\t")
    if isinstance(value, tuple):
        return tuple(on_screen(item) for item in value)
    if attrs.has(type(value)):
        changes = {
            field.name: on_screen(getattr(value, field.name))
            for field in attrs.fields(type(value))
        }
        return attrs.evolve(value, **changes)
    return value


def shown(given: AgreementDocument) -> dict[str, object]:
    """What the HTML of ``given`` should show, by where it shows it."""
    document: AgreementDocument = on_screen(given)
    fields: dict[str, object] = {
        "language": document.language,
        "title@head": document.title,
        "title": document.title,
        "subtitle": document.subtitle,
        "draft": document.draft,
        "parties_heading": document.parties_heading,
        "agreed": document.agreed,
        "closing": [document.closing] if document.closing else [],
        "notes": list(document.notes),
        "signatures_heading": document.signatures_heading,
        "footer": document.footer,
        "page_label@page": document.page_label,
        "footer@page": document.footer,
        "draft_mark@page": [document.draft_mark] if document.draft else [],
    }
    if document.draft:
        fields["draft_mark"] = document.draft_mark
    for index, party in enumerate(document.parties):
        fields[f"parties[{index}].name"] = party.name
        details = (party.form, party.registered_office, party.enterprise_number)
        values = (*details, party.represented_by)
        for kind, label, value in zip(_PARTY_DETAILS, document.party_labels, values, strict=True):
            if value is not None:
                fields[f"parties[{index}].{kind}"] = (label, value)
    for index, article in enumerate(document.articles):
        fields[f"articles[{index}].label"] = article.label
        fields[f"articles[{index}].title"] = article.title
        for number, block in enumerate(article.blocks):
            key = f"articles[{index}].blocks[{number}]"
            if isinstance(block, Paragraph):
                fields[key] = ("paragraph", block.text, block.to_complete)
            elif isinstance(block, Items):
                fields[key] = ("items", block.items)
            else:
                fields[key] = ("table", block.header, block.rows, block.footer)
    for index, signature in enumerate(document.signatures):
        fields[f"signatures[{index}].party"] = signature.party
        fields[f"signatures[{index}].signed"] = signature.signed
        written = (signature.signatory, signature.function, signature.place, signature.date)
        labels = document.signature_labels
        for kind, label, value in zip(_SIGNATURE_DETAILS, labels, written, strict=True):
            fields[f"signatures[{index}].{kind}"] = (label, value)
    return fields


def packaged(name: str) -> str:
    return (
        files("partnership_model").joinpath("templates").joinpath(name).read_text(encoding="utf-8")
    )


# --- the document a reader finds


def test_the_agreement_is_one_standalone_html5_file_in_its_language() -> None:
    document = agreement(4)
    html = agreement_html(document)
    root = parse(html)

    assert html.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert root.first("meta").attributes == {"charset": "utf-8"}
    assert root.first("title").text == "Cuisine et quartier"
    # Nothing is fetched: no link, script, image or frame, no URL in the stylesheet.
    assert {element.tag for element in root.elements()} <= _TAGS
    styles = "".join(element.text for element in root.tags("style"))
    assert "url(" not in styles
    assert "@import" not in styles
    assert "@font-face" not in styles


def test_every_value_of_the_document_is_shown_where_it_belongs() -> None:
    document = agreement(12)
    assert read(agreement_html(document)) == shown(document)


def test_every_article_is_headed_by_its_number_and_title_in_order() -> None:
    root = parse(agreement_html(agreement(4)))
    headings = [
        (article.one("article-label").text, article.one("article-title").text)
        for article in root.all("article")
    ]
    assert len(headings) == 14
    assert headings[0] == ("Article 1er", "Objet")
    assert headings[6] == ("Article 7", "Dispositions financières")
    assert [label for label, _ in headings[1:]] == [f"Article {n}" for n in range(2, 15)]
    for article in root.all("article"):
        (heading,) = [child for child in article.children if isinstance(child, Element)][:1]
        assert heading.tag == "h2"


def test_the_funding_plan_is_a_table_with_its_total_and_figures_on_the_right() -> None:
    root = parse(agreement_html(agreement(4)))
    (table,) = root.tags("table")
    assert [cell.text for cell in table.tags("th")] == ["Source", "Objet", "Montant"]
    (total,) = table.first("tfoot").tags("td")[-1:]
    assert total.text == TOTAL == "21\u202f500,00\u00a0€"
    assert total.classes == ["figure"]
    figures = [cell.text for cell in table.all("figure")]
    assert figures == [row[-1] for row in agreement(4).articles[6].blocks[1].rows] + [TOTAL]  # type: ignore[union-attr]


def test_every_party_is_named_with_its_details() -> None:
    document = agreement(12)
    root = parse(agreement_html(document))
    parties = root.all("party")
    assert [party.one("party-name").text for party in parties] == [
        party.name for party in document.parties
    ]
    assert _detail(parties[2], "enterprise-number") == (
        "Numéro d'entreprise",
        document.parties[2].enterprise_number,
    )


def test_a_detail_the_convention_does_not_say_is_left_out_of_a_party() -> None:
    party = Party(
        name="Le Pont des Savoirs ASBL",
        form=None,
        registered_office="rue Haute 1, 1000 Bruxelles",
        enterprise_number=None,
        represented_by=None,
    )
    document = attrs.evolve(agreement(4), parties=(party,))
    (shown_party,) = parse(agreement_html(document)).all("party")
    assert [row.one("label").text for row in shown_party.all("detail")] == ["Siège social"]


def test_every_party_has_a_signature_block_with_lines_to_fill_until_signed() -> None:
    draft = parse(agreement_html(agreement(4, draft=True)))
    blocks = draft.all("signature")
    assert [block.one("signature-party").text for block in blocks] == [
        party.name for party in agreement(4).parties
    ]
    assert _detail(blocks[0], "signatory") == ("Nom", "Anne Dupont")
    assert _detail(blocks[0], "place") == ("Lieu", None)
    assert _detail(blocks[0], "date") == ("Date", None)
    assert all("signed" not in block.classes for block in blocks)

    signed = parse(agreement_html(agreement(4, draft=False))).all("signature")
    assert _detail(signed[0], "date") == ("Date", "15 décembre 2026")
    assert all("signed" in block.classes for block in signed)


def test_a_draft_is_marked_as_one_on_screen_and_on_every_printed_page() -> None:
    html = agreement_html(agreement(4, draft=True))
    fields = read(html)
    assert fields["draft"] is True
    assert fields["draft_mark"] == "Projet"
    assert fields["draft_mark@page"] == ["Projet"]


def test_a_signed_agreement_carries_no_draft_mark() -> None:
    html = agreement_html(agreement(4, draft=False))
    fields = read(html)
    assert fields["draft"] is False
    assert "draft_mark" not in fields
    assert fields["draft_mark@page"] == []
    assert "Projet" not in html
    assert "@top-center" not in parse(html).tags("style")[1].text


def test_a_paragraph_still_to_be_agreed_is_marked_so() -> None:
    root = parse(agreement_html(agreement(4)))
    (to_complete,) = root.all("to-complete")
    assert to_complete.text == "À compléter."


def test_the_running_footer_holds_the_parties_names_and_the_page_numbers() -> None:
    document = agreement(4)
    fields = read(agreement_html(document))
    assert fields["footer@page"] == document.footer
    assert "Bonnevie, Marolles, CPAS de Molenbeek, Fourneaux" in document.footer
    assert fields["page_label@page"] == "page"


def test_the_stylesheet_is_made_for_a4_paper() -> None:
    css = packaged(STYLESHEET)
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    assert re.search(r"@page \{\s*size: A4;", rules)
    assert re.search(r"h1, h2 \{[^}]*break-after: avoid;", rules)
    assert re.search(r"\.signature \{[^}]*break-inside: avoid;", rules)
    assert re.search(r"thead \{\s*display: table-header-group;", rules)
    # The total is not repeated on each page its table spans.
    assert re.search(r"tfoot \{\s*display: table-row-group;", rules)


# --- an application's own templates


def test_an_application_may_give_its_stylesheet_alone(tmp_path: Path) -> None:
    (tmp_path / STYLESHEET).write_text("body { color: #123456; }\n", encoding="utf-8")
    html = agreement_html(agreement(4), template_dir=tmp_path)
    assert parse(html).tags("style")[0].text.strip() == "body { color: #123456; }"
    assert "Cuisine et quartier" in html


def test_an_application_may_give_its_template_alone_with_files_of_its_own(
    tmp_path: Path,
) -> None:
    (tmp_path / TEMPLATE).write_text(
        "<style>{{ stylesheet }}</style>{% include 'letterhead.html' %}"
        "<h1>{{ document.title }}</h1>\n",
        encoding="utf-8",
    )
    (tmp_path / "letterhead.html").write_text("<p>{{ document.subtitle }}</p>", encoding="utf-8")
    document = attrs.evolve(agreement(4), title="<script>alert(1)</script>")
    html = agreement_html(document, template_dir=tmp_path)
    assert html.startswith(f"<style>{packaged(STYLESHEET)}</style><p>Convention de")
    # Autoescaping holds in the application's templates too.
    assert html.endswith("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>\n")


def test_a_template_directory_that_is_not_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match=r"^agreement_html\(template_dir\)"):
        agreement_html(agreement(4), template_dir=tmp_path / "missing")


def test_only_an_agreement_document_is_laid_out() -> None:
    with pytest.raises(InvalidValueError, match=r"^agreement_html\(document\)"):
        agreement_html("Cuisine et quartier")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "line", "reason"),
    [
        ("<p>\n{% if %}\n", 2, "Expected an expression, got 'end of statement block'"),
        (
            "<p>\n\n{{ document.signature }}</p>",
            3,
            "'partnership_model._agreement_document.AgreementDocument object' has no "
            "attribute 'signature' (the template asks for a name the document does not have)",
        ),
        ("{{ stylesheet }}\n{{ document.parties | length // 0 }}", 2, "ZeroDivisionError:"),
        ("<p>\n{% include 'letterhead.html' %}", 2, "no template named 'letterhead.html' in "),
    ],
    ids=["syntax", "undefined", "runtime", "include"],
)
def test_a_broken_template_is_reported_with_its_file_and_line(
    tmp_path: Path, source: str, line: int, reason: str
) -> None:
    (tmp_path / TEMPLATE).write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        agreement_html(agreement(4), template_dir=tmp_path)
    path = str(tmp_path.resolve() / TEMPLATE)
    assert (raised.value.template, raised.value.line) == (path, line)
    assert str(raised.value).startswith(f"template {path}, line {line}: {reason}")
    assert isinstance(raised.value.__cause__, Exception)


def test_a_missing_include_says_where_it_was_looked_for(tmp_path: Path) -> None:
    (tmp_path / TEMPLATE).write_text("{% include 'letterhead.html' %}", encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        agreement_html(agreement(4), template_dir=tmp_path)
    assert raised.value.reason == (
        f"no template named 'letterhead.html' in {tmp_path.resolve()} and the library's templates"
    )


def test_a_stylesheet_that_is_not_utf8_is_reported_with_its_file(tmp_path: Path) -> None:
    (tmp_path / STYLESHEET).write_bytes("body { font-family: Genève; }".encode("latin-1"))
    with pytest.raises(TemplateError) as raised:
        agreement_html(agreement(4), template_dir=tmp_path)
    assert raised.value.template == str(tmp_path.resolve() / STYLESHEET)
    assert raised.value.line is None
    assert raised.value.reason == "not UTF-8 text (invalid continuation byte at byte 23)"


def test_a_stylesheet_that_would_close_its_style_element_is_refused(tmp_path: Path) -> None:
    (tmp_path / STYLESHEET).write_text("p {}\n\n/* </STYLE><script> */\n", encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        agreement_html(agreement(4), template_dir=tmp_path)
    assert (raised.value.template, raised.value.line) == (str(tmp_path.resolve() / STYLESHEET), 3)
    assert "cannot contain '</style'" in str(raised.value)


def test_jinja2_and_weasyprint_are_imported_only_when_used() -> None:
    for module in ("_html_agreement", "_printing"):
        source = files("partnership_model").joinpath(f"{module}.py").read_text(encoding="utf-8")
        top = ast.parse(source).body
        imported = {
            alias.name.partition(".")[0]
            for node in top
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        } | {node.module for node in top if isinstance(node, ast.ImportFrom) and node.module}
        assert not {"jinja2", "markupsafe", "weasyprint"} & imported, module


def test_without_the_extra_the_html_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "jinja2", None)
    with pytest.raises(MissingExtraError) as raised:
        agreement_html(agreement(4))
    assert str(raised.value) == (
        "the agreement as HTML (agreement_html) needs the optional extra 'print': "
        'pip install "partnership-model[print]"'
    )


# --- hostile text in every field

_HOSTILE = (
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">ici</a>',
    "https://example.org/?a=1&b=2",
    '"',
    "'",
    "&",
    "&amp;",
    "&lt;p&gt;",
    "</p>",
    "</style><script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "{{ document }}",
    "{% if true %}",
    "{# #}",
    "{{ stylesheet }}",
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u200f",  # right-to-left mark
    "\u2028",  # line separator
    "\u2029",
    "\r\n",
    "\r",
    "\x1b[2J",
    "\x7f",
    "\x85",
    "\ufeff",
    "\\",
    '\\"',
    "\\00003c",
    "counter(page)",
    "€",
)


def hostile_texts() -> st.SearchStrategy[str]:
    """Text made of markup, scripts, quotes, Jinja syntax, control and direction marks,
    any character but NUL, and long runs of them; cheap to draw, since a document draws
    dozens (the property runs with Hypothesis's default health checks)."""
    pieces = st.sampled_from(_HOSTILE)
    anything = st.text(st.characters(exclude_characters="\x00"), max_size=4)
    return st.one_of(
        pieces,
        anything,
        st.tuples(pieces, anything, pieces).map("".join),
        pieces.map(lambda piece: piece * 120),
    )


def hostile_documents() -> st.SearchStrategy[AgreementDocument]:
    """Documents with hostile text in every string, and up to two of each part."""
    texts = hostile_texts()
    optional = st.none() | texts
    tuples = st.lists(texts, max_size=2).map(tuple)
    blocks = st.one_of(
        st.builds(Paragraph, texts, st.booleans()),
        st.builds(Items, tuples),
        st.builds(Table, tuples, st.lists(tuples, max_size=2).map(tuple), st.none() | tuples),
    )
    article = st.builds(
        Article, st.integers(0, 200), texts, st.lists(blocks, max_size=2).map(tuple), label=texts
    )
    party = st.builds(Party, texts, optional, optional, optional, optional)
    signature = st.builds(
        SignatureBlock, texts, optional, optional, optional, optional, st.booleans()
    )
    four = st.tuples(texts, texts, texts, texts)
    return st.builds(
        AgreementDocument,
        language=texts,
        title=texts,
        subtitle=texts,
        draft=st.booleans(),
        draft_mark=texts,
        parties_heading=texts,
        parties=st.lists(party, max_size=2).map(tuple),
        party_labels=four,
        agreed=texts,
        articles=st.lists(article, max_size=2).map(tuple),
        signatures_heading=texts,
        signatures=st.lists(signature, max_size=2).map(tuple),
        signature_labels=four,
        footer=texts,
        page_label=texts,
        closing=texts,
        notes=st.lists(texts, max_size=2).map(tuple),
    )


# Hypothesis's own settings, not the suite's profile: the property as a user would run it.
@settings(settings.get_profile("default"))
@given(hostile_documents())
def test_hostile_text_in_any_field_is_shown_as_text_and_never_as_markup(
    document: AgreementDocument,
) -> None:
    # read() asserts that the parser finds the template's own elements and attributes
    # only: no script, no link, no href or src at all (so no javascript: URL and no link
    # made of user text), no attribute made of user text but the document's language
    # tag; and that what the template writes into the CSS is its rules and escapes.
    assert read(agreement_html(document)) == shown(document)
