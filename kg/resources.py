"""Finds the ontology, shapes and bundled queries, installed or in a checkout.

The wheel carries ``ontology/`` and ``shapes/`` as ``kg/_data/``; an editable install
or a plain checkout imports ``kg`` from the source tree, where they sit beside ``kg/``.
This is the only module that knows these paths.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["ontology_dir", "shapes_dir", "queries_dir", "ontology_files", "scheme_files", "reference_files", "place_files",
           "code_files", "event_code_files", "lexicon_files", "resolution_files", "officials_file", "jsonld_context_file", "shapes_files"]


def _data_dir(name: str) -> Path:
    installed = Path(str(files("kg"))) / "_data" / name
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"kg: cannot find the {name}/ folder; reinstall the package")


def ontology_dir() -> Path:
    """The folder of the ontology and its concept schemes."""
    return _data_dir("ontology")


def shapes_dir() -> Path:
    """The folder of the SHACL shapes."""
    return _data_dir("shapes")


def queries_dir() -> Path:
    """The folder of the bundled SPARQL queries."""
    return Path(__file__).resolve().parent / "queries"


def report_asset(name: str) -> Path:
    """A file the HTML report writes into its page (its script and style sheet), shipped
    inside the package."""
    return Path(str(files("kg"))) / "analysis" / "assets" / name


def ontology_files() -> list[Path]:
    """Every Turtle file of the ontology, sorted."""
    return sorted(ontology_dir().glob("*.ttl"))


def scheme_files() -> list[Path]:
    """The concept schemes that ride along in every built graph: each Turtle file of the
    ontology but the OWL ontology itself (event types, statuses, CAMEO, PLOVER...)."""
    return [path for path in ontology_files() if path.name != "kg.ttl"]


def code_files() -> list[Path]:
    """The code tables the importers read: FIPS and CAMEO actor codes, country spellings,
    the roles in which an actor stands for its state, the words of landmarks."""
    return sorted((ontology_dir() / "codes").glob("*.ttl"))


def event_code_files() -> list[Path]:
    """The CAMEO code book and the table that maps its event codes onto the project's
    event types, which the importers read together."""
    return [ontology_dir() / "cameo.ttl", ontology_dir() / "event-type-mappings.ttl"]


def reference_files() -> list[Path]:
    """The reference data: states and bodies with their names, codes and links."""
    return sorted((ontology_dir() / "reference").glob("*.ttl"))


def place_files() -> list[Path]:
    """Places the extractor knows beyond the reference data's seats of government."""
    return sorted((ontology_dir() / "places").glob("*.ttl"))


def lexicon_files() -> list[Path]:
    """The extractor's lexicons: SKOS concepts whose labels are the words it reads."""
    return sorted((ontology_dir() / "lexicon").glob("*.ttl"))


def resolution_files() -> list[Path]:
    """What resolution knows of the names of documents: instruments, synonyms, kindred types."""
    return sorted((ontology_dir() / "resolution").glob("*.ttl"))


def officials_file() -> Path:
    """The well-known officials: who held which post when."""
    return ontology_dir() / "officials" / "officials.ttl"


def jsonld_context_file() -> Path:
    """The project's JSON-LD context."""
    return ontology_dir() / "context.jsonld"


def shapes_files() -> list[Path]:
    """Every Turtle file of the shapes, sorted."""
    return sorted(shapes_dir().glob("*.ttl"))
