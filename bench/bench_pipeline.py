"""Facts → validated Turtle: this project's pipeline beside the naive one, in one run.

The naive pipeline adds the same triples to rdflib's default memory store, validates
with one pySHACL call and writes with rdflib's Turtle writer. Ours builds into
Oxigraph, validates with the shapes compiled to SPARQL, and writes with Oxigraph. The
naive side is not charged for mapping facts to triples, nor for adding the concept schemes
and the reference data (all made before its clock starts); ours is. Both graphs are compared triple for triple (they have no blank
nodes, so that is isomorphism) and both verdicts must agree.

    python bench/bench_pipeline.py --articles 10000
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_facts  # noqa: E402

from kg import build_graph, validate, write_graph  # noqa: E402
from kg.graph import scheme_quads  # noqa: E402
from kg.mapping import event_key, iter_quads  # noqa: E402
from kg.namespaces import bind_prefixes  # noqa: E402
from kg.reference import enrich  # noqa: E402
from kg.document_resolution import resolve_documents  # noqa: E402
from kg.resolution import resolve_events  # noqa: E402
from kg.validate import _validate_pyshacl, load_shapes  # noqa: E402


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if dt.endswith("#string") else rdflib.URIRef(dt))


def ours(facts, out: Path):
    start = time.perf_counter()
    graph = build_graph(facts)
    built = time.perf_counter()
    result = validate(graph, engine="sparql")
    validated = time.perf_counter()
    n = write_graph(graph, out)
    done = time.perf_counter()
    return n, result, {"build": built - start, "validate": validated - built, "write": done - validated,
                       "total": done - start}


def naive(facts, out: Path):
    # The same triples as ours (facts, concept schemes and reference data), made before
    # the clock starts.
    store = ox.Store()
    clusters = resolve_events(facts, event_key)
    store.extend([*scheme_quads(), *iter_quads(facts, clusters, resolve_documents(facts, clusters))])
    enrich(store)
    triples = [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)) for q in store]
    shapes = load_shapes()
    start = time.perf_counter()
    g = bind_prefixes(rdflib.Graph())
    for t in triples:
        g.add(t)
    built = time.perf_counter()
    issues = _validate_pyshacl(g, shapes)
    validated = time.perf_counter()
    g.serialize(out, format="turtle")
    done = time.perf_counter()
    return len(g), issues, {"build": built - start, "validate": validated - built, "write": done - validated,
                            "total": done - start}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="articles to generate (default 10,000)")
    ap.add_argument("--invalid", type=int, default=3, help="articles given an event that ends before it starts")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    facts = generate_facts(args.articles, args.seed, args.invalid)
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, naive_path = Path(tmp) / "ours.ttl", Path(tmp) / "naive.ttl"
        n_ours, result, t_ours = ours(facts, ours_path)
        n_naive, naive_issues, t_naive = naive(facts, naive_path)
        same_graph = (set(ox.parse(path=str(ours_path), format=ox.RdfFormat.TURTLE))
                      == set(ox.parse(path=str(naive_path), format=ox.RdfFormat.TURTLE)))
    same_verdict = (sorted(i.key() for i in result.issues) == sorted(i.key() for i in naive_issues))

    print(f"{args.articles} articles, {n_ours} triples (naive: {n_naive}); "
          f"{len(result.issues)} issues (naive: {len(naive_issues)})")
    print(f"{'step':10} {'ours s':>9} {'naive s':>9} {'speed-up':>9}")
    for step in ("build", "validate", "write", "total"):
        print(f"{step:10} {t_ours[step]:9.2f} {t_naive[step]:9.2f} {t_naive[step] / t_ours[step]:8.1f}x")
    print(f"throughput: ours {n_ours / t_ours['total']:,.0f} triples/s, naive {n_naive / t_naive['total']:,.0f} triples/s "
          f"-> {t_naive['total'] / t_ours['total']:.1f}x")
    print(f"isomorphic graphs: {same_graph}; same verdict and results: {same_verdict}")
    if not (same_graph and same_verdict):
        sys.exit(1)


if __name__ == "__main__":
    main()
