"""The ``kg`` command: a thin click layer over the library, command for function.

Exit codes (pySHACL's scheme): 0 success or the graph conforms; 1 the graph does not
conform; 2 bad input or usage; 3 an internal error (a bug: one line, and the traceback
with ``--debug``). Data goes to stdout or ``-o``; messages to stderr.
"""
from __future__ import annotations

import os
import sys
import threading
import time
import traceback
import warnings
from pathlib import Path
from typing import Any, Iterator

import click

from kg import facts as facts_module
from kg.analysis import (
    EXPORT_FORMATS, VIEWS, analyze, plot_report, report_markdown, to_networkx, write_network, write_report_html,
)
from kg.atomic import is_stdout
from kg.errors import ExtractionFaultWarning, KGError, LanguageWarning
from kg.graph import FORMATS as GRAPH_FORMATS, build_graph, format_for, write_graph
from kg.query import FORMATS as QUERY_FORMATS, format_result, list_queries, query as run_query
from kg.readback import graph_to_facts
from kg.validate import ENGINES, validate

__all__ = ["cli", "main"]


class InputError(click.ClickException):
    """A KGError as the CLI shows it: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"kg: error: {self.format_message()}", err=True)


# ---------------------------------------------------------------- outputs: files or - (stdout)
# Every command that writes one file takes "-o -" for standard output; the writers
# (kg/atomic.py) gather the output and copy it there only when it is complete.

def _where(output: Path) -> str:
    """An output as the closing line on stderr names it."""
    return "standard output" if is_stdout(output) else str(output)


def _graph_format(output: Path, given: str | None) -> str | None:
    """The RDF format to write a graph in, checked before any work: the one given,
    else the output's suffix (None: write_graph reads it), Turtle on standard output."""
    if given is not None:
        return given
    if is_stdout(output):
        return "ttl"
    _run(format_for, output)  # a bad suffix fails now
    return None


def _rdf_format_option(command):
    return click.option("--format", "rdf_format", type=click.Choice(sorted(s.lstrip(".") for s in GRAPH_FORMATS)),
                        help="RDF format to write, by its suffix; default: the output's suffix, "
                             "Turtle on standard output (-o -).")(command)


def _extracting_on_the_way(command):
    """The options of a command that extracts the inputs that are articles (`build`, `add`)."""
    command = click.option("--extractor", default="rules", show_default=True,
                           help="Extractor to use for inputs that are articles, by name: 'rules' or one a "
                                "package registers (kg.extractors entry points).")(command)
    return click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
                        help="Processes to extract with, for inputs that are articles.")(command)


def _refuse_overwriting(output: Path | None, inputs) -> None:
    """Refuse an output file that is one of the inputs: writing it would destroy what
    is being read."""
    if output is None or is_stdout(output) or not output.exists():
        return
    for given in inputs:
        path = Path(given)
        if path.exists() and path.is_file() and os.path.samefile(path, output):
            raise InputError(f"{output}: the output is one of the inputs; write to another file")


def _run(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except KGError as err:
        raise InputError(str(err)) from err


def _read_graphs(paths):
    """The graph inputs of a command: RDF files, store folders (`kg add`), or both, with
    a bar for a long read on a terminal."""
    from kg.store import read_graphs
    return _with_bars(read_graphs, paths)


def _say(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coop-kg")
@click.option("--debug", is_flag=True, expose_value=False,
              help="On an internal error, print the traceback (also KG_DEBUG=1).")
def cli() -> None:
    """Build validated knowledge graphs of international cooperation from news
    articles and news facts.

    \b
    Example:
      kg build examples/articles -o graph.ttl
      kg query graph.ttl state-pairs
      kg analyze graph.ttl

    Exit codes: 0 success (the graph conforms), 1 the graph does not conform
    to the shapes, 2 bad input or usage, 3 internal error.
    """
    warnings.showwarning = _show_warning


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """The library's warnings as one line each on stderr ("kg: warning: article 'x': ..."),
    others as Python shows them."""
    if issubclass(category, (LanguageWarning, ExtractionFaultWarning)):
        click.echo(f"kg: warning: {message}", err=True)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _report_validation(result) -> int:
    """Print the report of a graph that does not conform; return the exit status."""
    if result.conforms:
        return 0
    click.echo(result.text, err=True, nl=False)
    return 1


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help=f"Graph file to write, or - for standard output; the suffix picks the format: "
                   f"{', '.join(GRAPH_FORMATS)}.")
@_rdf_format_option
@click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
              help="SHACL engine used to validate the graph.")
@click.option("--no-validate", is_flag=True, help="Write the graph without validating it.")
@_extracting_on_the_way
def build(inputs, output, rdf_format, engine, no_validate, jobs, extractor):
    """Map news facts (.json, .jsonl, folders of them, or - for JSON Lines on standard
    input) to a validated RDF graph.

    Articles without facts (.txt files, or JSON with only an "article") are run
    through the extractor on the way; facts and articles can be mixed.

    The graph is checked against the project's SHACL shapes and written even when it
    does not conform, so that it can be inspected; the exit status says which.
    Turtle, N-Triples and RDF/XML hold the union of all articles; N-Quads, TriG and
    JSON-LD keep one named graph per article.

    \b
    Example:
      kg build ../shared/corpus/dev -o dev.ttl
      kg build facts.jsonl more/ -o graph.trig
      kg build facts.jsonl -o - --format nt | grep wikidata
    """
    start = time.perf_counter()
    rdf_format = _graph_format(output, rdf_format)
    _refuse_overwriting(output, inputs)
    facts, extracted = _collect(inputs, jobs, extractor)
    read = (f"{len(facts)} articles ({extracted} extracted), {sum(len(f.events) for f in facts)} events, "
            f"{sum(len(f.documents) for f in facts)} documents")
    # Handed over, not kept: the mapping lets each article's facts go once mapped, and the
    # store, the validation and the writing need that memory.
    graph = _with_bars(build_graph, _handed_over(facts))
    status, n = _validate_and_write(graph, output, rdf_format, engine, no_validate)
    verdict = "not validated" if no_validate else ("conforms" if status == 0 else "DOES NOT CONFORM")
    _say(f"{read} -> {n} triples in {_where(output)} ({verdict}, {time.perf_counter() - start:.2f} s)")
    _end(status, graph)


# Whether main() runs as the console script (``kg``, ``python -m kg``): the process is
# the command's, and ends with it.
_OWNS_PROCESS = False


def _end(status: int, *held: object) -> None:
    """``sys.exit(status)``; where the process is the command's, it ends at once, what is
    ``held`` (a built graph) still in memory: Oxigraph takes 0.5 s to free a store of 1.8
    million triples, which the system takes back at once."""
    if _OWNS_PROCESS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)


class _Abandoned(Exception):
    """The validation beside which a graph was written failed: the file is not wanted."""


def _validate_and_write(graph, output: Path, rdf_format: str | None, engine: str,
                        no_validate: bool) -> tuple[int, int]:
    """Validate the graph (unless ``no_validate``) and write it: (exit status, triples
    written). The two run side by side, the writing in a thread of its own: Oxigraph
    answers the validation's queries without holding the GIL, and writing is mostly
    Python, so on two cores both take little more than the longer (1 s less of 16 on
    10,000 articles). The file takes its place once the report of a graph that does
    not conform is printed, and not at all where the validation fails."""
    if no_validate:
        return 0, _with_bars(write_graph, graph, output, rdf_format)
    told: list[tuple[str, int, int]] = []  # the writing's progress, drawn once the validation's is done
    verdict = threading.Event()
    abandoned: list[bool] = []
    outcome: dict[str, Any] = {}

    def ready() -> None:
        verdict.wait()
        if abandoned:
            raise _Abandoned()

    def tell(stage: str, done: int, total: int) -> None:
        told[:] = [(stage, done, total)]
        if abandoned:
            raise _Abandoned()

    def write() -> None:
        try:
            outcome["n"] = write_graph(graph, output, rdf_format, progress=tell, ready=ready)
        except BaseException as err:  # noqa: BLE001 - raised in the main thread, after the report
            outcome["error"] = err

    writer = threading.Thread(target=write, name="kg-write")
    writer.start()
    try:
        status = _report_validation(_with_bars(validate, graph, engine=engine))
    except BaseException:
        abandoned.append(True)
        raise
    finally:
        verdict.set()
        bars = _StageBars() if sys.stderr.isatty() and not abandoned else None
        while writer.is_alive():
            writer.join(0.1)
            if bars is not None and told:
                bars(*told[0])
        if bars is not None:
            bars.close()
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, KGError):
            raise InputError(str(error)) from error
        raise error
    return status, outcome["n"]


def _handed_over(items: list) -> Iterator:
    """The items of a list, in order, each dropped from the list as it is taken, so that
    the taker holds the only reference to it.

    >>> given = [1, 2, 3]
    >>> list(_handed_over(given)), given
    ([1, 2, 3], [])
    """
    items.reverse()
    while items:
        yield items.pop()


def _collect(inputs, jobs: int, extractor: str = "rules", always_extract: bool = False):
    """:func:`kg.collect.collect_facts`, with a progress bar on a terminal."""
    from kg.collect import collect_facts
    return _with_bars(collect_facts, inputs, extractor=extractor, jobs=jobs, always_extract=always_extract)


# ---------------------------------------------------------------- progress bars
# The library tells its progress to a callback (kg/progress.py); the CLI draws it.

def _with_bars(fn, *args, **kwargs):
    """``_run(fn, ...)`` with a progress bar on stderr for each of its stages that runs
    long, when stderr is a terminal; off a terminal nothing is printed."""
    bars = _StageBars() if sys.stderr.isatty() else None
    try:
        return _run(fn, *args, progress=bars, **kwargs)
    finally:
        if bars is not None:
            bars.close()


class _StageBars:
    """A click progress bar (with its ETA) for each stage the library tells of, drawn
    only once the stage has run for a second (``KG_PROGRESS_DELAY`` seconds, when set): a
    small input finishes every stage before that and prints nothing."""

    DELAY = float(os.environ.get("KG_PROGRESS_DELAY") or 1.0)

    def __init__(self) -> None:
        self._stage: str | None = None
        self._started = 0.0
        self._bar: Any = None  # a click progress bar, while one is drawn

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self.close()
            self._stage, self._started = stage, time.time()
        if self._bar is None:
            if done >= total or time.time() - self._started < self.DELAY:
                return
            self._bar = click.progressbar(length=total, label=f"{stage:<10}", file=sys.stderr, show_eta=True)
            self._bar.__enter__()
            self._bar.start = self._started  # the ETA counts from the stage's start, not the bar's
        self._bar.update(done - self._bar.pos)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@cli.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="JSONL file to write (default, or -: standard output); with --dask, the folder of the parts.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True, help="Processes to extract with.")
@click.option("--extractor", default="rules", show_default=True,
              help="Extractor to use, by name: 'rules' or one a package registers (kg.extractors entry points).")
@click.option("--explain", is_flag=True,
              help="Instead of facts, list every candidate event and document, kept or dropped, with the reason.")
@click.option("--dask", "dask_address", metavar="ADDRESS|local",
              help="Extract on a dask cluster: its scheduler's address (tcp://HOST:8786), or 'local' for one "
                   "started for the run with a worker process a core. -o then names a folder, written whole, "
                   "with one facts file a partition (part-00000.jsonl...) for `kg add`. Needs "
                   "pip install \"coop-kg[dask]\".")
@click.option("--partitions", type=click.IntRange(1), metavar="N",
              help="With --dask: split the inputs into at most N partitions (by file, and large JSONL files by "
                   "lines); default: 4 for every worker thread.")
def extract_command(inputs, output, jobs, extractor, explain, dask_address, partitions):
    """Extract news facts from article text: .txt files (id = file stem), article JSON
    ({"article": {"id", "text", ...}}), JSONL of those, folders, or - (JSON Lines on
    standard input).

    One facts object per article, in input order, each fact with the sentence it came
    from ("evidence": text and character offsets). Facts files are extracted afresh
    from their article's text.

    \b
    Example:
      kg extract examples/articles -o facts.jsonl
      kg extract articles.jsonl -o facts.jsonl --jobs 2
      kg extract article.txt --explain
      kg extract articles/ --dask local -o parts/
      kg extract articles/ --dask tcp://10.0.0.5:8786 --partitions 64 -o /shared/parts/
    """
    import json
    start = time.perf_counter()
    if dask_address is not None or partitions is not None:
        _extract_with_dask(inputs, output, dask_address, partitions, jobs, extractor, explain)
        return
    _refuse_overwriting(output, inputs)
    if explain:
        _explain(inputs, extractor, output)
        return
    facts, _ = _collect(inputs, jobs, extractor, always_extract=True)
    if output is None:
        for f in facts:
            click.echo(json.dumps(f.to_json(), ensure_ascii=False))
    else:
        _run(facts_module.write_facts, facts, output)
    states = {s.iso3 for f in facts for s in f.states}
    _say(f"{len(facts)} articles, {sum(len(f.events) for f in facts)} events, "
         f"{sum(len(f.documents) for f in facts)} documents, {len(states)} states "
         f"in {time.perf_counter() - start:.2f} s" + (f" -> {_where(output)}" if output else ""))


def _extract_with_dask(inputs, output: Path | None, address: str | None, partitions: int | None, jobs: int,
                       extractor: str, explain: bool) -> None:
    """`kg extract --dask`: the partitions extracted on a cluster, each into its own file
    of the output folder."""
    from kg.dask_extract import extract_with_dask
    start = time.perf_counter()
    if address is None:
        raise InputError("--partitions splits the inputs among the workers of a dask cluster; give --dask ADDRESS "
                         "or --dask local too")
    if explain:
        raise InputError("--explain lists candidates on this machine; leave out --dask")
    if jobs != 1:
        raise InputError("--jobs sets the processes of this machine; with --dask the cluster's workers extract, "
                         "so leave out --jobs")
    if output is None or is_stdout(output):
        raise InputError("--dask writes one facts file a partition into a folder; name it with -o FOLDER")
    result = _with_bars(extract_with_dask, inputs, output, address, extractor=extractor, partitions=partitions)
    _say(f"{len(result.parts)} partitions on {result.workers} workers: {result.articles} articles, "
         f"{result.events} events, {result.documents} documents, {result.states} states "
         f"in {time.perf_counter() - start:.2f} s -> {output}/")


def _explain(inputs, extractor: str, output) -> None:
    """Print, article by article, each candidate fact with its verdict and sentence."""
    from kg.extraction import explain_article, read_articles
    from kg.extraction.explain import explanation_text
    articles = _run(read_articles, inputs)
    text = explanation_text((a, *_run(explain_article, a, extractor)) for a in articles)
    if output is None:
        click.echo(text, nl=False)
    else:
        from kg.atomic import atomic_write
        with atomic_write(output) as out:
            out.write(text.encode("utf-8"))


@cli.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("pred", required=False, type=click.Path(path_type=Path))
@click.option("--verbose", is_flag=True, help="List every missed and extra fact.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
              help="Processes to extract with, when PRED is not given.")
@click.option("--extractor", default="rules", show_default=True,
              help="Extractor to use, by name: 'rules' or one a package registers (kg.extractors entry points).")
def eval_command(gold, pred, verbose, as_json, jobs, extractor):
    """Score predicted facts against gold facts by the rules of the facts spec: per-slot
    precision, recall and F1, and the headline (their mean). Without PRED, extracts
    from the gold articles' text and scores that.

    \b
    Example:
      kg eval ../shared/corpus/dev
      kg eval gold/ predicted.jsonl --verbose
    """
    import json
    from kg.evaluate import score
    from kg.extraction import extract
    gold_facts = _run(facts_module.read_facts, [gold])
    if pred is None:
        predicted = _run(extract, [f.article for f in gold_facts], extractor=extractor, jobs=jobs)
    else:
        predicted = _run(facts_module.read_facts, [pred])
    result = score(gold_facts, predicted)
    if verbose:
        for aid, slot, kind, what in result.misses:
            click.echo(f"{kind:6} {slot:9} {aid}: {what}")
        click.echo()
    click.echo(json.dumps(result.as_dict(), indent=2) if as_json else result.table(), nl=as_json)


@cli.command("validate")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--shapes", "shapes", multiple=True, type=click.Path(path_type=Path),
              help="SHACL shapes file or folder (repeatable); default: the project's shapes.")
@click.option("--format", "fmt", type=click.Choice(["text", "ttl"]), default="text", show_default=True,
              help="A readable report, or the SHACL validation report graph in Turtle.")
@click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
              help="sparql: shapes compiled to SPARQL on Oxigraph; pyshacl: pySHACL; auto: sparql when it can.")
def validate_command(graphs, shapes, fmt, engine):
    """Validate RDF files against the project's SHACL shapes (or --shapes).

    \b
    Example:
      kg validate dev.ttl
      kg validate dev.ttl --format ttl > report.ttl
      kg validate data.ttl --shapes my-shapes.ttl --engine pyshacl
    """
    graph = _read_graphs(graphs)
    result = _with_bars(validate, graph, shapes=list(shapes) or None, engine=engine)
    if fmt == "ttl":
        click.echo(result.report_graph.serialize(format="turtle"), nl=False)
    else:
        click.echo(result.text, nl=False)
    sys.exit(0 if result.conforms else 1)


@cli.command("facts")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="JSONL file to write (default, or -: standard output).")
def facts_command(graphs, output):
    """Read the news facts of every article back out of a graph, as JSON Lines.

    The inverse of `kg build`: facts -> graph -> facts gives every article back.

    \b
    Example:
      kg facts dev.ttl -o back.jsonl
      python ../shared/eval/score.py ../shared/corpus/dev back.jsonl
    """
    _refuse_overwriting(output, graphs)
    facts = _run(graph_to_facts, _read_graphs(graphs))
    if output is None:
        import json
        for f in facts:
            click.echo(json.dumps(f.to_json(), ensure_ascii=False))
    else:
        n = _run(facts_module.write_facts, facts, output)
        _say(f"{n} articles -> {_where(output)}")


@cli.command("query")
@click.argument("args", nargs=-1, metavar="GRAPH... QUERY")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="Output: an aligned table, CSV, TSV or SPARQL 1.1 JSON results.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable before evaluation (repeatable), e.g. state=RUS.")
@click.option("--list", "list_", is_flag=True, help="List the bundled queries and what each answers.")
@click.option("--endpoint", metavar="URL",
              help="Run the query on this SPARQL endpoint instead of graph files, e.g. http://127.0.0.1:7878/query.")
def query_command(args, fmt, params, list_, endpoint):
    """Run a SPARQL 1.1 query on graph files, a store, or a remote SPARQL endpoint.

    QUERY is the name of a bundled query (see --list), a .rq file, or inline SPARQL.
    The project's prefixes (kg:, prov:, skos:, org:, status: ...) are predeclared.
    With --endpoint, the query goes to that server (SPARQL 1.1 Protocol) and its rows
    are printed as local ones are; bundled queries expect the default graph to be the
    union of all graphs (`oxigraph serve --union-default-graph`).

    \b
    Example:
      kg query --list
      kg query dev.ttl state-pairs --format csv
      kg query dev.ttl meetings-of-state -p state=RUS -p since=2019-01-01
      kg query dev.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Event }'
      kg query --endpoint http://127.0.0.1:7878/query state-pairs
    """
    if list_:
        queries = list_queries()
        width = max(map(len, queries))
        for name, what in queries.items():
            click.echo(f"{name.ljust(width)}  {what}")
        return
    if endpoint is not None and len(args) != 1:
        raise click.UsageError("with --endpoint, give the query alone (no graph files)")
    if endpoint is None and len(args) < 2:
        raise click.UsageError("give one or more graph files and a query (or --list, or --endpoint URL and a query)")
    bindings = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--param {p!r}: write NAME=VALUE, e.g. --param state=RUS")
        bindings[name] = value
    if endpoint is not None:
        from kg.endpoint import query_endpoint
        result = _run(query_endpoint, endpoint, args[-1], bindings)
    else:
        result = _run(run_query, _read_graphs([Path(a) for a in args[:-1]]), args[-1], bindings)
    click.echo(format_result(result, fmt), nl=False)


@cli.command("export")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--view", type=click.Choice(VIEWS), default="states", show_default=True,
              help="full: every entity and relation; states: co-participation; states-bodies and documents: bipartite.")
@click.option("--to", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="graphml, gexf, json (node-link) or csv (edge list); default: the output's suffix.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="File to write, or - for standard output (with --to).")
@click.option("--since", help="Keep events dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Keep events dated on or before this date.")
def export_command(graphs, view, fmt, output, since, until):
    """Export a NetworkX view of a graph for Gephi, igraph or Cytoscape.

    Nodes and edges carry when their events happened: first_date and last_date,
    their dates, and on the edges of the states and states-bodies views one
    events_YYYY count per year. GEXF is dynamic (spells), for Gephi's timeline.

    \b
    Example:
      kg export dev.ttl --view states --to graphml -o states.graphml
      kg export dev.ttl --view states -o states.gexf
      kg export dev.ttl --view documents -o documents.gexf --since 2015
      kg export dev.ttl --view states -o states.csv     # and states.nodes.csv
    """
    if is_stdout(output) and fmt is None:
        raise click.UsageError("-o -: standard output has no suffix to tell the format; add --to graphml, gexf or json")
    _refuse_overwriting(output, graphs)
    graph = _read_graphs(graphs)
    network = _run(to_networkx, graph, view, since=since, until=until)
    _run(write_network, network, output, fmt)
    _say(f"{view} view: {network.number_of_nodes()} nodes, {network.number_of_edges()} edges -> {_where(output)}")


@cli.command("analyze")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of Markdown.")
@click.option("--plot", "plot_dir", type=click.Path(path_type=Path),
              help="Also draw the charts into this folder, each as PNG and SVG (needs matplotlib: the [plot] extra).")
@click.option("--html", "html_file", type=click.Path(path_type=Path),
              help="Also write the report, its charts and an interactive state network as one self-contained "
                   "HTML file (needs matplotlib: the [plot] extra).")
@click.option("--since", help="Keep events dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Keep events dated on or before this date.")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Rows in each ranking.")
def analyze_command(graphs, as_json, plot_dir, html_file, since, until, top):
    """Print an analysis report: counts, central states and bodies, communities,
    strongest pairs, documents by status and year, hosts and chairs, events per year.

    \b
    Example:
      kg analyze dev.ttl
      kg analyze dev.ttl --json --since 2015 > report.json
      kg analyze dev.ttl --plot charts/
      kg analyze dev.ttl --html report.html
    """
    _refuse_overwriting(html_file, graphs)
    graph = _read_graphs(graphs)
    report = _run(analyze, graph, since=since, until=until, top=top)
    # The files first, so that a folder that cannot be written fails before anything is printed.
    if html_file is not None:
        _say(f"wrote {_run(write_report_html, graph, report, html_file)}")
    if plot_dir is not None:
        for path in _run(plot_report, graph, report, plot_dir):
            _say(f"wrote {path}")
    if as_json:
        import json
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        click.echo(report_markdown(report), nl=False)


@cli.group("import")
def import_group() -> None:
    """Import machine-coded event data (GDELT, ICEWS) into a validated graph.

    Rows in the chosen CAMEO roots that report a meeting of two states or bodies become
    events, one report per row, the rows of one meeting one event; every other row is
    counted with its reason in a one-line summary on stderr (and --summary FILE.json).

    \b
    Example:
      kg import gdelt 20160728.export.CSV.zip -o gdelt.ttl --summary gdelt.json
      kg import icews events.2018.tab -o icews.trig --with examples/articles
    """


def _import_options(command):
    """The arguments and options `kg import gdelt` and `kg import icews` share."""
    options = [
        click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path)),
        click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
                     help=f"Graph file to write, or - for standard output; the suffix picks the format: "
                          f"{', '.join(GRAPH_FORMATS)}."),
        _rdf_format_option,
        click.option("--roots", default="03,04,05,06", show_default=True,
                     help="CAMEO roots whose rows to import, comma-separated."),
        click.option("--strict", is_flag=True, help="Stop at the first malformed row (exit 2) instead of counting it."),
        click.option("--summary", "summary_path", type=click.Path(path_type=Path),
                     help='Also write the counts as JSON: {"rows", "cooperation_rows", "imported", "skipped", '
                          '"events", ...}.'),
        click.option("--with", "others", multiple=True, type=click.Path(path_type=Path),
                     help="News facts or articles (files or folders, as kg build takes them) to build into the same "
                          "graph, resolved together with the imported events (repeatable)."),
        click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
                     help="SHACL engine used to validate the graph."),
        click.option("--no-validate", is_flag=True, help="Write the graph without validating it."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@import_group.command("gdelt")
@_import_options
def import_gdelt(files, output, rdf_format, roots, strict, summary_path, others, engine, no_validate):
    """Import GDELT event files: 1.0 daily (58 columns) and historical backfile (57)
    files, 2.0 exports (61), plain, .gz or .zip.

    \b
    Example:
      kg import gdelt 20160728.export.CSV.zip -o gdelt.ttl
      kg import gdelt day1.tsv day2.tsv -o gdelt.trig --roots 04 --strict
    """
    _import("gdelt", files, output, rdf_format, roots, strict, summary_path, others, engine, no_validate)


@import_group.command("icews")
@_import_options
def import_icews(files, output, rdf_format, roots, strict, summary_path, others, engine, no_validate):
    """Import ICEWS coded-event files (tab-separated with their header row), plain,
    .gz or .zip.

    \b
    Example:
      kg import icews events.2018.tab -o icews.ttl --summary icews.json
    """
    _import("icews", files, output, rdf_format, roots, strict, summary_path, others, engine, no_validate)


def _import(dataset: str, files, output: Path, rdf_format: str | None, roots: str, strict: bool,
            summary_path: Path | None, others, engine: str, no_validate: bool) -> None:
    import json
    from kg.atomic import atomic_write
    from kg.importers import import_events, parse_roots
    start = time.perf_counter()
    rdf_format = _graph_format(output, rdf_format)
    for target in (output, summary_path):
        _refuse_overwriting(target, [*files, *others])
    if summary_path is not None and summary_path.resolve() == output.resolve():
        raise InputError(f"{summary_path}: the summary and the graph would be one file; give them two names")
    if summary_path is not None and not (summary_path.parent if str(summary_path.parent) else Path(".")).is_dir():
        raise InputError(f"{summary_path}: no such folder to write the summary in; create it first")
    codes = _run(parse_roots, roots)
    facts = _collect(others, 1)[0] if others else []
    graph, summary = _with_bars(import_events, files, dataset, codes, strict, facts)
    status, n = _validate_and_write(graph, output, rdf_format, engine, no_validate)
    if summary_path is not None:
        with atomic_write(summary_path) as out:
            out.write((json.dumps(summary.to_json(), indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    verdict = "not validated" if no_validate else ("conforms" if status == 0 else "DOES NOT CONFORM")
    _say(f"{summary.line()} -> {n} triples in {_where(output)} ({verdict}, {time.perf_counter() - start:.2f} s)")
    sys.exit(status)


@cli.command("add")
@click.argument("store", type=click.Path(path_type=Path))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
              help="SHACL engine used to validate the store after the add.")
@click.option("--no-validate", is_flag=True, help="Do not validate the store after the add.")
@_extracting_on_the_way
def add_command(store, inputs, engine, no_validate, jobs, extractor):
    """Add news facts or articles to a store (a folder, made if it does not exist).

    Inputs are read as by `kg build`, a chunk at a time. Adding an article again
    changes nothing; adding it with other facts replaces what it said. After any adds,
    the store holds the graph `kg build` makes of all articles at once. The add is one
    transaction: if it fails or is killed, the store is as it was.

    \b
    Example:
      kg add news.store examples/facts
      kg add news.store examples/articles.facts.jsonl
      kg query news.store state-pairs
    """
    from kg.collect import iter_facts
    from kg.store import add_to_store, validate_store
    start = time.perf_counter()
    r = _run(add_to_store, store, iter_facts(inputs, extractor=extractor, jobs=jobs))
    status = 0
    if not no_validate:
        status = _report_validation(_run(validate_store, store, engine=engine))
    verdict = "not validated" if no_validate else ("conforms" if status == 0 else "DOES NOT CONFORM")
    _say(f"{store}: {r.new} new, {r.replaced} replaced, {r.unchanged} unchanged articles ({r.remapped} others "
         f"mapped again) -> +{r.inserted} -{r.removed} triples, {r.triples} in all "
         f"({verdict}, {time.perf_counter() - start:.2f} s)")
    sys.exit(status)


@cli.command("dump")
@click.argument("store", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help=f"Graph file to write; the suffix picks the format: {', '.join(GRAPH_FORMATS)}.")
def dump_command(store, output):
    """Write the graph of a store to a file, in the format its suffix names.

    \b
    Example:
      kg dump news.store -o news.ttl
      kg dump news.store -o news.trig
    """
    from kg.store import open_store
    _run(format_for, output)
    n = _run(write_graph, _run(open_store, store), output)
    _say(f"{n} triples -> {output}")


@cli.command("serve")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens the endpoint to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates (they change the graph only: use `kg add` to add articles).")
def serve_command(graphs, host, port, writable):
    """Serve a store or graph files as a SPARQL 1.1 endpoint, with a query page.

    Queries go to /query, updates (with --writable) to /update; open the server's
    address in a browser for a page offering the bundled queries. Stop it with Ctrl-C.

    \b
    Example:
      kg serve news.store
      kg serve graph.ttl --port 8000
    """
    from kg.graph import oxstore
    from kg.serve import serve
    from kg.store import forget_verdict, is_store
    store = oxstore(_read_graphs(graphs))
    if writable:
        for path in graphs:
            if is_store(path):
                _run(forget_verdict, path)  # updates change the graph behind kg add's back

    def ready(server) -> None:
        _say(f"serving {len(store)} triples at {server.url}/ ({'writable' if writable else 'read-only'}); Ctrl-C stops")

    try:
        serve(store, host, port, writable, ready)
    except OSError as err:
        raise InputError(f"cannot listen on {host}:{port} ({err.strerror}); choose another --port") from err


@cli.command("push")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's SPARQL 1.1 Graph Store Protocol URL: http://HOST:7878/store for Oxigraph, "
                   "http://HOST:3030/DATASET/data for Fuseki.")
def push_command(graphs, endpoint):
    """Load a store or graph files into a triple store, one named graph per article.

    Each article's graph replaces the server's graph of that name (HTTP PUT), and the
    merged nodes (states, bodies, events, documents...) replace its default graph, so
    pushing again after more adds brings the server up to date. Queries on the server
    see the graph `kg build` makes when its default graph is the union of all graphs
    (`oxigraph serve --union-default-graph`).

    \b
    Example:
      kg push news.store --endpoint http://127.0.0.1:7878/store
      kg push graph.trig --endpoint http://localhost:3030/news/data
    """
    from kg.httpclient import check_url
    from kg.push import push
    start = time.perf_counter()
    _run(check_url, endpoint, "http://127.0.0.1:7878/store")  # told before any graph is read
    result = _with_bars(push, _read_graphs(graphs), endpoint)
    _say(f"{result.graphs - 1} article graphs and the default graph, {result.triples} triples -> {endpoint} "
         f"({time.perf_counter() - start:.2f} s)")


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` console script: every failure is one line on stderr
    and an exit status that says whose it is (2 the input's or the system's, 3 ours),
    never a traceback unless ``--debug`` (anywhere on the line) or ``KG_DEBUG=1``."""
    global _OWNS_PROCESS
    _OWNS_PROCESS = argv is None
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("KG_DEBUG", "") not in ("", "0")
    args = [a for a in args if a != "--debug"]
    try:
        cli.main(args=args, prog_name="kg")
    except KGError as err:  # a library error no command wrapped
        click.echo(f"kg: error: {err}", err=True)
        sys.exit(2)
    except OSError as err:  # a missing folder, a full disk, a file we may not write
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        click.echo(f"kg: error: {where}{err.strerror or err}", err=True)
        sys.exit(2)
    except Exception as err:  # noqa: BLE001 - the boundary: anything else is a bug of ours
        if debug:
            traceback.print_exc()
        message = " ".join(str(err).split())[:300]
        click.echo(f"kg: internal error: {type(err).__name__}: {message} (run again with --debug for the "
                   "traceback, and report it)", err=True)
        sys.exit(3)

