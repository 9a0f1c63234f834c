"""Training curve of a `deepfix spider train` run: python plot_training.py RUN_DIR/metrics.jsonl OUT.png"""

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

records = [json.loads(line) for line in open(sys.argv[1])]
train = [r for r in records if r.get("event") == "train"]
evals = [r for r in records if r.get("event") == "eval"]
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot([r["step"] for r in train], [r["loss"] for r in train], label="train loss (summed action NLL / question)")
ax.set_xlabel("step (batch 16)")
ax.set_ylabel("loss")
ax2 = ax.twinx()
ax2.plot([r["step"] for r in evals], [100 * r["exact_match"] for r in evals], "o-", color="C1",
         label="dev exact match % (greedy, first 200)")
ax2.set_ylabel("dev exact match %")
fig.legend(loc="upper right", fontsize=7)
fig.tight_layout()
fig.savefig(sys.argv[2], dpi=120)
