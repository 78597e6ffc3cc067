"""Trust under bad input and faults: nothing lost, nothing injected, every skip named.

Inputs go through ``kg ingest`` (in this process, with the CLI runner) into a store of the
test's own; the faults that need a real process (SIGKILL, a full disk, a 50 MB file) run
``kg`` as a subprocess. docs/reliability.md says what each case does and what was measured.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import Result
from typer.testing import CliRunner

from kg import pipeline, reading
from kg.articles import Article, iter_articles
from kg.cli import app
from kg.namespaces import KGR
from kg.store import open_store

pytestmark = pytest.mark.usefixtures("frozen_ontology")
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
KG = [str(Path(sys.executable).parent / "kg")]  # the console script of this environment
ADVERSARIAL = '"} ; DROP ALL ; #'
ARTICLE = ("MOSCOW, March 11. /TASS/. Russia opposes the deployment of THAAD in South Korea, Foreign "
           "Minister Sergey Lavrov said on Friday.\n\nThe UN Security Council resolution 2270 bans exports "
           "of coal and iron ore from North Korea.\n")
PEOPLE = ["Sergey Lavrov", "Wang Yi", "Rex Tillerson", "Nikki Haley", "Vassily Nebenzia", "Liu Jieyi"]
TOPICS = ["the deployment of THAAD in South Korea", "new sanctions against North Korea",
          "the double freeze initiative", "the nuclear deal with Iran"]
RDFLIB_DEPRECATIONS = [
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning",
    "ignore:Dataset.default_context is deprecated:DeprecationWarning",
]

runner = CliRunner()


def kg(*args: object) -> Result:
    """``kg ARGS`` in this process; an exception that is not an exit fails the test as itself."""
    result = runner.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def lines(text: str, prefix: str) -> list[str]:
    return [line.removeprefix(prefix) for line in text.splitlines() if line.startswith(prefix)]


def synthetic(i: int) -> str:
    """A short, real-looking article, different for every ``i``."""
    who, what = PEOPLE[i % len(PEOPLE)], TOPICS[i % len(TOPICS)]
    return (f"MOSCOW, March {i % 28 + 1}. /TASS/. Russia opposes {what}, Foreign Minister {who} said on "
            f"Friday, in statement number {i}.\n\nThe UN Security Council resolution 2270 bans exports of "
            f"coal and iron ore from North Korea.\n\nChina supports the resolution, {who} told reporters "
            f"in city number {i}.\n")


def article_counts(spec: str) -> dict[str, int]:
    """Quads of each article graph of a store."""
    store = open_store(spec, read_only=True)
    try:
        rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                           f'FILTER(STRSTARTS(STR(?g), "{KGR}graph/article/")) }} GROUP BY ?g').rows
        return {str(g): int(n) for g, n in rows}
    finally:
        store.close()


def quads(spec: str) -> int:
    store = open_store(spec, read_only=True)
    try:
        return store.count()
    finally:
        store.close()


def files_stored(spec: str) -> list[str]:
    store = open_store(spec, read_only=True)
    try:
        rows = store.query("PREFIX kg: <https://w3id.org/kg-sanctions/ontology#> "
                           "SELECT ?f WHERE { GRAPH ?g { ?a kg:fileName ?f } } ORDER BY ?f").rows
        return [str(r[0]) for r in rows]
    finally:
        store.close()


# --- inputs -----------------------------------------------------------------------------------


def test_unreadable_inputs_are_named_one_line_each_and_the_batch_goes_on(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_blank.md").write_text(" \n\t\r\n  \n", encoding="utf-8")
    (folder / "c_png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    rng = random.Random(7)
    (folder / "d_noise.txt").write_bytes(bytes(rng.choice(range(1, 256)) for _ in range(4000)))
    (folder / "e_report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n")
    (folder / "f_good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "g_[bold]odd name.txt").write_text("", encoding="utf-8")
    (folder / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")  # hidden files are not articles
    (tmp_path / "nothing").mkdir()
    explicit_pdf = tmp_path / "scan.txt"
    explicit_pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

    result = kg("ingest", folder, tmp_path / "nothing", explicit_pdf, tmp_path / "missing.txt",
                "--store", spec)

    assert result.exit_code == 1
    assert lines(result.stderr, "skipped: ") == [
        "a_empty.txt: empty: no text to read",
        "b_blank.md: empty: no text to read",
        "c_png.txt: binary file, not text",
        "d_noise.txt: binary file, not text",
        "e_report.pdf: not an article file (kg reads .txt, .md, .html, .jsonl)",
        "g_[bold]odd name.txt: empty: no text to read",
        f"{tmp_path / 'nothing'}: no article files (.txt, .md, .html, .jsonl) in this folder",
        "scan.txt: binary file, not text (a PDF document: convert it to text first)",
        f"{tmp_path / 'missing.txt'}: no such file or folder",
    ]
    assert "1 article(s) stored, 0 unchanged, 9 skipped" in result.stderr
    assert files_stored(spec) == ["f_good.txt"]


def test_all_good_exits_0(tmp_path: Path, spec: str):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = kg("ingest", tmp_path / "a.txt", "--store", spec)
    assert result.exit_code == 0, result.stderr
    assert "skipped" not in result.stderr.replace("0 skipped", "")


def test_legacy_encodings_and_stray_bytes_keep_their_text(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cp1251.txt").write_bytes("МОСКВА, 11 марта. /ТАСС/. Россия против THAAD.".encode("cp1251"))
    (folder / "latin1.txt").write_bytes(("Paris, le 2 mars. La France soutient la résolution 2270 ; "
                                         "l\x92embargo.").encode("latin-1"))
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))  # with its byte order mark
    (folder / "glued.txt").write_bytes(ARTICLE.replace("Russia", "Russia’s envoy:").encode() + b"\x92 end.\n")
    result = kg("ingest", folder, "--store", spec)
    assert result.exit_code == 0, result.stderr
    warnings = lines(result.stderr, "warning: ")
    assert "cp1251.txt: not UTF-8, decoded as cp1251" in warnings
    assert "latin1.txt: not UTF-8, decoded as latin-1" in warnings
    assert "glued.txt: not valid UTF-8, 1 undecodable byte sequence(s) replaced by U+FFFD" in warnings
    items = {a.file_name: a for a in iter_articles([folder]) if isinstance(a, Article)}
    assert items["cp1251.txt"].text.startswith("МОСКВА")
    assert "résolution" in items["latin1.txt"].text and "l’embargo" in items["latin1.txt"].text
    assert items["utf16.txt"].text == ARTICLE
    assert "Russia’s envoy" in items["glued.txt"].text and "\ufffd end." in items["glued.txt"].text
    assert files_stored(spec) == ["cp1251.txt", "glued.txt", "latin1.txt", "utf16.txt"]


NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Lavrov: US missile shield plans above any DPRK threats - Politics - TASS</title>
<meta property="og:title" content="Lavrov: US missile shield plans above any DPRK threats">
<meta property="og:site_name" content="TASS"><link rel="canonical" href="https://tass.com/politics/861234">
<meta property="article:published_time" content="2016-03-11T10:00:00Z">
<script>window.dataLayer=[];</script><style>.x{color:red}</style></head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<div class="top-menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></div>
<div class="main"><div class="news-header"><h1>Lavrov: US missile shield plans above any DPRK threats</h1>
<div class="share">Share on Facebook Share on Twitter Copy link</div></div>
<div class="text-content">
<p>MOSCOW, March 11. /TASS/. The plans to deploy the US anti-missile defense systems on the Korean Peninsula
are above any possible threats, which may come from the DPRK, Russia's Foreign Minister Sergey Lavrov said
after his talks with his Chinese counterpart Wang Yi on Friday.</p>
<p>"As for the anti-missile defense, there we are sharing a common position with China, on which we shall
insist at international forums," Lavrov said.</p>
<div class="also-read"><span>Also read</span><ul><li><a href="/a1">China supports new UN sanctions against
North Korea</a></li></ul></div>
<p>Russia opposes the deployment of THAAD in South Korea, the minister added.</p></div>
<div class="related"><h3>More on the topic</h3><div class="card"><a href="/b1">Japan slams North Korea
missile launch</a></div></div>
<div id="comments"><h3>Comments (2)</h3><div class="comment"><b>user123</b><p>The United States supports
this resolution, obviously.</p></div></div></div>
<div class="footer-links"><a>About TASS</a> <a>Terms of use</a> &copy; TASS 1999-2024</div></body></html>"""


def test_html_page_main_text_without_boilerplate_and_its_metadata(tmp_path: Path, spec: str):
    page = tmp_path / "lavrov.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    [article] = list(iter_articles([page]))
    assert isinstance(article, Article)
    assert article.text.startswith("MOSCOW, March 11. /TASS/.")
    assert "Russia opposes the deployment of THAAD in South Korea" in article.text
    for boilerplate in ("cookies", "Home", "Share on", "China supports new UN sanctions", "Japan slams",
                        "The United States supports", "Terms of use"):
        assert boilerplate not in article.text
    assert (article.title, article.source, article.url, str(article.published)) == (
        "Lavrov: US missile shield plans above any DPRK threats", "TASS", "https://tass.com/politics/861234",
        "2016-03-11")
    # a page whose text trafilatura does not find still gives the stdlib parser's text
    tiny = tmp_path / "tiny.html"
    tiny.write_text("<html><body><nav>Menu</nav><div>China opposes THAAD.</div></body></html>")
    [small] = list(iter_articles([tiny]))
    assert isinstance(small, Article) and small.text == "China opposes THAAD."
    result = kg("ingest", page, "--store", spec)
    assert result.exit_code == 0, result.stderr
    assert files_stored(spec) == ["lavrov.html"]


def test_jsonl_corpus_metadata_and_bad_records(tmp_path: Path, spec: str):
    corpus = tmp_path / "wire.jsonl"
    records = [
        json.dumps({"id": "w1", "title": "Sanctions", "published": "2016-03-02", "source": "wire",
                    "url": "https://example.org/news/a b", "text": ARTICLE}),
        "{not json",
        json.dumps({"id": "w3", "title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "w5", "text": "China opposes THAAD.\u2028It said so on Friday.\x85Twice."},
                   ensure_ascii=False),
        json.dumps({"id": "w6", "text": "Russia opposes THAAD. \ud800 Lone surrogate.", "title": {"a": 1}}),
        "",
        json.dumps({"id": "w8", "text": "Japan supports the sanctions.", "url": "http://[::1"}),
    ]
    corpus.write_text("\n".join(records) + "\n", encoding="utf-8")
    result = kg("ingest", corpus, "--store", spec)
    assert result.exit_code == 1
    assert lines(result.stderr, "skipped: ") == [
        "wire.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)",
        "wire.jsonl:3: no text field (one of text, content, body, article)",
        "wire.jsonl:4: not a JSON object",
    ]
    warnings = lines(result.stderr, "warning: ")
    assert "wire.jsonl:6: lone surrogate code point(s) replaced by U+FFFD" in warnings
    assert "wire.jsonl:6: title is not a single value; ignored" in warnings
    assert "wire.jsonl:8: url 'http://[::1' is not a valid IRI; ignored" in warnings
    items = [a for a in iter_articles([corpus]) if isinstance(a, Article)]
    assert [a.id for a in items] == ["w1", "w5", "w6", "w8"]
    assert items[0].url == "https://example.org/news/a%20b" and str(items[0].published) == "2016-03-02"
    assert items[1].text.startswith("China opposes THAAD.\u2028It said")  # one record, not split at U+2028
    assert len(files_stored(spec)) == 4


def test_the_same_article_twice_and_ids_taken_twice(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    (folder / "2016").mkdir(parents=True)
    (folder / "2017").mkdir()
    (folder / "2016" / "lavrov.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "2017" / "lavrov.txt").write_text(synthetic(1), encoding="utf-8")  # same id, other text
    (folder / "copy.txt").write_text(ARTICLE, encoding="utf-8")  # same text, other name
    result = kg("ingest", folder, folder / "copy.txt", "--store", spec)
    assert result.exit_code == 1
    assert lines(result.stderr, "skipped: ") == [
        "2017/lavrov.txt: its id 'lavrov' is the id of 2016/lavrov.txt, read before it in this run; "
        "not stored (rename one, or give it an id)"]
    warnings = lines(result.stderr, "warning: ")
    assert "copy.txt: the same text as 2016/lavrov.txt; stored as an article too" in warnings
    assert "copy.txt: the same article as copy.txt; stored once" in warnings
    assert "2 article(s) stored, 1 unchanged, 1 skipped" in result.stderr
    stored = article_counts(spec)
    again = kg("ingest", folder / "copy.txt", folder / "2016", "--store", spec)
    assert again.exit_code == 0 and "0 article(s) stored, 2 unchanged, 0 skipped" in again.stderr
    assert article_counts(spec) == stored


def test_an_article_with_no_statements_is_stored_and_named(tmp_path: Path, spec: str):
    (tmp_path / "weather.txt").write_text("It rained in Geneva on Tuesday. The lake was grey.\n")
    result = kg("ingest", tmp_path / "weather.txt", "--store", spec)
    assert result.exit_code == 0
    assert lines(result.stderr, "warning: ") == [
        "weather.txt: no statements found; stored with its metadata only"]
    assert files_stored(spec) == ["weather.txt"]


def test_control_characters_and_markup_in_text_reach_no_terminal(tmp_path: Path):
    (tmp_path / "[red]esc.txt").write_text("Russia opposes the \x1b]0;owned\x07deployment of THAAD in South "
                                           "Korea, Lavrov said.\n", encoding="utf-8")
    result = kg("extract", tmp_path)
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "warning: [red]esc.txt: 2 control character(s) replaced by spaces" in result.stderr
    assert "[red]esc.txt" in result.stdout


def test_an_article_over_the_size_limit_is_named_and_the_rest_goes_on(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(ARTICLE * 50, encoding="utf-8")
    (folder / "short.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "corpus.jsonl").write_text(json.dumps({"id": "big", "text": ARTICLE * 50}) + "\n")
    result = kg("ingest", folder, "--store", spec, "--max-chars", 5000)
    assert result.exit_code == 1
    too_large = (f"too large for one article ({len(ARTICLE) * 50:,} characters; the limit is 5,000 "
                 "characters, "
                 "--max-chars): split it into articles, e.g. a JSONL corpus, one per line")
    assert lines(result.stderr, "skipped: ") == [f"corpus.jsonl:1: {too_large}", f"long.txt: {too_large}"]
    assert files_stored(spec) == ["short.txt"]


def _rss_of(command: list[str], **kwargs) -> tuple[subprocess.CompletedProcess, float, int]:
    """Run ``command`` under a fresh Python that reports its peak RSS (KiB) on stderr's last line."""
    wrapper = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
               "sys.exit(r.returncode)")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, **kwargs)
    return done, time.monotonic() - started, int(done.stderr.strip().splitlines()[-1])


def test_a_50_mb_file_is_refused_unread_fast_and_small(tmp_path: Path, spec: str):
    big = tmp_path / "dump.txt"
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(50 * 1024 * 1024 // len(ARTICLE) + 1):
            handle.write(ARTICLE)
    done, seconds, peak_kib = _rss_of([*KG, "ingest", str(big), "--store", spec])
    assert done.returncode == 1
    assert lines(done.stderr, "skipped: ") == [
        "dump.txt: too large for one article (52.4 MB; the limit is 1,000,000 characters, --max-chars): "
        "split it into articles, e.g. a JSONL corpus, one per line"]
    assert "0 article(s) stored, 0 unchanged, 1 skipped" in done.stderr
    assert seconds < 30 and peak_kib < 400 * 1024, (seconds, peak_kib)  # measured: 2 s, 130 MB


def test_a_large_jsonl_corpus_is_streamed(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for i in range(20_000):  # 8 MB
            handle.write(json.dumps({"id": f"n{i}", "text": synthetic(i), "published": "2016-03-02"}) + "\n")
    tracemalloc.start()
    try:
        articles = iter_articles([corpus])
        first = [next(articles) for _ in range(3)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.id for a in first if isinstance(a, Article)] == ["n0", "n1", "n2"]
    assert peak < 1_000_000, peak  # the file is 8 MB: it was not read whole


# --- faults: SIGKILL -------------------------------------------------------------------------

KILL_ARTICLES = 70  # batches of 32, 32 and 6: killed once the first is stored


@pytest.mark.filterwarnings(*RDFLIB_DEPRECATIONS)
def test_a_build_killed_halfway_leaves_whole_articles_and_the_same_build_completes_it(
        tmp_path: Path, reference_only: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(KILL_ARTICLES):
        (folder / f"a{i:03d}.txt").write_text(synthetic(i), encoding="utf-8")
    shutil.copytree(reference_only, tmp_path / "store")
    spec = f"oxigraph:{tmp_path / 'store'}"
    command = [*KG, "build", str(folder), "--store", spec, "--out", str(tmp_path / "out")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed: list[dict[str, int]] = []

    def kill_once_some_are_stored() -> None:
        """Poll the store read-only; SIGKILL the build as soon as a first batch is in."""
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            with contextlib.suppress(Exception):  # a store being written may not open read-only yet
                if article_counts(spec):
                    os.kill(process.pid, signal.SIGKILL)
                    killed.append({})
                    return

    watcher = threading.Thread(target=kill_once_some_are_stored)
    watcher.start()
    try:
        expected, expected_total = _baseline(folder)  # an uninterrupted build, meanwhile, in this process
        watcher.join(timeout=150)
    finally:
        process.kill()
        process.wait(timeout=30)
    assert killed and process.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    assert len(expected) == KILL_ARTICLES

    after_kill = article_counts(spec)  # the store opens; every article is whole or absent
    assert 0 < len(after_kill) < KILL_ARTICLES, len(after_kill)
    assert {g: n for g, n in after_kill.items() if expected[g] != n} == {}

    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert f"{KILL_ARTICLES - len(after_kill)} article(s) stored, {len(after_kill)} unchanged, 0 skipped" \
        in again.stderr
    assert article_counts(spec) == expected
    assert quads(spec) == expected_total


# --- faults: the store ----------------------------------------------------------------------


def test_an_unusable_store_path_is_one_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for store, message in [(f"oxigraph:{blocker}/store", f"cannot open store {blocker}/store"),
                           ("oxigraph:/proc/kg-store", "cannot open store /proc/kg-store")]:
        result = kg("ingest", tmp_path / "a.txt", "--store", store)
        assert result.exit_code == 2
        last = [line for line in result.stderr.splitlines() if line.strip()][-1]
        assert last.startswith(f"error: {message}")
        assert "Traceback" not in result.stderr


def test_an_unwritable_out_folder_is_one_line_after_the_summary(tmp_path: Path, spec: str):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = kg("build", tmp_path / "a.txt", "--store", spec, "--out", "/proc/kg-out")
    assert result.exit_code == 2
    assert "1 article(s) stored, 0 unchanged, 0 skipped" in result.stderr
    last = result.stderr.splitlines()[-1]
    assert last.startswith("error: the store is written, but /proc/kg-out cannot be written:")


def _baseline(folder: Path) -> tuple[dict[str, int], int]:
    """Quads of each article graph, and of the whole store, after an uninterrupted ingest of ``folder``."""
    memory = open_store("memory")
    try:
        pipeline.load_reference(memory)
        pipeline.ingest(memory, [folder])
        counts = {str(g): memory.count(g) for g in memory.graphs() if "/graph/article/" in str(g)}
        return counts, memory.count()
    finally:
        memory.close()


@contextlib.contextmanager
def small_disk(where: Path, kib: int) -> Iterator[bool]:
    """A tmpfs of ``kib`` KiB at ``where`` (True), where this user may mount one; else False."""
    where.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(where)]
    mounted = os.geteuid() == 0 and shutil.which("mount") is not None and subprocess.run(
        mount, capture_output=True).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_is_reported_and_the_store_survives(tmp_path: Path, reference_only: Path,
                                                        monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "in"
    folder.mkdir()
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as corpus:
        for i in range(40):  # 40 short articles with 50 kB titles: 2 MB to write, quickly extracted
            title = f"Sanctions {i} " + "and more sanctions " * 2600
            corpus.write(json.dumps({"id": f"n{i}", "title": title, "text": synthetic(i)}) + "\n")
    expected, _ = _baseline(folder)
    disk = tmp_path / "disk"
    reference_kib = sum(f.stat().st_size for f in reference_only.iterdir()) // 1024
    with small_disk(disk, reference_kib + 65536) as tmpfs:
        shutil.copytree(reference_only, disk / "store")
        spec = f"oxigraph:{disk / 'store'}"
        if tmpfs:  # a real full disk (ENOSPC), filled once the store is open and the first article read
            extract = reading.read_statements

            def fill_then_extract(*args, **kwargs):
                if not (disk / "filler").exists():
                    with contextlib.suppress(OSError), (disk / "filler").open("wb") as filler:
                        filler.write(bytes(shutil.disk_usage(disk).free))
                return extract(*args, **kwargs)

            monkeypatch.setattr(reading, "read_statements", fill_then_extract)
            full = kg("ingest", folder, "--store", spec)
            monkeypatch.undo()
            code, stderr = full.exit_code, full.stderr
        else:  # no mount here: a file size limit (EFBIG), in a process of its own
            def limit() -> None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))
            done = subprocess.run([*KG, "ingest", str(folder), "--store", spec], capture_output=True,
                                  text=True, preexec_fn=limit, timeout=120)
            code, stderr = done.returncode, done.stderr
        assert code == 2, stderr
        [error] = lines(stderr, "error: ")
        assert "Traceback" not in stderr
        assert "No space left on device" in error or "File too large" in error, error
        assert "run the same command again" in error, error
        (disk / "filler").unlink(missing_ok=True)
        survived = article_counts(spec)  # the store opens; every article in it is whole
        assert {g: n for g, n in survived.items() if expected[g] != n} == {}
        again = kg("ingest", folder, "--store", spec)
        assert again.exit_code == 0, again.stderr
        assert article_counts(spec) == expected


# --- faults: a remote endpoint ------------------------------------------------------------------


class _Endpoint(BaseHTTPRequestHandler):
    """A SPARQL 1.1 endpoint over an in-memory Oxigraph that fails the update number ``fail_at``."""

    store: ox.Store
    updates = 0
    fail_at: int | None = None
    mode = "ok"

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        server = type(self)
        if server.mode == "html":
            return self._answer(200, "text/html", b"<html>Service temporarily unavailable</html>")
        if "update" in form:
            server.updates += 1
            if server.fail_at is not None and server.updates >= server.fail_at:
                return self._answer(503, "text/plain", b"Service Unavailable: backend overloaded")
            server.store.update(form["update"][0])
            return self._answer(204, "text/plain", b"")
        result = server.store.query(form["query"][0])
        if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            body = result.serialize(format=ox.QueryResultsFormat.JSON)
            return self._answer(200, "application/sparql-results+json", body)
        return self._answer(200, "application/n-triples", result.serialize(format=ox.RdfFormat.N_TRIPLES))

    def _answer(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def endpoint() -> Iterator[tuple[str, type[_Endpoint]]]:
    handler = type("Endpoint", (_Endpoint,), {"store": ox.Store(), "updates": 0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"sparql+http://127.0.0.1:{server.server_address[1]}/query", handler
    finally:
        server.shutdown()
        server.server_close()


def test_an_unreachable_endpoint_fails_fast_with_one_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with socket_port() as port:
        started = time.monotonic()
        result = kg("build", tmp_path / "a.txt", "--store", f"sparql+http://127.0.0.1:{port}/query",
                    "--out", tmp_path / "out")
    assert result.exit_code == 2 and time.monotonic() - started < 15
    assert lines(result.stderr, "error: ") == [
        f"http://127.0.0.1:{port}/query: cannot reach the endpoint ([Errno 111] Connection refused)"]
    assert not (tmp_path / "out").exists()


@contextlib.contextmanager
def socket_port() -> Iterator[int]:
    """A loopback port nobody listens on."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield port


def test_a_failing_endpoint_leaves_no_partial_article(tmp_path: Path, endpoint, monkeypatch):
    url, server = endpoint
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(7):
        (folder / f"a{i}.txt").write_text(synthetic(i), encoding="utf-8")
    monkeypatch.setattr(pipeline, "BATCH", 2)
    server.fail_at = 3  # 1: the reference data, 2: articles a0 and a1, 3: a2 and a3 fail
    result = kg("ingest", folder, "--store", url)
    assert result.exit_code == 2
    [error] = lines(result.stderr, "error: ")
    update_url = url.removeprefix("sparql+").replace("/query", "/update")
    assert error.startswith(f"{update_url}: HTTP 503: Service Unavailable: backend overloaded (2 article(s) "
                            "of this run stored before it, whole; 2 in the failed write and the rest not")
    memory = open_store("memory")
    try:
        pipeline.ingest(memory, [folder])
        expected = {str(g): memory.count(g) for g in memory.graphs()}
    finally:
        memory.close()
    stored = {str(q.graph_name.value) for q in server.store if isinstance(q.graph_name, ox.NamedNode)}
    articles = {g for g in stored if "/graph/article/" in g}
    assert articles == {f"{KGR}graph/article/a0", f"{KGR}graph/article/a1"}
    for graph in articles:
        quads_of = server.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        assert len(list(quads_of)) == expected[graph]

    server.mode = "html"
    answer = kg("stats", "--store", url)
    assert answer.exit_code == 2
    assert lines(answer.stderr, "error: ") == [
        f"{url.removeprefix('sparql+')}: unexpected answer of type text/html"]


# --- injection --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(reference_only: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with the seeds, built once for the injection tests (which must leave it unchanged)."""
    where = tmp_path_factory.mktemp("seeded") / "store"
    shutil.copytree(reference_only, where)
    spec = f"oxigraph:{where}"
    store = open_store(spec)
    try:
        pipeline.ingest(store, [SEEDS])
        store.update('INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/odd> '
                     '<http://www.w3.org/2004/02/skos/core#prefLabel> "\\"} ; DROP ALL ; #" } }')
    finally:
        store.close()
    return spec


@pytest.mark.parametrize("update", [
    "DROP ALL",
    "  # a comment first\nclear all",
    "PREFIX ex: <http://example.org/> DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    'INSERT DATA { <http://e/s> <http://e/p> "o" }',
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "LOAD <http://example.org/data.ttl>",
])
def test_kg_query_runs_no_update_without_the_flag(seeded: str, update: str):
    before = quads(seeded)
    result = kg("query", update, "--store", seeded)
    assert result.exit_code == 2
    assert len(lines(result.stderr, "error: ")) == 1
    assert quads(seeded) == before


def test_kg_query_runs_an_update_with_the_flag(reference_only: Path, tmp_path: Path):
    shutil.copytree(reference_only, tmp_path / "store")
    spec = f"oxigraph:{tmp_path / 'store'}"
    result = kg("query", 'INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> "o" } }', "--update",
                "--store", spec)
    assert result.exit_code == 0 and "update done" in result.stderr
    assert article_counts(spec) == {} and quads(spec) > 0


def test_parameters_and_filters_are_values_never_query_text(seeded: str, tmp_path: Path):
    before = quads(seeded)
    saved = kg("query", ROOT / "queries/who-opposes.rq", "--param", f"topicLabel={ADVERSARIAL}",
               "--format", "csv", "--store", seeded)
    assert saved.exit_code == 0, saved.stderr
    assert saved.stdout.splitlines()[1:] == []  # no topic has that label: no rows, and no error
    found = kg("query", "SELECT ?s WHERE { GRAPH ?g { ?s skos:prefLabel ?label } }", "--param",
               f"label={ADVERSARIAL}", "--format", "csv", "--store", seeded)
    assert found.exit_code == 0 and found.stdout.splitlines() == ["s", "http://example.org/odd"]
    for bad in ["x } DROP ALL {=1", "label=<http://e/> } ; DROP ALL ; #>"]:
        refused = kg("query", "SELECT ?s WHERE { ?s ?p ?label }", "--param", bad, "--store", seeded)
        assert refused.exit_code == 2 and len(lines(refused.stderr, "error: ")) == 1
    view = kg("viz", "--topic", ADVERSARIAL, "--actor", ADVERSARIAL, "--out", tmp_path / "v.html",
              "--store", seeded)
    assert view.exit_code == 0, view.stderr
    assert quads(seeded) == before


@pytest.mark.filterwarnings(*RDFLIB_DEPRECATIONS)
def test_the_view_escapes_article_text(tmp_path: Path, spec: str):
    payload = "</script><script>document.title='owned'</script><img src=x onerror=alert(1)>"
    corpus = tmp_path / "evil.jsonl"
    corpus.write_text(json.dumps({
        "id": "evil", "title": f"Title {payload}", "source": payload,
        "text": f"Russia opposes the deployment of THAAD in South Korea {payload}, Lavrov said.\n"}) + "\n")
    result = kg("build", corpus, "--store", spec, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "owned" in page  # the text is in the view...
    assert "<script>document.title" not in page and "<img src=x" not in page  # ...as data, never markup


def test_ids_of_other_files_never_replace_each_other(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, i in (("санкции.txt", 1), ("россия.txt", 2), ("日本語.txt", 3), ("中文.txt", 4)):
        (folder / name).write_text(synthetic(i), encoding="utf-8")
    result = kg("ingest", folder, "--store", spec)
    assert result.exit_code == 0, result.stderr
    assert len(files_stored(spec)) == 4
    # across runs: another file whose name slugs to a stored id is refused, not stored over it
    (tmp_path / "Report 2017.txt").write_text(synthetic(5), encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "report_2017.txt").write_text(synthetic(6), encoding="utf-8")
    assert kg("ingest", tmp_path / "Report 2017.txt", "--store", spec).exit_code == 0
    before = article_counts(spec)
    second = kg("ingest", tmp_path / "b" / "report_2017.txt", "--store", spec)
    assert second.exit_code == 1
    assert lines(second.stderr, "skipped: ") == [
        "report_2017.txt: its id 'report-2017' is taken by Report 2017.txt, stored before; not stored "
        "(rename one, give it an id, or kg remove report-2017 first)"]
    assert article_counts(spec) == before
    # the same name in another folder while the first file still exists: refused too
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "Report 2017.txt").write_text(synthetic(7), encoding="utf-8")
    third = kg("ingest", tmp_path / "c" / "Report 2017.txt", "--store", spec)
    assert third.exit_code == 1 and "is taken by" in third.stderr
    # ...but an edited file, or one moved (its old place gone), replaces its own graph
    (tmp_path / "Report 2017.txt").write_text(synthetic(8), encoding="utf-8")
    assert kg("ingest", tmp_path / "Report 2017.txt", "--store", spec).exit_code == 0
    (tmp_path / "Report 2017.txt").unlink()
    moved = kg("ingest", tmp_path / "c" / "Report 2017.txt", "--store", spec)
    assert moved.exit_code == 0 and "1 article(s) stored" in moved.stderr


def test_jsonl_ids_that_slug_alike_stay_apart_and_never_replace_another(tmp_path: Path, spec: str):
    corpus = tmp_path / "ids.jsonl"
    corpus.write_text("".join(json.dumps({"id": ident, "text": synthetic(i)}, ensure_ascii=False) + "\n"
                              for i, ident in enumerate(["日本語", "!!!", "???", "W1"])), encoding="utf-8")
    assert kg("ingest", corpus, "--store", spec).exit_code == 0
    assert len(article_counts(spec)) == 4
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "w1", "text": synthetic(9)}) + "\n", encoding="utf-8")
    refused = kg("ingest", other, "--store", spec)
    assert refused.exit_code == 1 and "its id 'w1' is taken by ids.jsonl:4" in refused.stderr
    # the same id, edited and moved to another line, is the same article
    corpus.write_text(json.dumps({"id": "W1", "text": synthetic(10)}) + "\n", encoding="utf-8")
    again = kg("ingest", corpus, "--store", spec)
    assert again.exit_code == 0 and "1 article(s) stored" in again.stderr


def test_only_http_urls_are_stored_and_markup_in_plain_text_is_stripped(tmp_path: Path, spec: str):
    corpus = tmp_path / "urls.jsonl"
    urls = ["javascript:alert(1)", "data:text/html,<script>x</script>", "vbscript:msgbox", "ftp://e.org/a",
            "https://example.org/ok"]
    corpus.write_text("".join(json.dumps({"id": f"u{i}", "url": url, "text": synthetic(i)}) + "\n"
                              for i, url in enumerate(urls)), encoding="utf-8")
    (tmp_path / "evil.txt").write_text("Russia opposes sanctions</script><script>alert(1)</script> on "
                                       "<b>North Korea</b>, Lavrov said.\n", encoding="utf-8")
    result = kg("ingest", corpus, tmp_path / "evil.txt", "--store", spec)
    assert result.exit_code == 0, result.stderr
    assert "urls.jsonl:1: url 'javascript:alert(1)' is not an http(s) URL; ignored" in lines(
        result.stderr, "warning: ")
    assert "evil.txt: 5 markup tag(s) removed from the text" in lines(result.stderr, "warning: ")
    store = open_store(spec, read_only=True)
    try:
        stored = [str(r[0]) for r in store.query(
            "SELECT ?u WHERE { GRAPH ?g { ?a <https://schema.org/url> ?u } }").rows]
        text = " ".join(str(r[0]) for r in store.query("SELECT ?t WHERE { GRAPH ?g { ?s ?p ?t } }").rows)
    finally:
        store.close()
    assert stored == ["https://example.org/ok"]
    assert "<script" not in text and "</b>" not in text and "alert(1)" not in text
    [article] = [a for a in iter_articles([tmp_path / "evil.txt"]) if isinstance(a, Article)]
    original = (tmp_path / "evil.txt").read_text(encoding="utf-8")
    assert len(article.text) == len(original)  # tags become spaces: offsets stay those of the file
    assert article.text.split() == ["Russia", "opposes", "sanctions", "on", "North", "Korea", ",", "Lavrov",
                                    "said."]


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path, reference_only: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(200):
        (folder / f"a{i:03d}.txt").write_text(synthetic(i), encoding="utf-8")
    shutil.copytree(reference_only, tmp_path / "store")
    process = subprocess.Popen([*KG, "ingest", str(folder), "--store", f"oxigraph:{tmp_path / 'store'}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not article_counts_or_none(f"oxigraph:{tmp_path / 'store'}"):
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert lines(stderr, "interrupted: ") == [
        "articles stored before are whole; run the same command again to complete it"]
    assert article_counts(f"oxigraph:{tmp_path / 'store'}")  # what was stored stays


@pytest.mark.parametrize("args", [
    ["extract", "--jsonl", "seeds/", "tests/data/tuning/"],  # 117 kB: more than the pipe holds
    ["extract", "seeds/"],  # a table, through rich
    ["--help"],  # rich writes it in parts
], ids=["jsonl", "table", "help"])
def test_a_closed_pipe_is_not_a_failure(tmp_path: Path, args: list[str]):
    """``kg extract --jsonl seeds/ | head -1``: the reader goes away after one line; kg exits 0, quietly."""
    with (tmp_path / "stderr").open("w+", encoding="utf-8") as stderr:
        process = subprocess.Popen([*KG, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr)
        assert process.stdout is not None
        first = process.stdout.readline()
        process.stdout.close()  # as head -1 does
        assert process.wait(timeout=120) == 0
        stderr.seek(0)
        said = stderr.read()
    assert first.endswith(b"\n")  # a whole line was read before the pipe was closed
    assert "Traceback" not in said and "BrokenPipe" not in said and "Exception ignored" not in said, said


def article_counts_or_none(spec: str) -> dict[str, int] | None:
    with contextlib.suppress(Exception):
        return article_counts(spec)
    return None


def test_what_is_not_a_regular_article_file_is_refused_with_a_line(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "LICENSE").write_text("Permission is hereby granted, free of charge.\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("Russia opposes the secret.\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    (folder / "sub" / "inside.txt").write_text(synthetic(1), encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "sub" / "inside.txt")  # a link inside the folder: read
    (folder / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    locked = folder / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    array = tmp_path / "list.json"
    array.write_text(json.dumps([{"text": ARTICLE}]), encoding="utf-8")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    try:
        started = time.monotonic()
        result = kg("ingest", folder, "/dev/zero", fifo, array, pdf, tmp_path / "Makefile", "--store", spec)
        assert time.monotonic() - started < 60
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1
    skipped = lines(result.stderr, "skipped: ")
    readable = os.geteuid() != 0  # root reads a folder without permissions
    expected = [
        "LICENSE: not an article file (kg reads .txt, .md, .html, .jsonl)",
        "link.txt: a link to a file outside the folder given (" + str(outside) + "): not followed",
        "linked-dir: a link to a folder: not followed (give the folder itself to read it)",
        *(["locked: cannot read this folder (Permission denied)"] if readable else []),
        "pipe.txt: not a regular file (a FIFO, device or socket)",
        "/dev/zero: not a regular file (a FIFO, device or socket)",
        f"{fifo}: not a regular file (a FIFO, device or socket)",
        "list.json: not an article file (kg reads .txt, .md, .html, .jsonl; a .json file is the metadata of "
        "the article beside it)",
        "scan.pdf: not an article file (kg reads .txt, .md, .html, .jsonl)",
        f"{tmp_path / 'Makefile'}: no such file or folder",
    ]
    assert skipped == expected
    stored = files_stored(spec)
    assert "secret.txt" not in stored and "link.txt" not in stored
    assert sorted(stored) == (["alias.txt", "good.txt", "inside.txt"] if readable else
                              ["alias.txt", "good.txt", "inside.txt", "x.txt"])


def test_a_jsonl_line_nested_too_deep_is_one_line(tmp_path: Path, spec: str):
    corpus = tmp_path / "deep.jsonl"
    corpus.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "ok", "text": ARTICLE}) + "\n")
    front = tmp_path / "deep.md"
    front.write_text("---\ntitle: " + "[" * 100_000 + "\n---\n" + ARTICLE, encoding="utf-8")
    result = kg("ingest", corpus, front, "--store", spec)
    assert result.exit_code == 1
    skipped = lines(result.stderr, "skipped: ")
    assert skipped[0] == "deep.jsonl:1: not valid JSON (nested too deeply)"
    assert len(skipped) == 2 and skipped[1].startswith("deep.md: front matter is not valid YAML")
    assert len(files_stored(spec)) == 1
