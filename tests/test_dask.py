"""kg extract --dask: partitions extracted on a real dask cluster (a LocalCluster of two
worker processes started here, and one that `--dask local` starts), compared byte for
byte with the one-process `kg extract`, and loaded by `kg add` into the same store."""
from __future__ import annotations

import json
import logging
import os
import random
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bench.bench_extract import article as bench_article
from kg.cli import main
from kg.errors import FactsError
from kg.extraction.registry import _FACTORIES, get_extractor, register_extractor
from kg.inputs import iter_located_inputs
from kg.partition_extract import extract_partition
from kg.partitions import iter_partition, list_inputs, plan_partitions
from tests.conftest import EXAMPLES

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

N_BULK = 240


@pytest.fixture(scope="module")
def scheduler():
    """The address of a cluster of two single-threaded worker processes, closed after the
    module's tests. A task whose worker dies fails at once (no retries on other workers)."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                           dashboard_address=None, silence_logs=logging.CRITICAL)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def _line(rng: random.Random, i: int) -> str:
    a = bench_article(rng, i)
    return json.dumps({"article": {"id": a.id, "published": a.published, "text": a.text}})


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """301 generated articles in four files: a large JSONL file with CRLF line ends, a
    blank line and an article in French; a JSON list; a text file; a small JSONL file."""
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(5)
    bulk = [_line(rng, i) for i in range(N_BULK)]
    bulk[100] = json.dumps({"article": {"id": "fr-1", "language": "fr", "published": "2024-03-14",
                                        "text": "Les ministres du Pérou et du Chili se sont réunis à Lima."}})
    bulk.insert(50, "")
    (folder / "a-bulk.jsonl").write_bytes(("\r\n".join(bulk) + "\r\n").encode("utf-8"))
    listed = [json.loads(_line(rng, i)) for i in range(N_BULK, N_BULK + 40)]
    (folder / "b-list.json").write_text(json.dumps(listed), encoding="utf-8")
    shutil.copy(EXAMPLES / "articles" / "kenya-ghana-call.txt", folder / "c-call.txt")
    (folder / "d-more.jsonl").write_text("".join(_line(rng, i) + "\n" for i in range(N_BULK + 40, N_BULK + 60)),
                                         encoding="utf-8")
    return folder


def kg(capsys, *args) -> tuple[int, str]:
    """Run the kg command in this process, as its console script does: (exit status, stderr)."""
    with pytest.raises(SystemExit) as end:
        main([str(a) for a in args])
    return end.value.code or 0, capsys.readouterr().err


def one_process(capsys, inputs, out: Path) -> str:
    code, err = kg(capsys, "extract", *inputs, "-o", out)
    assert code == 0, err
    return err


def joined(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()))


def warnings_in(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kg: warning:")]


# ---------------------------------------------------------------- the plan, without a cluster

@pytest.mark.parametrize("count", [1, 2, 3, 7, 50])
def test_partitions_hold_every_input_once_in_order_with_its_line_number(corpus, count):
    files = list_inputs([corpus])
    plan = plan_partitions(files, count)
    assert 1 <= len(plan) <= count
    assert [p.file_name for p in plan] == [f"part-{i:05d}.jsonl" for i in range(len(plan))]
    assert [x for p in plan for x in iter_partition(p)] == list(iter_located_inputs([corpus]))


def test_a_large_jsonl_file_is_cut_at_line_ends_and_counted_as_its_reader_counts(corpus):
    plan = plan_partitions(list_inputs([corpus / "a-bulk.jsonl"]), 9)
    spans = [piece.span for p in plan for piece in p.pieces]
    assert len(spans) == 9 and spans[0].start == 0 and spans[-1].end == (corpus / "a-bulk.jsonl").stat().st_size
    assert all(a.end == b.start for a, b in zip(spans, spans[1:]))
    data = (corpus / "a-bulk.jsonl").read_bytes()
    assert all(data[s.start - 2:s.start] == b"\r\n" for s in spans[1:])


def test_a_lone_carriage_return_numbers_lines_as_one_process_does(tmp_path, capsys):
    rng = random.Random(3)
    lines = [_line(rng, i) for i in range(60)]
    lines[10] = lines[10].replace('{"article"', '{\r"article"', 1)  # a line end for the text reader
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    code, expected = kg(capsys, "extract", path, "-o", tmp_path / "x.jsonl")
    assert code == 2 and "odd.jsonl:11: not valid JSON" in expected
    for count in (2, 5):
        with pytest.raises(FactsError) as err:
            [x for p in plan_partitions([path], count) for x in iter_partition(p)]
        assert f"kg: error: {err.value}\n" == expected


def test_a_partition_read_past_an_extraction_error_tells_the_reading_error_and_leaves_no_file(tmp_path):
    rng = random.Random(4)
    lines = [_line(rng, i) for i in range(30)]
    lines[25] = "not json"
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (partition,) = plan_partitions([path], 1)
    register_extractor("wrong", lambda: (lambda article: "not facts"))
    try:
        result = extract_partition(partition, str(tmp_path), "wrong")
    finally:
        _FACTORIES.pop("wrong", None)
        get_extractor.cache_clear()
    assert result.extraction_error.startswith("extractor 'wrong', article 'bench-000000': returned str")
    assert result.read_error.startswith(f"{path}:26: not valid JSON")
    assert [w for w, _ in result.ids] == [f"{path}:{n}" for n in range(1, 26)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_a_worker_that_cannot_see_the_output_folder_says_so(tmp_path):
    (partition,) = plan_partitions(list_inputs([EXAMPLES / "articles" / "kenya-ghana-call.txt"]), 1)
    result = extract_partition(partition, str(tmp_path / "elsewhere"), "rules")
    assert result.read_error == (f"{tmp_path / 'elsewhere' / 'part-00000.jsonl'}: cannot write (no such folder to "
                                 "write in; create it first); every worker must see the output folder's parent at "
                                 "the same path")


# ---------------------------------------------------------------- on the cluster

def test_the_parts_joined_are_the_one_process_output_and_warnings_reach_the_user(scheduler, corpus, tmp_path, capsys):
    err = one_process(capsys, [corpus], tmp_path / "one.jsonl")
    code, dask_err = kg(capsys, "extract", corpus, "--dask", scheduler, "--partitions", 7, "-o", tmp_path / "parts")
    assert code == 0, dask_err
    names = sorted(p.name for p in (tmp_path / "parts").iterdir())
    assert names == [f"part-{i:05d}.jsonl" for i in range(7)]
    assert joined(tmp_path / "parts") == (tmp_path / "one.jsonl").read_bytes()
    assert "7 partitions on 2 workers: 301 articles," in dask_err
    assert warnings_in(dask_err) == warnings_in(err) == [
        "kg: warning: article 'fr-1': its metadata gives the language 'fr'; the rules read English only, so it gets "
        "no facts"]
    # Every partition read its own lines: none is empty, and each file is the facts of one.
    assert all((tmp_path / "parts" / name).stat().st_size > 0 for name in names)


def test_the_bundled_examples_extracted_on_the_cluster_are_those_of_one_process(scheduler, tmp_path, capsys):
    inputs = [EXAMPLES / "articles", EXAMPLES / "facts"]
    one_process(capsys, inputs, tmp_path / "one.jsonl")
    code, err = kg(capsys, "extract", *inputs, "--dask", scheduler, "-o", tmp_path / "parts")
    assert code == 0, err
    assert joined(tmp_path / "parts") == (tmp_path / "one.jsonl").read_bytes()
    assert "10 articles" in err


def test_no_input_file_gives_an_empty_folder_as_one_process_gives_an_empty_file(scheduler, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    one_process(capsys, [tmp_path / "empty"], tmp_path / "one.jsonl")
    code, err = kg(capsys, "extract", tmp_path / "empty", "--dask", scheduler, "-o", tmp_path / "parts")
    assert code == 0 and "0 partitions on 2 workers: 0 articles" in err
    assert list((tmp_path / "parts").iterdir()) == [] and (tmp_path / "one.jsonl").read_bytes() == b""


def test_kg_add_of_the_parts_gives_the_store_of_the_one_process_facts(scheduler, corpus, tmp_path, capsys):
    inputs = [corpus / "b-list.json", corpus / "c-call.txt", corpus / "d-more.jsonl"]  # 61 articles
    one_process(capsys, inputs, tmp_path / "one.jsonl")
    assert kg(capsys, "extract", *inputs, "--dask", scheduler, "--partitions", 4, "-o", tmp_path / "parts")[0] == 0
    assert len(list((tmp_path / "parts").iterdir())) == 3  # the JSON list is never cut
    quads = []
    for name, source in (("parts", tmp_path / "parts"), ("one", tmp_path / "one.jsonl")):
        code, err = kg(capsys, "add", tmp_path / f"{name}.store", source, "--no-validate")
        assert code == 0, err
        assert kg(capsys, "dump", tmp_path / f"{name}.store", "-o", tmp_path / f"{name}.nq")[0] == 0
        quads.append(sorted((tmp_path / f"{name}.nq").read_text(encoding="utf-8").splitlines()))
    assert len(quads[0]) > 2_000 and quads[0] == quads[1]


def test_a_second_run_replaces_the_parts_of_the_first_whole(scheduler, corpus, tmp_path, capsys):
    parts = tmp_path / "parts"
    assert kg(capsys, "extract", corpus, "--dask", scheduler, "--partitions", 9, "-o", parts)[0] == 0
    assert kg(capsys, "extract", EXAMPLES / "articles", "--dask", scheduler, "--partitions", 2, "-o", parts)[0] == 0
    one_process(capsys, [EXAMPLES / "articles"], tmp_path / "one.jsonl")
    assert sorted(p.name for p in parts.iterdir()) == ["part-00000.jsonl", "part-00001.jsonl"]
    assert joined(parts) == (tmp_path / "one.jsonl").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.jsonl", "parts"]  # no temporary folder left


def test_a_bad_line_in_a_later_partition_is_the_one_process_error_and_leaves_the_folder_as_it_was(
        scheduler, corpus, tmp_path, capsys):
    bad = tmp_path / "in" / "bulk.jsonl"
    bad.parent.mkdir()
    lines = (corpus / "a-bulk.jsonl").read_bytes().split(b"\r\n")
    lines[230] = b'{"article": {"id": "x", "text": "Talks."}, "events": [{"id": "e1", "type": "party"}]}'
    bad.write_bytes(b"\r\n".join(lines))
    code, expected = kg(capsys, "extract", bad, "-o", tmp_path / "one.jsonl")
    assert code == 2 and "bulk.jsonl:231: article \"x\": events[0].type: unknown type" in expected
    parts = tmp_path / "parts"
    parts.mkdir()
    (parts / "part-00000.jsonl").write_text("an earlier run\n", encoding="utf-8")
    code, err = kg(capsys, "extract", bad, "--dask", scheduler, "--partitions", 6, "-o", parts)
    assert (code, err) == (2, expected)
    assert [p.name for p in parts.iterdir()] == ["part-00000.jsonl"]
    assert (parts / "part-00000.jsonl").read_text(encoding="utf-8") == "an earlier run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "parts"]


def test_an_id_used_in_two_partitions_is_the_one_process_error(scheduler, corpus, tmp_path, capsys):
    again = tmp_path / "again.jsonl"
    again.write_text((corpus / "d-more.jsonl").read_text(encoding="utf-8").splitlines()[3] + "\n", encoding="utf-8")
    code, expected = kg(capsys, "extract", corpus, again, "-o", tmp_path / "one.jsonl")
    assert code == 2 and "is used twice (first at" in expected
    code, err = kg(capsys, "extract", corpus, again, "--dask", scheduler, "--partitions", 8, "-o", tmp_path / "parts")
    assert (code, err) == (2, expected)
    assert not (tmp_path / "parts").exists()


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free, and nothing listens on it once closed
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, err = kg(capsys, "extract", EXAMPLES / "articles", "--dask", f"tcp://127.0.0.1:{port}",
                       "-o", tmp_path / "parts")
    assert code == 2
    assert err.startswith(f"kg: error: cannot reach the dask scheduler at 'tcp://127.0.0.1:{port}'")
    assert err.count("\n") == 1 and "--dask local" in err
    assert not (tmp_path / "parts").exists()


@pytest.mark.parametrize("args, message", [
    (["--partitions", "3", "-o", "parts"], "--partitions splits the inputs among the workers of a dask cluster"),
    (["--dask", "local"], "name it with -o FOLDER"),
    (["--dask", "local", "-o", "-"], "name it with -o FOLDER"),
    (["--dask", "local", "--jobs", "2", "-o", "parts"], "leave out --jobs"),
    (["--dask", "local", "--explain", "-o", "parts"], "leave out --dask"),
    (["--dask", "local", "-o", "full"], "holds 'keep.txt', not only the parts of an earlier run"),
    (["--dask", "local", "-o", "missing/parts"], "no such folder to write in; create it first"),
    (["--dask", "local", "--extractor", "nope", "-o", "parts"], "unknown extractor 'nope'"),
    (["-", "--dask", "local", "-o", "parts"], "standard input cannot be split among workers"),
])
def test_bad_usage_is_one_line_before_any_cluster_starts(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine\n", encoding="utf-8")
    code, err = kg(capsys, "extract", EXAMPLES / "articles", *args)
    assert code == 2 and err.startswith("kg: error:") and err.count("\n") == 1, err
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full"]
    assert (tmp_path / "full" / "keep.txt").read_text(encoding="utf-8") == "mine\n"


def test_without_dask_installed_the_error_says_how_to_install_it(tmp_path):
    hide = ("import sys; sys.modules.update(dict.fromkeys(['dask', 'dask.bag', 'distributed'])); "
            "import kg.cli; kg.cli.main(sys.argv[1:])")
    r = subprocess.run([sys.executable, "-c", hide, "extract", str(EXAMPLES / "articles"), "--dask", "local",
                        "-o", str(tmp_path / "parts")], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("kg: error: extracting on a dask cluster needs dask and distributed")
    assert line.endswith('install them with: pip install "coop-kg[dask]"')
    assert not (tmp_path / "parts").exists()


def test_dask_local_starts_a_cluster_for_the_run_and_closes_it(tmp_path, capsys):
    psutil = pytest.importorskip("psutil")
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    one_process(capsys, [EXAMPLES / "articles"], tmp_path / "one.jsonl")
    code, err = kg(capsys, "extract", EXAMPLES / "articles", "--dask", "local", "-o", tmp_path / "parts")
    assert code == 0, err
    assert f"on {os.cpu_count()} workers: 6 articles" in err
    assert joined(tmp_path / "parts") == (tmp_path / "one.jsonl").read_bytes()
    after = {p.pid for p in psutil.Process().children(recursive=True) if p.is_running()
             and p.status() != psutil.STATUS_ZOMBIE}
    assert after <= before


# ---------------------------------------------------------------- workers that fail

def _dying(article):
    if article.id == "bench-000150":
        os._exit(1)  # the worker process dies, as one killed for its memory would
    return get_extractor("rules")(article)


def _broken(article):
    if article.id == "bench-000150":
        raise ZeroDivisionError("division by zero")
    return get_extractor("rules")(article)


def _register_failing_extractors() -> None:
    register_extractor("dying", lambda: _dying)
    register_extractor("broken", lambda: _broken)


@pytest.fixture
def failing_extractors(scheduler):
    """Extractors that kill their worker or raise, known on the cluster's workers and here."""
    with distributed.Client(scheduler, set_as_default=False) as client:
        client.wait_for_workers(2)
        client.run(_register_failing_extractors)
    _register_failing_extractors()
    yield
    for name in ("dying", "broken"):
        _FACTORIES.pop(name, None)
    get_extractor.cache_clear()


def test_an_exception_on_a_worker_is_one_line_and_exit_3(scheduler, corpus, failing_extractors, tmp_path, capsys):
    code, err = kg(capsys, "extract", corpus, "--dask", scheduler, "--extractor", "broken", "--partitions", 6,
                   "-o", tmp_path / "parts")
    assert code == 3 and err.count("\n") == 1
    assert err.startswith("kg: internal error: ZeroDivisionError: division by zero")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_worker_that_dies_is_one_line_and_leaves_no_parts(scheduler, corpus, failing_extractors, tmp_path, capsys):
    code, err = kg(capsys, "extract", corpus, "--dask", scheduler, "--extractor", "dying", "--partitions", 6,
                   "-o", tmp_path / "parts")
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith("kg: error: a dask worker died while extracting partition ")
    assert "a-bulk.jsonl" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
