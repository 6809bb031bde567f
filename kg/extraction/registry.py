"""Extractors by name: the built-in rule extractor and any a package registers.

An extractor is a callable that takes a :class:`kg.facts.Article` and returns its
:class:`kg.facts.NewsFacts`; it may also have an ``explain(article)`` method returning
the facts and the :class:`kg.extraction.screening.Verdict` of every candidate. Third-party
extractors (a statistical model, an LLM client) register under the entry-point group
``kg.extractors``, each entry point naming a factory that takes no argument::

    [project.entry-points."kg.extractors"]
    mymodel = "mypackage.extractor:make_extractor"

Whatever the extractor, its output goes through the facts reader's checks
(:func:`kg.facts.parse_facts`) and the evidence rule (every quote is the article's text
at its offsets) before anyone sees it, so a bad extractor gives a clear error, not a
bad graph.
"""
from __future__ import annotations

from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import Callable, Protocol

from kg.errors import ExtractionError, FactsError
from kg.facts import Article, NewsFacts, facts_to_json, parse_facts

__all__ = ["Extractor", "ENTRY_POINT_GROUP", "register_extractor", "extractor_names", "get_extractor",
           "checked_facts"]

ENTRY_POINT_GROUP = "kg.extractors"


class Extractor(Protocol):
    """What an extractor is: article in, news facts out."""

    def __call__(self, article: Article) -> NewsFacts: ...


def _rules() -> Extractor:
    from kg.extraction.pipeline import RulesExtractor
    return RulesExtractor()


_FACTORIES: dict[str, Callable[[], Extractor]] = {"rules": _rules}


def register_extractor(name: str, factory: Callable[[], Extractor]) -> None:
    """Make ``factory()`` the extractor called ``name`` in this process (tests, notebooks);
    packages use the ``kg.extractors`` entry points instead."""
    _FACTORIES[name] = factory
    get_extractor.cache_clear()


def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def extractor_names() -> list[str]:
    """The names of every extractor known: built in, registered, or from entry points."""
    return sorted(set(_FACTORIES) | set(_entry_points()))


@cache
def get_extractor(name: str) -> Extractor:
    """The extractor called ``name``, made once per process.

    Raises
    ------
    ExtractionError
        When no extractor has that name, or its entry point cannot be loaded.
    """
    factory = _FACTORIES.get(name)
    if factory is None:
        ep = _entry_points().get(name)
        if ep is None:
            raise ExtractionError(f"unknown extractor {name!r}; choose one of {', '.join(extractor_names())}")
        try:
            factory = ep.load()
        except Exception as err:  # a third-party package that fails to import
            raise ExtractionError(f"extractor {name!r}: its entry point {ep.value!r} cannot be loaded ({err}); "
                                  "reinstall the package that provides it") from err
    return factory()


def checked_facts(facts: object, article: Article, name: str) -> NewsFacts:
    """An extractor's output for ``article``, after the facts reader's checks and the
    evidence rule; an :class:`ExtractionError` names the extractor, the article and the fault."""
    where = f"extractor {name!r}, article {article.id!r}"
    if not isinstance(facts, NewsFacts):
        raise ExtractionError(f"{where}: returned {type(facts).__name__}, not NewsFacts; "
                              "an extractor must return kg.facts.NewsFacts")
    if facts.article.id != article.id:
        raise ExtractionError(f"{where}: returned the facts of article {facts.article.id!r}; "
                              "keep the article it was given")
    data = facts_to_json(facts)
    # The article as given, text included, so that the reader checks every quote against it.
    data["article"] = facts_to_json(NewsFacts(article))["article"]
    try:
        return parse_facts(data, where)
    except FactsError as err:
        raise ExtractionError(str(err)) from err
