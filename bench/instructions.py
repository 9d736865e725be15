"""Extraction cost as a ratio to bare spaCy ``nlp.pipe``, counted in CPU instructions, not seconds.

    python bench/instructions.py [PATH ...]     (default: the seed)

``bench/extract.py`` times both sides in one run, but on a shared machine the
ratio still swings by more than a change to the finders is worth. This script
runs each side once more under Valgrind's callgrind (Debian's ``valgrind``) and
counts the instructions it executes: the same as ``bench/extract.py``'s sides
(bare ``nlp.pipe`` of the same model with the extractor's batch size; kg
extraction, ``Extractor.extract_all``: parse and finders), each after one
warm-up pass, which the count leaves out. Load on the machine does not change
a count, so the ratio bare / kg reads the same on a busy machine as on a quiet
one. Under callgrind a side runs some fifty times slower: keep the input small.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [str(ROOT / "seeds")]
SIDES = ("bare", "kg")


def count(side: str, paths: list[str]) -> int:
    """Instructions one side executes over ``paths``, under callgrind in a process of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                   sys.executable, __file__, "--side", side, *paths]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        totals = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)  # not "summary:", 0 here
        if totals is None:
            raise SystemExit(f"{out}: callgrind wrote no instruction total")
        return int(totals.group(1))


def run_side(side: str, paths: list[str]) -> None:
    """Inside callgrind: warm up, then switch the count on around one pass of ``side``."""
    import spacy

    from kg.build import collect_inputs, iter_documents
    from kg.extract import Extractor

    files, _ = collect_inputs(paths)
    docs = list(iter_documents(files, on_error=print))
    extractor = Extractor()
    if side == "bare":
        nlp = spacy.load(bare_model(extractor))
        texts = [d.text for d in docs]

        def one_pass() -> object:
            return list(nlp.pipe(texts, batch_size=extractor.batch_size))
    else:

        def one_pass() -> object:
            return list(extractor.extract_all(docs))

    one_pass()  # warm-up: lexicon, registry, caches
    callgrind_control("on")
    one_pass()
    callgrind_control("off")


def bare_model(extractor: object) -> str:
    """The model kg loads: its setting, else $KG_SPACY_MODEL, else the first default installed."""
    import spacy

    from kg.extract import DEFAULT_MODELS, MODEL_ENV

    chosen = getattr(extractor, "model_name", None) or os.environ.get(MODEL_ENV)
    return chosen or next(name for name in DEFAULT_MODELS if spacy.util.is_package(name))


def callgrind_control(switch: str) -> None:
    command = ["callgrind_control", "-i", switch, str(os.getpid())]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def main(args: list[str]) -> None:
    if args[:1] == ["--side"]:
        run_side(args[1], args[2:] or DEFAULT)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("bench/instructions.py: valgrind is not installed (Debian: apt install valgrind)")
    paths = args or DEFAULT
    counts = {side: count(side, paths) for side in SIDES}
    for side in SIDES:
        print(f"{side:<5} {counts[side] / 1e6:12.1f} M instructions")
    ratio = counts["bare"] / counts["kg"]
    print(f"ratio bare / kg {ratio:.3f} (kg's throughput as a share of bare nlp.pipe's)")


if __name__ == "__main__":
    main(sys.argv[1:])
