"""Every error and warning the library lets reach its users can be caught by its name
in ``kg``: the classes the package defines, the classes its code raises or warns
with, and what a few bad calls of the public API really raise."""
from __future__ import annotations

import ast
import builtins
import importlib
import json
import pkgutil
import warnings
from pathlib import Path

import pytest

import kg

PACKAGE = Path(kg.__file__).parent

# Exceptions the package defines for its own use, none of which leaves it, and why.
INTERNAL = {
    "kg.validate._Unsupported": "caught by validate(), which then runs pySHACL or raises ShapesError",
    "kg.importers.rows.RowProblem": "caught by the row reader, which counts the row or raises EventDataError",
    "kg.cli.InputError": "the CLI's own: click prints its one line and exits with status 2",
    "kg.partition_extract._Abandoned": "raised and caught by extract_partition() to leave no file of a failed partition",
    "kg.cli._Abandoned": "raised in the writing thread of `kg build` when its validation failed, so that no file "
                         "takes its place; the validation's error is the one raised",
    "kg.extraction.rule_patterns._Unsupported": "caught by rule_pattern(), which then compiles the plain pattern",
}


def _modules() -> list[str]:
    names = ["kg"]
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="kg."):
        if not info.name.endswith(".__main__"):  # importing it would run the command
            names.append(info.name)
    return names


def _defined_exceptions() -> dict[str, type]:
    """Every exception or warning class defined in a module of the package."""
    found: dict[str, type] = {}
    for name in _modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == name:
                found[f"{name}.{value.__qualname__}"] = value
    return found


def _exported(cls: type) -> bool:
    return cls.__name__ in kg.__all__ and getattr(kg, cls.__name__) is cls


def test_every_exception_class_of_the_package_is_exported_or_stays_inside():
    defined = _defined_exceptions()
    assert "kg.errors.KGError" in defined and "kg.errors.LanguageWarning" in defined
    assert set(INTERNAL) <= set(defined), "an internal class listed here is gone: update INTERNAL"
    assert sorted(path for path, cls in defined.items() if path not in INTERNAL and not _exported(cls)) == []


def _raised_names() -> dict[str, set[str]]:
    """Name → files, for every class the package's code raises or warns with by name."""
    out: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            target = None
            if isinstance(node, ast.Raise) and node.exc is not None:
                target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "warn"
                  and len(node.args) >= 2):
                target = node.args[1]
            if isinstance(target, ast.Name) and target.id[0].isupper():
                out.setdefault(target.id, set()).add(str(path.relative_to(PACKAGE)))
    return out


def test_every_class_the_code_raises_is_a_builtin_an_export_of_kg_or_internal():
    raised = _raised_names()
    assert {"FactsError", "GraphError", "QueryError", "ShapesError", "ViewError", "EventDataError",
            "ExtractionError", "LanguageWarning"} <= set(raised)
    internal = {path.rsplit(".", 1)[-1] for path in INTERNAL}
    unknown = {name: files for name, files in raised.items()
               if not hasattr(builtins, name) and name not in internal
               and not (name in kg.__all__ and issubclass(getattr(kg, name), (kg.KGError, Warning)))}
    assert unknown == {}


def _bad_facts(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"article": {"id": "a"}, "states": [{"iso3": "RUZ"}]}\n', encoding="utf-8")
    return kg.read_facts(path)


def _bad_graph(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("this is no turtle", encoding="utf-8")
    return kg.read_graph(path)


def _bad_view(tmp_path):
    return kg.to_networkx(kg.build_graph([]), view="no-such-view")


def _bad_query(tmp_path):
    return kg.query(kg.build_graph([]), "SELECT ?x WHERE {")


def _bad_shapes(tmp_path):
    path = tmp_path / "shapes.ttl"
    path.write_text("not turtle either", encoding="utf-8")
    return kg.validate(kg.build_graph([]), shapes=path)


def _bad_extractor(tmp_path):
    return kg.extract(kg.read_articles([]), extractor="no-such-extractor")


def _bad_rows(tmp_path):
    from kg.importers import import_events
    path = tmp_path / "day.tsv"
    path.write_text('{"article": {"id": "a"}}\n', encoding="utf-8")
    return import_events([path], "gdelt")


def _no_scheduler(tmp_path):
    pytest.importorskip("distributed")
    return kg.extract_with_dask([PACKAGE.parent / "examples" / "articles"], tmp_path / "parts", "no-port-given")


def _unreachable_server(tmp_path):
    return kg.push(kg.build_graph([]), "http://127.0.0.1:1/store")  # port 1: nothing listens


@pytest.mark.parametrize("call, error", [
    (_bad_facts, "FactsError"), (_bad_graph, "GraphError"), (_bad_view, "ViewError"),
    (_bad_query, "QueryError"), (_bad_shapes, "ShapesError"), (_bad_extractor, "ExtractionError"),
    (_bad_rows, "EventDataError"), (_unreachable_server, "EndpointError"), (_no_scheduler, "ClusterError"),
])
def test_bad_calls_of_the_public_api_raise_what_kg_exports(tmp_path, call, error):
    with pytest.raises(kg.KGError) as caught:
        call(tmp_path)
    assert type(caught.value) is getattr(kg, error)
    assert "\n" not in str(caught.value)


def test_the_language_warning_is_exported(tmp_path):
    article = {"article": {"id": "fr", "language": "fr", "text": "Les ministres se sont réunis à Paris."}}
    path = tmp_path / "fr.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as told:
        warnings.simplefilter("always")
        facts = kg.extract(kg.read_articles([path]))
    assert not facts[0].events
    assert [w.category for w in told if issubclass(w.category, kg.LanguageWarning)] == [kg.LanguageWarning]
