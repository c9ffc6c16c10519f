"""The Jinja2 environment: built-in templates, user overrides, strict variables.

A user folder (``--template-dir``) comes first, so any built-in template can be
replaced; the built-in stays reachable as ``default:NAME`` so a user template
can ``{% extends "default:cards/date_basic.j2" %}`` and change one block.
Document text only ever reaches templates as variables, never as template
source.
"""
from __future__ import annotations

import re
from pathlib import Path

import jinja2

from . import dates
from .errors import TemplateError


def _number(value) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def environment(template_dir: str | Path | None = None, html: bool = False) -> jinja2.Environment:
    package = jinja2.PackageLoader("quiz", "templates")
    loaders: list[jinja2.BaseLoader] = []
    if template_dir:
        path = Path(template_dir)
        if not path.is_dir():
            raise TemplateError(f"{path}: template folder not found")
        _check_names(path)
        loaders.append(jinja2.FileSystemLoader(str(path)))
    loaders.append(package)
    loader = jinja2.PrefixLoader({"default": package}, delimiter=":")
    env = jinja2.Environment(
        loader=_DefaultPrefix(jinja2.ChoiceLoader(loaders), loader),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["human_date"] = dates.human
    env.filters["number"] = _number
    env.filters["lower_first"] = _lower_first
    return env


BUILT_IN = Path(__file__).parent / "templates"


def _check_names(folder: Path) -> None:
    """A page template or card template in the user's folder must override a built-in one: a
    misspelt name would otherwise be ignored without a word. Partials ("_macros.j2") may be
    anything."""
    known = {p.relative_to(BUILT_IN).as_posix() for p in BUILT_IN.rglob("*") if p.is_file()}
    for kind, pattern in (("page", "*.html"), ("card", "cards/*.j2")):
        for found in sorted(folder.glob(pattern)):
            name = found.relative_to(folder).as_posix()
            if name not in known and not found.name.startswith("_"):
                choices = sorted(k for k in known if k.endswith(found.suffix) and ("/" in k) == ("/" in name))
                raise TemplateError(f"{found}: unknown {kind} template name; the built-in ones are "
                                    f"{', '.join(choices)}")


class _DefaultPrefix(jinja2.BaseLoader):
    """User folder, then package; names starting 'default:' go to the package only."""

    def __init__(self, main: jinja2.BaseLoader, prefixed: jinja2.BaseLoader):
        self.main, self.prefixed = main, prefixed

    def get_source(self, environment, template):
        if template.startswith("default:"):
            return self.prefixed.get_source(environment, template)
        return self.main.get_source(environment, template)

    def list_templates(self):
        return self.main.list_templates()


def describe(exc: Exception, name: str) -> str:
    """One line: template name, line and what is wrong."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"template {exc.name or exc.filename or name}, line {exc.lineno}: {exc.message}"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"template {exc.name} not found"
    line = None
    tb = exc.__traceback__
    template_name = name
    package = str(Path(__file__).parent / "templates")
    while tb is not None:
        frame = tb.tb_frame
        filename = frame.f_code.co_filename
        if frame.f_globals.get("__jinja_template__") is not None:
            tmpl = frame.f_globals["__jinja_template__"]
            template_name = tmpl.name or name
            line = tmpl.get_corresponding_lineno(tb.tb_lineno)
        elif not filename.endswith(".py") and not filename.startswith("<"):
            # Jinja rewrites tracebacks so that template lines appear as frames of the template file
            template_name = ("default:" + Path(filename).relative_to(package).as_posix()
                             if filename.startswith(package) else filename)
            line = tb.tb_lineno
        tb = tb.tb_next
    where = f", line {line}" if line else ""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"template {template_name}{where}: {message}"


def render_block(env: jinja2.Environment, name: str, block: str, context: dict) -> str:
    """Render one block of a template (cards keep question and answer in one file)."""
    try:
        template = env.get_template(name)
        ctx = template.new_context(context)
        if block not in template.blocks:
            # an override that extends the built-in: rendering fills in the parent's blocks
            for _ in template.root_render_func(ctx):
                pass
        chain = ctx.blocks.get(block)
        if not chain:
            raise TemplateError(f"template {name}: no block {block!r}")
        text = "".join(chain[0](ctx))
    except TemplateError:
        raise
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise TemplateError(describe(exc, name)) from None
    return re.sub(r"\s+([?.,!:;])", r"\1", " ".join(text.split()))


def render(env: jinja2.Environment, name: str, context: dict) -> str:
    try:
        return env.get_template(name).render(context)
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise TemplateError(describe(exc, name)) from None
