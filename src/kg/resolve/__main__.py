"""``python -m kg.resolve --store DIR``: add the index keys, digests and corpus summary to an older store.

Rebuilding the whole corpus takes an hour; the tokens and keys come from labels the store already
holds and the digests from each graph's own actors and items, so this adds them in place
(minutes) and the ``--actor``/``--option`` lookups and the corpus-wide rankings work at once; the corpus
summary (``kg.resolve.view``) is then summed anew from the digests.
A later ``kg build`` still rebuilds every graph once (the resolver
version is part of each graph's build state).
"""
from __future__ import annotations

import argparse
import sys
import time

from ..errors import KgError
from ..store import open_store
from .digest import add_store_digests
from .index import add_store_name_tokens, add_store_option_keys
from .view import write_store_summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.resolve", description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="the store folder (or SPARQL endpoint) to upgrade")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        with open_store(args.store) as store:
            graphs, tokens = add_store_name_tokens(store)
            keyed, keys = add_store_option_keys(store)
            digested, digests = add_store_digests(store)
            summarized = write_store_summary(store)
            store.optimize()
    except KgError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    print(f"{args.store}: {tokens} name tokens added to {graphs} graphs, {keys} option keys to {keyed} "
          f"graphs, {digests} digest triples to {digested} graphs, {summarized} summary nodes written "
          f"in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
