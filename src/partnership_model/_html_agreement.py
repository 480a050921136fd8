"""The agreement as a standalone HTML document made for print, laid out by a Jinja2
template in a file.

The library's own template and stylesheet (``templates/agreement.html.j2`` and
``templates/agreement.css`` in the package) are the default; an application gives its own
house style with a directory holding either or both, each file found there first. Every
value is escaped as the text it is (autoescaping on for every template), and a name the
template asks for that the document does not have is an error, never an empty string.

Laying out is the work of the optional extra ``print`` (Jinja2), imported only when an
HTML document is asked for: ``pip install "partnership-model[print]"``.
"""

from __future__ import annotations

import functools
import importlib.resources
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from partnership_model._agreement_document import AgreementDocument, Items, Paragraph, Table
from partnership_model.errors import InvalidValueError, MissingExtraError, TemplateError
from partnership_model.text import visible

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import jinja2
    import markupsafe

__all__ = ["STYLESHEET", "TEMPLATE", "agreement_html"]

TEMPLATE = "agreement.html.j2"
"""The name of the agreement's template, in the package and in an application's directory."""
STYLESHEET = "agreement.css"
"""The name of the stylesheet the template inlines, in the package and in an application's
directory."""


def agreement_html(document: AgreementDocument, template_dir: Path | None = None) -> str:
    """``document`` as one standalone HTML5 file: its stylesheet inlined, nothing fetched
    from anywhere, made for A4 paper (page numbers and the parties' names in the running
    footer, a draft marked on every page, no signature block split across two pages).

    ``template_dir`` is an application's directory of templates: its ``agreement.html.j2``
    and its ``agreement.css`` replace the library's, each on its own, and its template may
    include or extend other files of the directory. The template receives ``document``
    and ``stylesheet``; read the library's template for the filters and tests it may use.

    Raises :class:`~partnership_model.errors.TemplateError` naming the file and the line
    when a template cannot be read or laid out, and
    :class:`~partnership_model.errors.MissingExtraError` (an ``ImportError``) when the
    ``print`` extra is not installed: ``pip install "partnership-model[print]"``.
    """
    try:
        import jinja2  # noqa: PLC0415  # the optional extra, only when it is used
    except ImportError as missing:
        raise MissingExtraError("print", "the agreement as HTML (agreement_html)") from missing
    if not isinstance(document, AgreementDocument):
        raise InvalidValueError(
            "agreement_html(document)", document, "expected an AgreementDocument"
        )
    if template_dir is not None and not Path(template_dir).is_dir():
        raise InvalidValueError(
            "agreement_html(template_dir)", template_dir, "not a directory of templates"
        )
    directory = None if template_dir is None else Path(template_dir).resolve()
    environment, loader = _environment(directory)
    try:
        template = environment.get_template(TEMPLATE)
        stylesheet = _stylesheet(environment, loader)
        return template.render(document=_on_screen(document), stylesheet=stylesheet)
    except TemplateError:
        raise
    except jinja2.TemplateSyntaxError as error:
        name = error.filename or error.name or TEMPLATE
        raise TemplateError(name, error.lineno, error.message or "not a template") from error
    except Exception as error:  # anything the template's own code raised while laying out
        name, line = _where(error, loader.filenames)
        raise TemplateError(name, line, _reason(error, directory)) from error


class _Loader(Protocol):
    """The environment's loader, which also keeps the names of the files it gave, so that
    an error raised by a template's code can be traced to its file and line."""

    filenames: set[str | None]

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]: ...


@functools.lru_cache(maxsize=8)
def _environment(directory: Path | None) -> tuple[jinja2.Environment, _Loader]:
    """The environment for templates from ``directory`` first, then from the package: one
    per directory, so that each template is compiled once."""
    import jinja2  # noqa: PLC0415  # the optional extra, only when it is used
    import markupsafe  # noqa: PLC0415  # comes with Jinja2

    class Loader(jinja2.ChoiceLoader):
        def __init__(self, loaders: list[jinja2.BaseLoader]) -> None:
            super().__init__(loaders)
            self.filenames: set[str | None] = set()

        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str | None, Callable[[], bool] | None]:
            source, filename, uptodate = super().get_source(environment, template)
            self.filenames.add(filename)
            return source, filename, uptodate

        # ChoiceLoader loads through its loaders' own load(); the base class's goes
        # through get_source above, which keeps the file's name.
        load = jinja2.BaseLoader.load

    class ApplicationLoader(jinja2.FileSystemLoader):
        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            try:
                return super().get_source(environment, template)
            except UnicodeDecodeError as error:
                raise TemplateError(
                    str(Path(self.searchpath[0], template)),
                    None,
                    f"not UTF-8 text ({error.reason} at byte {error.start})",
                ) from error

    def packaged(name: str) -> tuple[str, str, Callable[[], bool]] | None:
        resource = importlib.resources.files("partnership_model").joinpath("templates")
        for piece in jinja2.loaders.split_template_path(name):
            resource = resource.joinpath(piece)
        if not resource.is_file():
            return None
        return resource.read_text(encoding="utf-8"), str(resource), lambda: True

    loaders: list[jinja2.BaseLoader] = [jinja2.FunctionLoader(packaged)]
    if directory is not None:
        loaders.insert(0, ApplicationLoader(directory, encoding="utf-8"))
    loader = Loader(loaders)
    environment = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["css_string"] = functools.partial(_css_string, markupsafe.Markup)
    environment.tests["paragraph"] = lambda block: isinstance(block, Paragraph)
    environment.tests["items"] = lambda block: isinstance(block, Items)
    environment.tests["table"] = lambda block: isinstance(block, Table)
    environment.tests["figure"] = _figure
    return environment, loader


def _on_screen(value: Any) -> Any:
    """``value`` with each of its texts as a screen shows them, as the Markdown does:
    control characters and direction marks as escapes, so that none reaches a reader's
    terminal or printer raw; line breaks and tabs kept, for the layout to show."""
    if isinstance(value, str):
        return visible(value, keep="\n\t")
    if isinstance(value, tuple):
        return tuple(_on_screen(item) for item in value)
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return attrs.evolve(value, **{f.name: _on_screen(getattr(value, f.name)) for f in fields})
    return value


def _stylesheet(environment: jinja2.Environment, loader: _Loader) -> markupsafe.Markup:
    """The stylesheet as the template inlines it in a ``<style>`` element: its text as it
    is, which must not close that element."""
    import markupsafe  # noqa: PLC0415  # comes with Jinja2

    source, filename, _ = loader.get_source(environment, STYLESHEET)
    closing = source.lower().find("</style")
    if closing >= 0:
        line = source.count("\n", 0, closing) + 1
        raise TemplateError(
            filename or STYLESHEET,
            line,
            "a stylesheet inlined in a <style> element cannot contain '</style'",
        )
    return markupsafe.Markup(source)  # noqa: S704  # the application's own CSS, checked above


def _css_string(markup: type[markupsafe.Markup], text: str) -> markupsafe.Markup:
    """``text`` as a quoted CSS string (the content of a page's margin box): ASCII letters,
    digits and spaces as they are, every other character as a six-digit escape, so that
    nothing in it can end the string, the rule or the ``<style>`` element."""
    inner = "".join(
        char if char == " " or (char.isascii() and char.isalnum()) else f"\\{ord(char):06x}"
        for char in str(text)
    )
    return markup(f'"{inner}"')


def _figure(text: str) -> bool:
    """Whether a table cell holds a figure and no word (``21 500,00 €``, ``35 %``)."""
    return any(char.isdigit() for char in text) and not any(char.isalpha() for char in text)


def _where(error: BaseException, filenames: Iterable[str | None]) -> tuple[str, int | None]:
    """The template file and line the innermost frame of ``error`` ran in (Jinja2 gives a
    template's frames its file name and line), or the main template and no line."""
    known = set(filenames)
    frames = traceback.extract_tb(error.__traceback__)
    ran = [(frame.filename, frame.lineno) for frame in frames if frame.filename in known]
    return ran[-1] if ran else (TEMPLATE, None)


def _reason(error: Exception, directory: Path | None) -> str:
    """What went wrong, in a sentence: a name the document does not have, a template not
    found and where it was looked for, or the error the template's code raised."""
    import jinja2  # noqa: PLC0415  # already imported by the caller

    if isinstance(error, jinja2.UndefinedError):
        return f"{error.message} (the template asks for a name the document does not have)"
    if isinstance(error, jinja2.TemplateNotFound):  # only an application's template includes
        return f"no template named {error.name!r} in {directory} and the library's templates"
    return f"{type(error).__name__}: {error}"
