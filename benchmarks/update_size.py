"""Theorem check: the size of one optimiser step's effect on the stack's output, vs depth.

DT-Fixup (Xu et al., ACL 2021), Theorem 3.1: for inputs of norm Θ(μ), μ ≫ 1, scaling v, w, r^v
and the MLP weights of every layer by (N(4μ²+2μ+2))^(-1/2) (relation-aware) or N^(-1/2)/(2μ)
(vanilla) keeps the change of the stack's output after one update of size η at Θ(η), whatever the
number of layers N. Unscaled Xavier without LayerNorm has no such bound.

What is measured, for N = 2, 4, 8, 16, 32 layers, vanilla and relation-aware stacks without
LayerNorm (d=256, 8 heads, FFN 1024, dropout 0, float64), DT-Fixup vs plain Xavier (the same
Xavier draw before scaling, seeds 0..S-1):

* inputs: batch 2 × 16 tokens, every token vector of norm exactly μ (a Gaussian direction
  rescaled), random relation ids in [0, 33) for the relation-aware stack;
* loss: L(θ) = ⟨ĝ, f_G(x; θ)⟩ with fixed random unit vectors per token, scaled so that ∂L/∂f has
  Frobenius norm 1 over the batch whatever the model's output size (the theorem's assumption
  ‖∂L/∂f‖ = Θ(1));
* one update θ' = θ − η·u, from the same θ for each of these updates:
  - ``sgd/weights``: u = ∇L, moving the weight matrices and relation tables only. This is the
    setting of Theorem 3.1 (plain SGD; the theorem's layers have no biases);
  - ``sgd/all``: the same, biases included (what a real SGD step does);
  - ``normalised_sgd/weights``: u = ∇L / ‖∇L‖_F per weight tensor (every matrix moves by
    exactly η in Frobenius norm);
  - ``adam/weights`` and ``adam/all``: the first step of torch.optim.Adam(lr=η, default betas
    and eps), which moves every coordinate by ≈ η (u ≈ sign ∇L);
  η = 1e-3 for the SGD updates, 1e-4 for Adam;
* reported: ‖Δf‖ = ‖f_G(x; θ') − f_G(x; θ)‖_F over the whole batch, the output size
  mean_t ‖f_G(x; θ)_t‖, and ‖Δf‖/η (plotted).

A linearity probe repeats the DT-Fixup N=32 point with η/10 (the change should fall 10×).

Run: OMP_NUM_THREADS=1 python benchmarks/update_size.py   (writes results/update_size/)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from deepfix.init import apply_init, xavier_init  # noqa: E402
from deepfix.nn import StackConfig, TransformerStack  # noqa: E402

NUM_RELATIONS = 33  # as in the DT-Fixup authors' Spider setting
# update name -> (rule, which parameters move, η)
UPDATES = {
    "sgd/weights": ("sgd", "weights", 1e-3),
    "sgd/all": ("sgd", "all", 1e-3),
    "normalised_sgd/weights": ("normalised_sgd", "weights", 1e-3),
    "adam/weights": ("adam", "weights", 1e-4),
    "adam/all": ("adam", "all", 1e-4),
}
BATCH, TOKENS = 2, 16


def make_stack(num_layers: int, relation_aware: bool, args) -> TransformerStack:
    config = StackConfig(
        num_layers=num_layers, d_model=args.d_model, n_heads=args.heads, d_ff=args.d_ff, dropout=0.0,
        norm="none", num_relations=NUM_RELATIONS if relation_aware else 0,
    )
    return TransformerStack(config).double().eval()


def make_inputs(mu: float, relation_aware: bool, d_model: int, seed: int):
    generator = torch.Generator().manual_seed(10_000 + seed)
    direction = torch.randn(BATCH, TOKENS, d_model, generator=generator, dtype=torch.float64)
    x = mu * direction / direction.norm(dim=-1, keepdim=True)  # (B, n, d), every ‖x_j‖ = μ
    relations = (
        torch.randint(0, NUM_RELATIONS, (BATCH, TOKENS, TOKENS), generator=generator) if relation_aware else None
    )
    probe = torch.randn(BATCH, TOKENS, d_model, generator=generator, dtype=torch.float64)
    probe = probe / probe.norm(dim=-1, keepdim=True)  # (B, n, d) unit vector g_t per token
    probe = probe / math.sqrt(BATCH * TOKENS)  # ĝ: ∂L/∂f has Frobenius norm 1 over the batch
    return x, relations, probe


def apply_update(params: list[torch.Tensor], rule: str, eta: float) -> None:
    """θ ← θ − η·u for the given rule (gradients already in ``p.grad``)."""
    with torch.no_grad():
        if rule == "sgd":
            for p in params:
                p.sub_(eta * p.grad)
        elif rule == "normalised_sgd":
            for p in params:
                grad_norm = p.grad.norm()
                if grad_norm > 0:
                    p.sub_(eta * p.grad / grad_norm)
        elif rule == "adam":
            torch.optim.Adam(params, lr=eta).step()
        else:
            raise ValueError(rule)


def output_changes(stack: TransformerStack, x, relations, probe, updates: dict[str, tuple]) -> dict:
    """One gradient of L = ⟨ĝ, f_G(x)⟩, then, for each rule, the output change after its update.

    The stack's parameters are restored after each update, so every update starts from the same θ.
    Scope "weights" moves only matrices and relation tables (the parameters Theorem 3.1 models);
    "all" also moves the biases.
    """
    params = [p for p in stack.parameters() if p.requires_grad]
    scopes = {"all": params, "weights": [p for p in params if p.dim() >= 2]}
    stack.zero_grad(set_to_none=True)
    before = stack(x, None, relations)  # (B, n, d)
    (before * probe).sum().backward()
    before = before.detach()
    saved = [p.detach().clone() for p in params]
    results = {}
    for name, (rule, scope, eta) in updates.items():
        apply_update(scopes[scope], rule, eta)
        with torch.no_grad():
            after = stack(x, None, relations)  # (B, n, d)
            change = float((after - before).norm())  # Frobenius norm over the batch
            for p, value in zip(params, saved):
                p.copy_(value)
        results[name] = {"update": rule, "scope": scope, "eta": eta, "change": change, "change_over_eta": change / eta,
                         "finite": math.isfinite(change)}
    with torch.no_grad():
        gradient_norm = float(torch.sqrt(sum(p.grad.pow(2).sum() for p in params)))
    return {"output_size": float(before.norm(dim=-1).mean()), "gradient_norm": gradient_norm, "rules": results}


def run_point(num_layers, relation_aware, mu, init, seed, args, updates=None) -> list[dict]:
    """One (N, attention, μ, init, seed) point: one row per update."""
    torch.manual_seed(seed)
    stack = make_stack(num_layers, relation_aware, args)
    if init == "dt_fixup":
        factor = apply_init(stack, "dt_fixup", mu=mu)["factor"]
    else:
        xavier_init(stack)
        factor = 1.0
    x, relations, probe = make_inputs(mu, relation_aware, args.d_model, seed)
    measured = output_changes(stack, x, relations, probe, updates or UPDATES)
    common = {"num_layers": num_layers, "attention": "relation" if relation_aware else "vanilla", "mu": mu,
              "init": init, "seed": seed, "factor": factor, "output_size": measured["output_size"],
              "gradient_norm": measured["gradient_norm"]}
    return [{**common, "rule": rule, **row} for rule, row in measured["rules"].items()]


def summarize(points: list[dict]) -> list[dict]:
    groups: dict[tuple, list[dict]] = {}
    for p in points:
        groups.setdefault((p["attention"], p["rule"], p["init"], p["mu"], p["num_layers"]), []).append(p)
    summary = []
    for (attention, rule, init, mu, num_layers), ps in sorted(groups.items()):
        values = [p["change_over_eta"] for p in ps if p["finite"]]
        logs = [math.log10(v) for v in values if v > 0]
        summary.append({
            "attention": attention, "rule": rule, "init": init, "mu": mu, "num_layers": num_layers,
            "seeds": len(ps), "finite_seeds": len(values),
            "change_over_eta_mean": statistics.fmean(values) if values else None,
            "change_over_eta_std": statistics.pstdev(values) if len(values) > 1 else 0.0,
            "log10_change_over_eta_mean": statistics.fmean(logs) if logs else None,
            "output_size_mean": statistics.fmean(p["output_size"] for p in ps),
        })
    return summary


def depth_growth(summary: list[dict]) -> list[dict]:
    """Per curve: ‖Δf‖/η at the deepest N over that at the shallowest N, and the log-log slope
    (least-squares exponent p of ‖Δf‖/η ∝ N^p over the finite points; Θ(η) means p ≈ 0)."""
    curves: dict[tuple, dict[int, float]] = {}
    for s in summary:
        curves.setdefault((s["attention"], s["rule"], s["init"], s["mu"]), {})[s["num_layers"]] = s[
            "change_over_eta_mean"]
    rows = []
    for (attention, rule, init, mu), by_n in sorted(curves.items()):
        lo, hi = min(by_n), max(by_n)
        ratio = by_n[hi] / by_n[lo] if by_n[lo] and by_n[hi] else None
        finite = [(math.log(n), math.log(v)) for n, v in by_n.items() if v and math.isfinite(v)]
        slope = None
        if len(finite) == len(by_n) >= 2:
            mean_x = statistics.fmean(x for x, _ in finite)
            mean_y = statistics.fmean(y for _, y in finite)
            slope = sum((x - mean_x) * (y - mean_y) for x, y in finite) / sum((x - mean_x) ** 2 for x, _ in finite)
        rows.append({"attention": attention, "rule": rule, "init": init, "mu": mu,
                     "from_layers": lo, "to_layers": hi, "growth": ratio, "loglog_slope": slope,
                     "change_over_eta": {str(n): by_n[n] for n in sorted(by_n)}})
    return rows


def minilm_projected_mu(count: int = 64) -> dict | None:
    """Token norms of MiniLM outputs after a Xavier projection to 256 (what a stack really sees)."""
    try:
        from deepfix.models.encoders import default_encoder_path, load_pretrained
        hf_model, tokenizer = load_pretrained(default_encoder_path())
    except Exception as error:  # the encoder package is optional for this check
        return {"skipped": str(error)}
    lines = (REPO_ROOT / "deepfix/data/spider_sketch/train.jsonl").read_text().splitlines()[:count]
    questions = [json.loads(line)["question"] for line in lines]
    torch.manual_seed(0)
    projection = torch.nn.Linear(hf_model.config.hidden_size, 256)
    torch.nn.init.xavier_uniform_(projection.weight)
    torch.nn.init.zeros_(projection.bias)
    hf_model.eval()
    with torch.no_grad():
        batch = tokenizer(questions, padding=True, return_tensors="pt")
        hidden = hf_model(**batch).last_hidden_state  # (B, n, 384)
        valid = batch["attention_mask"].bool()
        feature_norms = hidden[valid].norm(dim=-1)
        projected_norms = projection(hidden)[valid].norm(dim=-1)
    return {"questions": count, "tokens": int(valid.sum()),
            "feature_norm_max": float(feature_norms.max()),
            "projected_norm_max": float(projected_norms.max()),
            "projected_norm_p95": float(torch.quantile(projected_norms, 0.95)),
            "projected_norm_median": float(projected_norms.median())}


def plot(summary: list[dict], path: Path) -> None:
    """Rows: updates. Columns: vanilla and relation-aware (both inits), then DT-Fixup alone."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rules = list(UPDATES)
    fig, axes = plt.subplots(len(rules), 3, figsize=(15, 3.3 * len(rules)), squeeze=False)
    colours = {("dt_fixup", 10.0): "tab:blue", ("dt_fixup", 30.0): "tab:orange",
               ("xavier", 10.0): "tab:green", ("xavier", 30.0): "tab:red"}
    panels = [("vanilla", ("dt_fixup", "xavier")), ("relation", ("dt_fixup", "xavier")),
              (("vanilla", "relation"), ("dt_fixup",))]
    for r, rule in enumerate(rules):
        for c, (attentions, inits) in enumerate(panels):
            ax = axes[r][c]
            attentions = (attentions,) if isinstance(attentions, str) else attentions
            curves: dict[tuple, list[dict]] = {}
            for s in summary:
                if s["rule"] == rule and s["attention"] in attentions and s["init"] in inits:
                    curves.setdefault((s["attention"], s["init"], s["mu"]), []).append(s)
            for (attention, init, mu), ss in sorted(curves.items()):
                ss = [s for s in sorted(ss, key=lambda s: s["num_layers"])
                      if s["change_over_eta_mean"] and math.isfinite(s["change_over_eta_mean"])]
                ns = [s["num_layers"] for s in ss]
                mean = [s["change_over_eta_mean"] for s in ss]
                std = [s["change_over_eta_std"] for s in ss]
                style = "--" if init == "xavier" or (c == 2 and attention == "relation") else "-"
                label = f"{init}, μ={mu:g}" if c < 2 else f"{attention}, μ={mu:g}"
                colour = colours.get((init, mu))
                ax.plot(ns, mean, style, marker="o", color=colour, label=label)
                ax.fill_between(ns, [max(m - d, m * 1e-3) for m, d in zip(mean, std)],
                                [m + d for m, d in zip(mean, std)], color=colour, alpha=0.2)
            ax.set_xscale("log", base=2)
            ax.set_yscale("log")
            ax.set_xlabel("layers N")
            ax.set_ylabel("‖Δf_G‖ / η")
            what = "DT-Fixup only" if c == 2 else f"{attentions[0]} attention"
            ax.set_title(f"{what}: {rule} (η={UPDATES[rule][2]:g})", fontsize=10)
            ax.grid(True, which="both", alpha=0.3)
            ax.legend(fontsize=7)
    fig.suptitle("Output change after one update of size η, no LayerNorm (mean ± std over seeds; "
                 "missing points: non-finite)")
    fig.tight_layout(rect=(0, 0, 1, 0.98))
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write_json_atomic(path: Path, payload: dict) -> None:
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as handle:
        json.dump(payload, handle, indent=1)
    os.replace(handle.name, path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, nargs="+", default=[2, 4, 8, 16, 32])
    parser.add_argument("--mu", type=float, nargs="+", default=[10.0, 30.0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--d-model", type=int, default=256)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--d-ff", type=int, default=1024)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "results/update_size")
    parser.add_argument("--no-minilm", action="store_true", help="skip measuring μ of projected MiniLM outputs")
    parser.add_argument("--replot", action="store_true", help="recompute summaries and the plot from results.json")
    args = parser.parse_args(argv)
    if args.replot:
        payload = json.loads((args.out / "results.json").read_text())
        payload["summary"] = summarize(payload["points"])
        payload["depth_growth"] = depth_growth(payload["summary"])
        write_json_atomic(args.out / "results.json", payload)
        plot(payload["summary"], args.out / "update_size.png")
        return 0
    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)

    from tqdm import tqdm

    started, cpu_started = time.time(), time.process_time()
    grid = [(n, rel, mu, init, seed) for rel in (False, True) for mu in args.mu
            for init in ("dt_fixup", "xavier") for n in args.layers for seed in range(args.seeds)]
    points = [row for n, rel, mu, init, seed in tqdm(grid) for row in run_point(n, rel, mu, init, seed, args)]
    deepest = max(args.layers)
    linearity = []
    for rel in (False, True):
        full = run_point(deepest, rel, max(args.mu), "dt_fixup", 0, args)
        tenth = run_point(deepest, rel, max(args.mu), "dt_fixup", 0, args,
                          {name: (rule, scope, eta / 10) for name, (rule, scope, eta) in UPDATES.items()})
        for a, b in zip(full, tenth):
            linearity.append({"attention": a["attention"], "rule": a["rule"], "num_layers": deepest,
                              "mu": a["mu"], "eta": a["eta"], "change": a["change"],
                              "change_at_eta_over_10": b["change"], "ratio": a["change"] / b["change"]})
    summary = summarize(points)
    payload = {
        "what": "RMS over tokens of ||f_G(x; theta - eta*u) - f_G(x; theta)|| after one update; see docstring",
        "command": "OMP_NUM_THREADS=1 python benchmarks/update_size.py " + " ".join(argv or sys.argv[1:]),
        "config": {"layers": args.layers, "mu": args.mu, "seeds": args.seeds, "d_model": args.d_model,
                   "heads": args.heads, "d_ff": args.d_ff, "batch": BATCH, "tokens": TOKENS,
                   "num_relations": NUM_RELATIONS, "updates": UPDATES, "dtype": "float64",
                   "norm": "none", "dropout": 0.0},
        "machine": "2 CPU cores shared with ~6 other jobs, 1 torch thread",
        "seconds": None,
        "cpu_seconds": None,
        "minilm_projected_input_norms": None if args.no_minilm else minilm_projected_mu(),
        "depth_growth": depth_growth(summary),
        "linearity_in_eta": linearity,
        "summary": summary,
        "points": points,
    }
    payload["seconds"] = round(time.time() - started, 1)
    payload["cpu_seconds"] = round(time.process_time() - cpu_started, 1)
    write_json_atomic(args.out / "results.json", payload)
    plot(summary, args.out / "update_size.png")
    for row in payload["depth_growth"]:
        growth = "non-finite" if row["growth"] is None else f"x{row['growth']:.3g}"
        print(f"{row['attention']:8s} {row['rule']:22s} {row['init']:8s} mu={row['mu']:<4g} "
              f"N {row['from_layers']}->{row['to_layers']}: change/eta grows {growth}")
    print(f"wrote {args.out / 'results.json'} and update_size.png in {payload['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
