"""Where beam-search decoding spends its time: a torch.profiler breakdown by operator (markdown).

    python benchmarks/beam_profile.py --checkpoint deepfix/data/models/text2sql.safetensors \
        [--questions 192] [--beam-size 5] [--batch-size 64] [--out results/benchmarks/beam_profile.md]

Decodes the first ``--questions`` Spider dev questions (one torch thread, after one warm-up chunk) as
``spider eval`` does, and writes the operators by self CPU time, with the machine read at run time.
Needs the dev encoder cache (``deepfix spider cache``) and ``$DEEPFIX_SPIDER_DATA``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.machine import Machine  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--questions", type=int, default=192)
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--out", default="results/benchmarks/beam_profile.md")
    args = parser.parse_args()

    import torch
    from torch.profiler import ProfilerActivity, profile

    from deepfix.tasks.spider.sql.scoring import resolve_data_dir
    from deepfix.tasks.spider.text2sql import load_examples, load_model, predict

    torch.set_num_threads(1)
    machine = Machine()
    model, config, _ = load_model(args.checkpoint)
    config.data.data = str(resolve_data_dir(os.environ.get("DEEPFIX_SPIDER_DATA", config.data.data)))
    examples = load_examples(config.data, ("dev",), progress=False, keep_unusable=True)[0]["dev"][:args.questions]
    with torch.no_grad():
        predict(model, examples[:args.batch_size], args.beam_size, args.batch_size)  # warm-up
        start = time.perf_counter()
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            predict(model, examples, args.beam_size, args.batch_size)
        seconds = time.perf_counter() - start
    events = sorted(prof.key_averages(), key=lambda e: -e.self_cpu_time_total)
    total = sum(e.self_cpu_time_total for e in events)
    record = machine.record()
    lines = [f"# Beam-search decoding profile ({args.questions} Spider dev questions, beam {args.beam_size}, "
             f"chunks of {args.batch_size}, 1 thread)", "",
             f"Machine: {record['cpu_count']} CPU cores ({record['cpu']}), torch {record['torch']}, load average "
             f"{record['load_average_before'][0]:.2f} before. Command: `python {' '.join(sys.argv)}`. "
             f"{args.questions / seconds:.1f} questions/s under the profiler.", "",
             "| operator (self time) | calls | self CPU (ms) | share |", "|---|---|---|---|"]
    lines += [f"| `{e.key}` | {e.count} | {e.self_cpu_time_total / 1000:.0f} | {e.self_cpu_time_total / total:.1%} |"
              for e in events[:20]]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines) + "\n")
    print(f"profile -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
