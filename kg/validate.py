"""SHACL validation: a SPARQL-compiled engine on Oxigraph, and pySHACL.

pySHACL checks ~17k triples a second (``shared/STACK-MEASUREMENTS.md``), too slow for
a year of news. The shapes the project ships use a small part of SHACL Core (targets,
counts, datatypes, classes, value lists, patterns, node kinds, ``sh:or`` of those) and
SHACL-SPARQL ``SELECT`` constraints; each such constraint compiles to one SPARQL query
that Oxigraph runs over the whole graph at once, so the verdict is that of the whole
graph by construction. Most of those queries find nothing in a graph that conforms, and
each joins a target's nodes with a path's values: cheaper queries (``_screens``) first
read each path's values and each target's nodes once for all the constraints on them,
and rule out those that would find nothing. Shapes that use anything else go to
pySHACL, which is also there on request (``engine="pyshacl"``); the test suite checks
that both engines report the same results on every valid and invalid example.

A graph that conformed and then changed a little (an add to a store) is validated by
its focus nodes the change can have given other results (``focus=``, a :class:`Change`):
the result of a compiled constraint on a node reads the node's own triples, whether it
is a target (its types, and the triples naming it for ``sh:targetSubjectsOf`` and
``sh:targetObjectsOf``), and, for ``sh:class``, the types of its values. So the nodes
whose results can change are the subjects and objects of the triples the change
inserted or removed, and the nodes with a triple to one whose types changed. A
SHACL-SPARQL constraint is focused only where it reads its focus node's own triples
alone (every triple pattern of it starts at ``$this``); any other runs over the whole
graph, and shapes that need pySHACL are validated whole, so the results are those of
validating the whole graph.
"""
from __future__ import annotations

import re
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD, OWL

from kg.errors import ShapesError
from kg.graph import oxstore, triples
from kg.namespaces import bind_prefixes
from kg.progress import Progress, silent
from kg.resources import shapes_files
from kg.solutions import select

__all__ = ["ENGINES", "Change", "Issue", "ValidationResult", "load_shapes", "validate"]

ENGINES = ("auto", "sparql", "pyshacl")

_SUPPORTED_SHAPE_KEYS = {
    RDF.type, RDFS.label, RDFS.comment, SH.name, SH.description, SH.order, SH.group, SH.message,
    SH.severity, SH.deactivated, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
    SH.property, SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.pattern,
    SH.flags, SH.nodeKind, SH["or"], SH.sparql,
}
_VALUE_KEYS = (SH.datatype, SH["class"], SH["in"], SH.pattern, SH.nodeKind, SH["or"])
_COMPONENT = {
    SH.minCount: SH.MinCountConstraintComponent, SH.maxCount: SH.MaxCountConstraintComponent,
    SH.datatype: SH.DatatypeConstraintComponent, SH["class"]: SH.ClassConstraintComponent,
    SH["in"]: SH.InConstraintComponent, SH.pattern: SH.PatternConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent, SH["or"]: SH.OrConstraintComponent,
}
# Lexical forms of the datatypes whose well-formedness the engine checks, as pySHACL does.
_LEXICAL = {
    XSD.date: r"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(Z|[+-][0-9]{2}:[0-9]{2})?$",
    XSD.gYearMonth: r"^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?$",
    XSD.gYear: r"^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$",
    XSD.integer: r"^[+-]?[0-9]+$",
    XSD.boolean: r"^(true|false|0|1)$",
}
# Datatypes every string is a lexical form of, as far as this engine checks.
_ANY_LEXICAL_FORM = {XSD.string, RDF.langString, XSD.anyURI}
_NODE_KINDS = {
    SH.IRI: "isIRI(?v)", SH.Literal: "isLiteral(?v)", SH.BlankNode: "isBlank(?v)",
    SH.BlankNodeOrIRI: "(isBlank(?v) || isIRI(?v))", SH.BlankNodeOrLiteral: "(isBlank(?v) || isLiteral(?v))",
    SH.IRIOrLiteral: "(isIRI(?v) || isLiteral(?v))",
}


# Where a check's query binds its focus nodes: a comment, unless a focus replaces it.
_FOCUS = "#focus\n"
_FOCUS_BATCH = 400  # focus nodes bound by one query


@dataclass(frozen=True)
class Change:
    """What changed in a graph since it conformed: the subjects and objects of the triples
    inserted or removed (``nodes``), and the nodes whose ``rdf:type`` triples changed
    (``retyped``; the nodes with a triple to one read its class). Terms are written as
    in N-Triples (``<http://...>``, ``"text"@en``): rdflib's ``term.n3()``, or ``str()`` of
    a pyoxigraph term."""

    nodes: frozenset[str]
    retyped: frozenset[str] = frozenset()


class _Unsupported(Exception):
    """The shapes use SHACL features the SPARQL engine does not compile."""


@dataclass(frozen=True, order=True)
class Issue:
    """One validation result: which node broke which shape, and why, in plain words."""

    focus: rdflib.term.Node
    path: URIRef | None
    value: rdflib.term.Node | None
    shape: rdflib.term.Node
    component: URIRef
    severity: URIRef
    message: str

    def key(self) -> tuple:
        """What two engines must agree on (blank-node shapes and wording aside)."""
        return (self.focus, self.path, self.value, self.component)


@dataclass
class ValidationResult:
    """The verdict on a graph: ``conforms``, the issues, a text report and a report graph."""

    conforms: bool
    issues: list[Issue]
    engine: str
    shapes: rdflib.Graph = field(repr=False)

    @property
    def text(self) -> str:
        """A readable report: one line per issue, naming the node, the shape and the reason."""
        if self.conforms:
            return "Conforms: the graph satisfies every shape.\n"
        lines = [f"Does not conform: {len(self.issues)} problem{'s' if len(self.issues) != 1 else ''}."]
        ns = bind_prefixes(rdflib.Graph()).namespace_manager
        owner = _owning_shapes(self.shapes)
        for issue in self.issues:
            shape = owner.get(issue.shape, issue.shape)
            where = f"{_short(issue.focus, ns)} (shape {_short(shape, ns)}"
            where += f", property {_short(issue.path, ns)})" if issue.path is not None else ")"
            value = f" [value: {_short(issue.value, ns)}]" if issue.value is not None and issue.value != issue.focus else ""
            severity = str(issue.severity).rsplit("#", 1)[-1]
            lines.append(f"{severity}: {where}: {issue.message}{value}")
        return "\n".join(lines) + "\n"

    @property
    def report_graph(self) -> rdflib.Graph:
        """The SHACL validation report as an RDF graph (``sh:ValidationReport``)."""
        g = bind_prefixes(rdflib.Graph())
        g.bind("sh", SH)
        report = BNode()
        g.add((report, RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, Literal(self.conforms)))
        for issue in self.issues:
            r = BNode()
            g.add((report, SH.result, r))
            g.add((r, RDF.type, SH.ValidationResult))
            g.add((r, SH.focusNode, issue.focus))
            if issue.path is not None:
                g.add((r, SH.resultPath, issue.path))
            if issue.value is not None:
                g.add((r, SH.value, issue.value))
            g.add((r, SH.sourceShape, issue.shape))
            g.add((r, SH.sourceConstraintComponent, issue.component))
            g.add((r, SH.resultSeverity, issue.severity))
            g.add((r, SH.resultMessage, Literal(issue.message)))
        return g


def _short(term, ns) -> str:
    if isinstance(term, URIRef):
        try:
            return ns.normalizeUri(term)
        except Exception:  # noqa: BLE001 - rdflib raises several kinds for odd IRIs
            return f"<{term}>"
    if isinstance(term, Literal):
        return f'"{term}"' + (f"^^{_short(term.datatype, ns)}" if term.datatype else "")
    return str(term.n3()) if term is not None else ""


def _owning_shapes(shapes: rdflib.Graph) -> dict:
    """Property shape → the named node shape that holds it, for readable reports."""
    return {p: s for s, p in shapes.subject_objects(SH.property)}


# ---------------------------------------------------------------------------- shapes


def load_shapes(shapes: str | Path | Sequence[str | Path] | rdflib.Graph | None = None) -> rdflib.Graph:
    """The shapes graph: the project's shapes when ``shapes`` is None, else the given files
    (``.ttl`` or any RDF format rdflib reads) or folder of ``.ttl`` files.

    Raises
    ------
    ShapesError : a file is missing or not valid RDF.
    """
    if isinstance(shapes, rdflib.Graph):
        return shapes
    if shapes is None:
        paths = shapes_files()
    else:
        items = [shapes] if isinstance(shapes, (str, Path)) else list(shapes)
        paths = []
        for item in items:
            p = Path(item)
            if p.is_dir():
                paths += sorted(p.glob("*.ttl"))
            elif p.is_file():
                paths.append(p)
            else:
                raise ShapesError(f"{p}: no such shapes file or folder; check the path")
    g = rdflib.Graph()
    # Shapes are read as written: "1"^^xsd:boolean is not sh:uniqueLang true, and an
    # ill-formed literal in them must stay ill-formed, so rdflib does not normalise them.
    normalize, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        for p in paths:
            try:
                g.parse(p, format=rdflib.util.guess_format(str(p)) or "turtle")
            except Exception as err:  # noqa: BLE001 - rdflib's parsers raise many kinds
                raise ShapesError(f"{p}: not a valid shapes file: {' '.join(str(err).split())}") from err
    finally:
        rdflib.NORMALIZE_LITERALS = normalize
    return g


# ---------------------------------------------------------------------------- SPARQL engine

@dataclass(frozen=True)
class _Check:
    """A compiled constraint: its query, how a row becomes issues, and whether the
    query may be restricted to focus nodes (where :data:`_FOCUS` stands)."""

    query: str
    build: Callable[[ox.QuerySolution], list[Issue]]
    focused: bool = True
    target_class: str | None = None  # its focus nodes are of this class (by rdf:type alone), if known
    # What lets a query over the whole graph rule the check out (see _screens): the path
    # it reads; for a value check, the expression on ?v that a failing value makes true;
    # for a count check, its target pattern and its sh:minCount or sh:maxCount.
    path: URIRef | None = None
    fails: str | None = None
    target: str | None = None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class _Screen:
    """A query over the whole graph whose rows say which of ``checks`` can give results
    (``needed``): one pass over a path's triples or a target's nodes for several checks,
    none of which then runs where it would find nothing."""

    query: str
    checks: tuple[_Check, ...]
    needed: Callable[[list[ox.QuerySolution]], list[_Check]]


def _lit(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _from_ox(term) -> rdflib.term.Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value, datatype=None if dt == str(XSD.string) else URIRef(dt))


class _Compiler:
    def __init__(self, shapes: rdflib.Graph, subclasses: bool = True):
        self.g = shapes
        # SHACL reads class membership through rdf:type/rdfs:subClassOf* in the data. When
        # the data has no rdfs:subClassOf triple at all, rdf:type alone says the same and
        # Oxigraph answers it several times faster.
        self.isa = f"<{RDF.type}>/<{RDFS.subClassOf}>*" if subclasses else f"<{RDF.type}>"

    def one(self, node, pred):
        return self.g.value(node, pred)

    def check_keys(self, node) -> None:
        for pred in set(self.g.predicates(node)):
            if pred not in _SUPPORTED_SHAPE_KEYS:
                raise _Unsupported(f"{pred}")

    def severity(self, shape) -> URIRef:
        return self.one(shape, SH.severity) or SH.Violation

    def targets(self, shape) -> list[str]:
        """SPARQL patterns that bind ?this to each focus node of a node shape."""
        out = [f"?this {self.isa} <{c}> ." for c in self.g.objects(shape, SH.targetClass)]
        if (shape, RDF.type, RDFS.Class) in self.g or (shape, RDF.type, OWL.Class) in self.g:
            out.append(f"?this {self.isa} <{shape}> .")
        out += [f"VALUES ?this {{ {n.n3()} }}" for n in self.g.objects(shape, SH.targetNode)]
        out += [f"?this <{p}> ?_any ." for p in self.g.objects(shape, SH.targetSubjectsOf)]
        out += [f"?_any <{p}> ?this ." for p in self.g.objects(shape, SH.targetObjectsOf)]
        return [_FOCUS + t for t in out]

    def condition(self, node, key, value=None) -> str:
        """A SPARQL expression true when ?v satisfies constraint ``key`` of ``node`` (with
        ``value``, one of several the key has: two sh:class are two constraints)."""
        value = self.one(node, key) if value is None else value
        if key == SH.datatype:
            test = f"isLiteral(?v) && datatype(?v) = <{value}>"
            if value in _LEXICAL:
                test += f" && REGEX(STR(?v), {_lit(_LEXICAL[value])})"
            elif value not in _ANY_LEXICAL_FORM:
                raise _Unsupported(f"sh:datatype {value}, whose well-formedness the engine does not check")
            return f"COALESCE({test}, false)"
        if key == SH["class"]:
            return f"EXISTS {{ ?v {self.isa} <{value}> }}"
        if key == SH["in"]:
            members = list(Collection(self.g, value))
            return "(" + (" || ".join(f"sameTerm(?v, {m.n3()})" for m in members) or "false") + ")"
        if key == SH.pattern:
            flags = self.one(node, SH.flags)
            args = f"STR(?v), {_lit(str(value))}" + (f", {_lit(str(flags))}" if flags else "")
            return f"COALESCE(!isBlank(?v) && REGEX({args}), false)"
        if key == SH.nodeKind:
            if value not in _NODE_KINDS:
                raise _Unsupported(f"sh:nodeKind {value}")
            return _NODE_KINDS[value]
        if key == SH["or"]:
            alternatives = []
            for alt in Collection(self.g, value):
                self.check_keys(alt)
                if set(self.g.predicates(alt)) & {SH.path, SH.property, SH.minCount, SH.maxCount, SH.sparql}:
                    raise _Unsupported("sh:or of shapes with paths or counts")
                parts = [self.condition(alt, k) for k in _VALUE_KEYS if self.one(alt, k) is not None]
                alternatives.append("(" + (" && ".join(parts) or "true") + ")")
            return "(" + (" || ".join(alternatives) or "false") + ")"
        raise _Unsupported(str(key))

    def compile(self) -> list[_Check]:
        checks: list[_Check] = []
        shapes = set(self.g.subjects(RDF.type, SH.NodeShape)) | set(self.g.subjects(RDF.type, SH.PropertyShape))
        for target_key in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            shapes |= set(self.g.subjects(target_key, None))
        for shape in shapes:
            if self.one(shape, SH.deactivated) == Literal(True):
                continue
            self.check_keys(shape)
            if self.one(shape, SH.path) is not None:
                if (shape, SH.property, None) in self.g or self.targets(shape):
                    raise _Unsupported("a property shape with targets of its own")
                continue  # checked where a node shape names it with sh:property
            targets = self.targets(shape)
            if not targets:
                continue
            for target in targets:
                made = checks
                checks = []
                checks += self.value_checks(shape, shape, None, target)
                for prop in self.g.objects(shape, SH.property):
                    if self.one(prop, SH.deactivated) == Literal(True):
                        continue
                    self.check_keys(prop)
                    if set(self.g.predicates(prop)) & {SH.property, SH.sparql, SH.targetClass, SH.targetNode,
                                                       SH.targetSubjectsOf, SH.targetObjectsOf}:
                        raise _Unsupported("a property shape with shapes, SPARQL or targets of its own")
                    severity = self.one(prop, SH.severity)
                    if severity is not None and severity not in (SH.Violation, SH.Warning, SH.Info):
                        raise _Unsupported(f"sh:severity {severity}")
                    path = self.one(prop, SH.path)
                    if not isinstance(path, URIRef):
                        raise _Unsupported("property paths other than a single IRI")
                    checks += self.count_checks(prop, path, target)
                    checks += self.value_checks(prop, prop, path, target)
                for sparql in self.g.objects(shape, SH.sparql):
                    checks.append(self.sparql_check(shape, sparql, target))
                cls = self.target_class(target)
                checks = made + [c if cls is None else replace(c, target_class=cls) for c in checks]
        return checks

    def target_class(self, target: str) -> str | None:
        """The class whose members a target pattern binds, where rdf:type alone tells them."""
        match = re.fullmatch(re.escape(_FOCUS) + r"\?this <" + re.escape(str(RDF.type)) + r"> <([^>]+)> \.", target)
        return f"<{match.group(1)}>" if match else None

    def _issue(self, shape, key, focus, path, value, message=None, param=None) -> Issue:
        # Without a message of the shape's, the words name the constraint and its value, so
        # that two sh:class constraints broken by one node are two results.
        said = f" ({param.n3(self.g.namespace_manager)})" if isinstance(param, URIRef) else ""
        text = message or self.one(shape, SH.message) or f"{key.rsplit('#', 1)[-1]}{said} constraint not met"
        return Issue(focus, path, value, shape, _COMPONENT[key], self.severity(shape), str(text))

    def count_checks(self, prop, path: URIRef, target: str) -> list[_Check]:
        checks: list[_Check] = []
        low, high = self.one(prop, SH.minCount), self.one(prop, SH.maxCount)
        if low is not None and int(low) > 0:
            if int(low) == 1:
                q = f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this <{path}> ?v }} }}"
            else:
                q = (f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this <{path}> ?v }} }} "
                     f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(low)})")
            checks.append(_Check(q, lambda row: [self._issue(prop, SH.minCount, _from_ox(row["this"]), path, None)],
                                 path=path, target=target, low=int(low)))
        if high is not None:
            q = (f"SELECT ?this WHERE {{ {target} ?this <{path}> ?v }} "
                 f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(high)})")
            checks.append(_Check(q, lambda row: [self._issue(prop, SH.maxCount, _from_ox(row["this"]), path, None)],
                                 path=path, target=target, high=int(high)))
        return checks

    def value_checks(self, node, shape, path: URIRef | None, target: str) -> list[_Check]:
        pairs = [(k, v) for k in _VALUE_KEYS for v in self.g.objects(node, k)]
        if not pairs:
            return []
        for single in (SH.pattern, SH.flags, SH.minCount, SH.maxCount):
            if len(list(self.g.objects(node, single))) > 1:
                raise _Unsupported(f"{single} given twice on one shape")
        conditions = [self.condition(node, k, v) for k, v in pairs]
        binds = " ".join(f"BIND({c} AS ?ok{i})" for i, c in enumerate(conditions))
        failed = " || ".join(f"!?ok{i}" for i in range(len(pairs)))
        source = f"?this <{path}> ?v ." if path is not None else "BIND(?this AS ?v)"
        oks = " ".join(f"?ok{i}" for i in range(len(pairs)))
        q = f"SELECT DISTINCT ?this ?v {oks} WHERE {{ {target} {source} {binds} FILTER({failed}) }}"

        def build(row, node=node, pairs=pairs):
            focus, value = _from_ox(row["this"]), _from_ox(row["v"])
            return [self._issue(node, k, focus, path, value, param=v) for i, (k, v) in enumerate(pairs)
                    if row[f"ok{i}"] is None or row[f"ok{i}"].value != "true"]
        # The filter with each ?ok written out: an error where ?ok would be unbound.
        fails = " || ".join(f"!({c})" for c in conditions)
        return [_Check(q, build, path=path, fails=fails if path is not None else None)]

    def sparql_check(self, shape, constraint, target: str) -> _Check:
        for pred in set(self.g.predicates(constraint)):
            if pred not in {RDF.type, SH.select, SH.message, SH.prefixes, SH.severity, RDFS.comment}:
                raise _Unsupported(str(pred))
        select = str(self.one(constraint, SH.select))
        prefixes = ""
        for holder in self.g.objects(constraint, SH.prefixes):
            for decl in self.g.objects(holder, SH.declare):
                prefixes += f"PREFIX {self.one(decl, SH.prefix)}: <{self.one(decl, SH.namespace)}>\n"
        body = re.sub(r"\$this\b", "?this", select)
        match = re.search(r"\bWHERE\s*\{", body, re.IGNORECASE)
        if match is None or "$" in body:
            raise _Unsupported("SPARQL constraint without a WHERE block, or with other pre-bound variables")
        q = prefixes + body[: match.end()] + f" {target} " + body[match.end():]
        message = self.one(constraint, SH.message) or self.one(shape, SH.message)
        severity = self.one(constraint, SH.severity) or self.severity(shape)

        def build(row):
            focus = _from_ox(row["this"])
            value = _from_ox(row["value"]) if _has(row, "value") else None
            path = _from_ox(row["path"]) if _has(row, "path") else None
            text = str(message or "SPARQL constraint not met")
            return [Issue(focus, path, value if value is not None else focus, shape,
                          SH.SPARQLConstraintComponent, severity, text)]
        return _Check(q, build, _reads_own_triples(prefixes + body))


def _screens(checks: list[_Check]) -> tuple[list[_Screen], list[_Check]]:
    """Queries over the whole graph that rule out checks which would find nothing, and
    the checks left unscreened. A graph that conforms gives no results, and each check
    joins the nodes of its target with the values of its path; a screen reads a path's
    values, or a target's nodes, once for all the checks on them:

    - the value checks of one path: a check none of whose path's distinct values make
      its filter expression true finds nothing;
    - the sh:minCount 1 and sh:maxCount (of at least 1) checks of one target: per path,
      where no node of the target lacks a value, no sh:minCount 1 check finds one, and
      where none has two triples of it, none has two values.
    """
    values: dict[URIRef, list[_Check]] = {}
    counts: dict[str, list[_Check]] = {}
    rest: list[_Check] = []
    for c in checks:
        if c.fails is not None and c.path is not None:
            values.setdefault(c.path, []).append(c)
        elif c.target is not None and c.path is not None and (c.low == 1 or (c.high or 0) >= 1):
            counts.setdefault(c.target, []).append(c)
        else:
            rest.append(c)
    screens = []
    for path, group in values.items():
        sums = " ".join(f"(SUM(IF(COALESCE({c.fails}, false), 1, 0)) AS ?n{i})" for i, c in enumerate(group))
        q = f"SELECT {sums} WHERE {{ SELECT DISTINCT ?v WHERE {{ ?s <{path}> ?v }} }}"

        def failed(rows, group=group):
            return [c for i, c in enumerate(group) if _number(rows[0], f"n{i}") != 0]
        screens.append(_Screen(q, tuple(group), failed))
    for target, group in counts.items():
        paths = sorted({str(c.path) for c in group})
        # The literal among the paths is no predicate of any triple: its group has one
        # row for each node of the target, so it counts them without a set of the nodes
        # for each path, as COUNT(DISTINCT ?this) would keep (56 MB of 91,588 reports).
        q = (f"SELECT ?p (COUNT(*) AS ?rows) (COUNT(?v) AS ?values) WHERE {{ "
             f"{{ SELECT DISTINCT ?this WHERE {{ {target} }} }} "
             f"VALUES ?p {{ {' '.join(f'<{p}>' for p in paths)} {_NODES} }} "
             f"OPTIONAL {{ ?this ?p ?v }} }} GROUP BY ?p")

        def counted(rows, group=group):
            # A node without the path leaves ?v unbound in its one row; a node with two
            # triples of it has two rows.
            seen = {str(row["p"]): row for row in rows}
            nodes = seen.get(_NODES)
            return [c for c in group if f"<{c.path}>" in seen and nodes is not None and (
                _number(seen[f"<{c.path}>"], "rows")
                != (_number(seen[f"<{c.path}>"], "values") if c.low == 1 else _number(nodes, "rows")))]
        screens.append(_Screen(q, tuple(group), counted))
    return screens, rest


# What the screen of a target's counts puts beside the paths to count the target's nodes.
_NODES = '"nodes"'


def _number(row: ox.QuerySolution, name: str) -> int | None:
    term = row[name]
    return int(term.value) if term is not None else None


def _has(row: ox.QuerySolution, name: str) -> bool:
    try:
        return row[name] is not None
    except (KeyError, IndexError):
        return False


def _reads_own_triples(query: str) -> bool:
    """Whether a SPARQL constraint reads nothing of the graph but its focus node's own
    triples: every triple pattern of it has ``?this`` as subject and an IRI as predicate."""
    # rdflib's parser keeps the exceptions of its attempts, and with them the frames of
    # their callers: parsed in a thread of its own, no frame holding a graph is kept.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_parsed_reads_own_triples, query).result()


@lru_cache(maxsize=256)
def _parsed_reads_own_triples(query: str) -> bool:
    from rdflib.paths import Path as PropertyPath
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    try:
        algebra = prepareQuery(query).algebra
    except Exception:  # noqa: BLE001 - a query rdflib does not read is taken to read anything
        return False
    this = Variable("this")
    todo: list = [algebra]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            if node.name in ("ServiceGraphPattern", "Graph"):
                return False
            if node.name == "BGP" and any(s != this or isinstance(p, PropertyPath) for s, p, _ in node.triples):
                return False
            todo += list(node.values())
        elif isinstance(node, (list, tuple)):
            todo += list(node)
    return True


def _validate_sparql(store: ox.Store, shapes: rdflib.Graph, progress: Progress,
                     focus: Change | None = None) -> list[Issue]:
    subclasses = bool(store.query(f"ASK {{ ?a <{RDFS.subClassOf}> ?b }}", use_default_graph_as_union=True))
    checks = _Compiler(shapes, subclasses).compile()
    screens: list[_Screen] = []
    if focus is None:
        screens, checks = _screens(checks)
    runs: list[tuple[str, _Check]] = [(c.query, c) for c in checks if focus is None or not c.focused]
    if focus is not None:
        nodes = _focus_nodes(store, focus)
        types = _types(store, nodes)
        for check in (c for c in checks if c.focused):
            # A check of a class's members reads those of its focus nodes alone.
            mine = nodes if check.target_class is None else [n for n in nodes if check.target_class in types.get(n, ())]
            runs += [(check.query.replace(_FOCUS, "VALUES ?this { " + " ".join(batch) + " }\n"), check)
                     for batch in _batches(mine)]

    def run(item: tuple[str, _Check]) -> list[Issue]:
        query, check = item
        out: list[Issue] = []
        for row in select(store, query, use_default_graph_as_union=True):
            out += check.build(row)
        return out

    def screen(item: _Screen) -> list[_Check]:
        return item.needed(list(select(store, item.query, use_default_graph_as_union=True)))

    # Oxigraph answers queries without holding the GIL, so two threads use both cores.
    # The checks a screen does not rule out run as it answers; one ruled out counts done.
    found: list[Issue] = []
    total = len(runs) + sum(1 + len(s.checks) for s in screens)
    done = 0
    progress("validating", 0, total)
    with ThreadPoolExecutor(max_workers=2) as pool:
        screening: dict[Future, _Screen] = {pool.submit(screen, s): s for s in screens}
        todo: set[Future] = set(screening) | {pool.submit(run, r) for r in runs}
        while todo:
            finished, todo = wait(todo, return_when=FIRST_COMPLETED)
            for future in finished:
                if future in screening:
                    needed = future.result()
                    todo |= {pool.submit(run, (c.query, c)) for c in needed}
                    step = 1 + len(screening[future].checks) - len(needed)
                else:
                    found += future.result()
                    step = 1
                for _ in range(step):  # one unit at a time, as every stage tells its progress
                    done += 1
                    progress("validating", done, total)
    # The message orders the results one node gives for one value, as pySHACL's are.
    return sorted(set(found), key=lambda i: (*_issue_order(i), i.message))


def _focus_nodes(store: ox.Store, change: Change) -> list[str]:
    """The nodes whose results ``change`` can have changed: its nodes, and those with a
    triple to a node whose types changed (a ``sh:class`` of their values reads them)."""
    nodes = set(change.nodes)
    for batch in _batches(sorted(change.retyped)):
        query = "SELECT DISTINCT ?x WHERE { VALUES ?n { " + " ".join(batch) + " } ?x ?p ?n }"
        nodes |= {str(row["x"]) for row in select(store, query, use_default_graph_as_union=True)}
    return sorted(nodes)


def _types(store: ox.Store, nodes: list[str]) -> dict[str, set[str]]:
    """The rdf:type objects of each node, in N-Triples."""
    types: dict[str, set[str]] = {}
    for batch in _batches([n for n in nodes if n.startswith("<")]):
        query = f"SELECT ?n ?t WHERE {{ VALUES ?n {{ {' '.join(batch)} }} ?n <{RDF.type}> ?t }}"
        for row in select(store, query, use_default_graph_as_union=True):
            types.setdefault(str(row["n"]), set()).add(str(row["t"]))
    return types


def _batches(items: list) -> list[list]:
    return [items[i:i + _FOCUS_BATCH] for i in range(0, len(items), _FOCUS_BATCH)]


def _issue_order(issue: Issue) -> tuple[str, str, str, str]:
    return (str(issue.focus), str(issue.path or ""), str(issue.component), str(issue.value or ""))


# ---------------------------------------------------------------------------- pySHACL engine


def _to_rdflib(store: ox.Store) -> rdflib.Graph:
    # pySHACL wants a plain rdflib Graph: on an Oxigraph-backed one it is 64× slower and
    # sees "x" and "x"^^xsd:string as different terms (shared/STACK-MEASUREMENTS.md).
    data = ox.serialize(list(triples(store)), format=ox.RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    g.parse(data=data, format="nt")
    return g


def _validate_pyshacl(data: rdflib.Graph, shapes: rdflib.Graph) -> list[Issue]:
    import pyshacl
    from pyshacl.errors import ReportableRuntimeError, ShapeLoadError, ConstraintLoadError

    inactive = [t for t in shapes.triples((None, SH.uniqueLang, None))
                if not (isinstance(t[2], Literal) and str(t[2]) == "true" and t[2].datatype == XSD.boolean)]
    if inactive:
        # Only sh:uniqueLang true turns the constraint on (SHACL 4.5.3); pySHACL also
        # takes "1"^^xsd:boolean, so the others are left out of the copy it reads.
        shapes = shapes + rdflib.Graph()
        for t in inactive:
            shapes.remove(t)
    try:
        _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    except (ReportableRuntimeError, ShapeLoadError, ConstraintLoadError) as err:
        message = " ".join(str(getattr(err, "message", err)).split())
        raise ShapesError(f"the shapes cannot be used: {message}; fix the shapes file") from err
    issues = []
    # The report's own results: not the sh:detail results nested under them.
    top = {r for v in report.subjects(RDF.type, SH.ValidationReport) for r in report.objects(v, SH.result)}
    for r in sorted(top, key=str):
        issues.append(Issue(
            focus=report.value(r, SH.focusNode),
            path=report.value(r, SH.resultPath),
            value=report.value(r, SH.value),
            shape=report.value(r, SH.sourceShape),
            component=report.value(r, SH.sourceConstraintComponent),
            severity=report.value(r, SH.resultSeverity),
            message=str(report.value(r, SH.resultMessage) or ""),
        ))
    # Every result counts, even two alike but for a blank node (two shapes sharing a property shape).
    return sorted(issues, key=lambda i: (*_issue_order(i), i.message))


# ---------------------------------------------------------------------------- entry point


def validate(graph: rdflib.Graph | ox.Store, shapes=None, engine: str = "auto",
             progress: Progress | None = None, focus: Change | None = None) -> ValidationResult:
    """Validate a graph against SHACL shapes (the project's own by default).

    Parameters
    ----------
    graph : the graph, from :func:`kg.build_graph` or :func:`kg.read_graph`, or any rdflib graph.
    shapes : None for the project's shapes, a file or folder of shapes, or an rdflib Graph.
    engine : ``"sparql"`` compiles the shapes to SPARQL run by Oxigraph; ``"pyshacl"`` runs
        pySHACL; ``"auto"`` (default) uses the first unless the shapes need SHACL features
        it does not compile.
    progress : told ``("validating", checks run, checks)``, a check a compiled constraint
        (pySHACL's run is one check) (:mod:`kg.progress`).
    focus : what changed since the graph last conformed (:class:`Change`): only the nodes
        whose results it can have changed are validated, with the results of validating
        the whole graph, as long as it conformed before the change. Blank nodes among
        them, or shapes that need pySHACL, validate the whole graph.

    Returns
    -------
    ValidationResult : ``conforms`` is False when any shape is violated; never raises for that.

    Raises
    ------
    ShapesError : the shapes cannot be read, or need pySHACL when ``engine="sparql"``.

    Examples
    --------
    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> r = validate(build_graph([parse_facts({"article": {"id": "a"}, "states": [{"iso3": "CHL"}]})]))
    >>> r.conforms, r.engine
    (True, 'sparql')
    """
    if engine not in ENGINES:
        raise ShapesError(f"unknown validation engine {engine!r}; use one of {', '.join(ENGINES)}")
    shapes_graph = load_shapes(shapes)
    if engine in ("auto", "sparql"):
        try:
            if focus is not None and any(n.startswith("_:") for n in (*focus.nodes, *focus.retyped)):
                focus = None  # a blank node cannot be bound by VALUES
            issues = _validate_sparql(oxstore(graph), shapes_graph, progress or silent, focus)
            return ValidationResult(not issues, issues, "sparql", shapes_graph)
        except _Unsupported as err:
            if engine == "sparql":
                raise ShapesError(f"the shapes use {err}, which the SPARQL engine does not compile; "
                                  "use --engine pyshacl") from err
        except (ValueError, SyntaxError) as err:
            raise ShapesError(f"a SPARQL constraint of the shapes does not run: {' '.join(str(err).split())}") from err
    # A plain rdflib Graph goes to pySHACL as it is; anything else is copied into one.
    plain = graph if type(graph) is rdflib.Graph else _to_rdflib(oxstore(graph))
    tell = progress or silent
    tell("validating", 0, 1)
    issues = _validate_pyshacl(plain, shapes_graph)
    tell("validating", 1, 1)
    return ValidationResult(not issues, issues, "pyshacl", shapes_graph)

