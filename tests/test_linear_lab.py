"""Linear-transformer lab (Ahn et al., ICLR 2024): model, theory checks, optimizers, analysis, CLI."""

from __future__ import annotations

import json

import pytest
import torch

from deepfix.cli import main
from deepfix.lab.linear import analysis
from deepfix.lab.linear.data import SETTINGS, get_setting, sample_prompts
from deepfix.lab.linear.init import initialize, prompt_norm_percentile, value_scale
from deepfix.lab.linear.model import LinearTransformer, assemble, forward_prompts
from deepfix.lab.linear.optim import PopulationOptimizer
from deepfix.lab.linear.theory import (
    optimal_one_layer_loss,
    optimal_preconditioner_scale,
    preconditioned_gd_prediction,
)
from deepfix.lab.linear.train import PopulationConfig, train_population

torch.set_num_threads(1)


def reference_forward(P, Q, z0, n):
    """The paper's update written literally, with the mask matrix M, one prompt at a time."""
    preds = []
    M = torch.eye(n + 1, dtype=z0.dtype)
    M[n, n] = 0.0
    for z in z0:
        for l in range(P.shape[0]):
            z = z + (P[l] @ z @ M @ (z.T @ Q[l] @ z)) / n
        preds.append(-z[-1, -1])
    return torch.stack(preds)


def fresh(setting, count, seed):
    return sample_prompts(setting, count, torch.Generator().manual_seed(seed))


# ---------------------------------------------------------------- data, model, masking


def test_prompt_shapes_and_hidden_label():
    setting = get_setting("gaussian-n5")
    z0, y = fresh(setting, 7, 0)
    assert z0.shape == (7, 6, 6) and y.shape == (7,)
    assert torch.all(z0[:, 5, 5] == 0)  # the query's label is hidden
    zg, yg = sample_prompts(setting, 4, torch.Generator().manual_seed(0), groups=3)
    assert zg.shape == (3, 4, 6, 6) and yg.shape == (3, 4)


def test_heavy_tailed_covariates_have_unit_variance_and_heavy_tails():
    gen = torch.Generator().manual_seed(0)
    from deepfix.lab.linear.data import sample_covariates

    x = sample_covariates(SETTINGS["heavy-n20"], (200_000,), gen)
    g = sample_covariates(SETTINGS["gaussian-n20"], (200_000,), gen)
    assert abs(float(x.var()) - 1.0) < 0.05
    assert float(x.pow(4).mean()) > 5.0 > float(g.pow(4).mean())  # kurtosis 6 vs 3


@pytest.mark.parametrize("parameterisation", ["full", "sparse"])
def test_vectorised_forward_matches_literal_update(parameterisation):
    setting = get_setting("gaussian-n5")
    model = LinearTransformer(3, setting.d, parameterisation, num_runs=2).double()
    initialize(model, "small", [0, 1], small_std=0.3)
    z0, _ = fresh(setting, 5, 1)
    pred = model(z0.double(), setting.n)  # (R, B)
    assert pred.shape == (2, 5)
    P, Q = model.matrices()
    for run in range(2):
        torch.testing.assert_close(pred[run], reference_forward(P[run], Q[run], z0.double(), setting.n))


def test_sparse_parameterisation_structure():
    model = LinearTransformer(2, 5, "sparse", num_runs=3)
    initialize(model, "standard", [0, 1, 2])
    P, Q = model.matrices()
    assert P.shape == Q.shape == (3, 2, 6, 6)
    assert torch.all(P[..., 5, 5] == 1) and torch.all(P[..., 5, :5] == 0) and torch.all(P[..., :5, 5] == 0)
    assert torch.all(Q[..., 5, :] == 0) and torch.all(Q[..., :, 5] == 0)


def test_mask_makes_prediction_linear_in_the_query():
    """M hides the query column from S = Z M Z^T, so the query evolves linearly through the layers."""
    setting = get_setting("gaussian-n20")
    model = LinearTransformer(3, setting.d, "full").double()
    initialize(model, "small", [3], small_std=0.3)
    z0, _ = fresh(setting, 4, 2)
    z0 = z0.double()
    doubled = z0.clone()
    doubled[..., : setting.d, setting.n] *= 2.0
    torch.testing.assert_close(model(doubled, setting.n), 2.0 * model(z0, setting.n))


def test_seed_streams_broadcast_over_learning_rates():
    setting = get_setting("gaussian-n5")
    model = LinearTransformer(2, setting.d, "full", num_runs=4)  # 2 seeds x 2 lrs
    initialize(model, "small", [0, 0, 1, 1], small_std=0.2)
    zs, _ = sample_prompts(setting, 3, torch.Generator().manual_seed(0), groups=2)  # (2, 3, D, N)
    pred = model(zs, setting.n)
    assert pred.shape == (4, 3)
    torch.testing.assert_close(pred[0], pred[1])  # same seed, same weights, same stream
    P, Q = model.matrices()
    torch.testing.assert_close(pred[2], forward_prompts(P[2], Q[2], zs[1], setting.n))


# ---------------------------------------------------------------- theory checks


def test_closed_form_values_match_the_paper():
    assert optimal_one_layer_loss(SETTINGS["gaussian-n20"]) == pytest.approx(1.154, abs=5e-4)
    assert optimal_one_layer_loss(SETTINGS["gaussian-n5"]) == pytest.approx(2.727, abs=5e-4)


@pytest.mark.parametrize("name", ["gaussian-n20", "gaussian-n5", "heavy-n20"])
def test_analytic_preconditioned_gd_reaches_the_closed_form_loss(name):
    setting = get_setting(name)
    z0, y = fresh(setting, 100_000, 11)
    pred = preconditioned_gd_prediction(z0, optimal_preconditioner_scale(setting), setting.n)
    loss = float((pred - y).square().mean())
    assert loss == pytest.approx(optimal_one_layer_loss(setting), rel=0.03)


def _train_one_layer(name: str, steps: int) -> tuple:
    config = PopulationConfig(setting=name, num_layers=1, parameterisation="full", optimizer="adam", lrs=[3e-3],
                         seeds=[0], steps=steps, batch=1000, eval_prompts=1000, eval_every=steps)
    result = train_population(config, progress=False)
    model = LinearTransformer(1, 5, "full")
    with torch.no_grad():
        model.P.copy_(result.final_params["value_like"])
        model.Q.copy_(result.final_params["key_query_like"])
    return model, result


@pytest.fixture(scope="module")
def trained_n20():
    return _train_one_layer("gaussian-n20", 1500)


@pytest.mark.parametrize("name", ["gaussian-n20", "gaussian-n5"])
def test_one_layer_trained_from_scratch_reaches_closed_form_optimum(name, trained_n20):
    setting = get_setting(name)
    model, result = trained_n20 if name == "gaussian-n20" else _train_one_layer(name, 1500)
    assert not bool(result.diverged.any())
    z0, y = fresh(setting, 100_000, 12)
    with torch.no_grad():
        loss = float((model(z0, setting.n)[0] - y).square().mean())
    target = optimal_one_layer_loss(setting)  # 1.154 (n=20), 2.727 (n=5)
    assert abs(loss - target) / target < 0.03, (loss, target)


def test_learned_one_layer_model_is_one_step_of_preconditioned_gd(trained_n20):
    setting = get_setting("gaussian-n20")
    model, _ = trained_n20
    z0, _ = fresh(setting, 20_000, 13)
    with torch.no_grad():
        learned = model(z0, setting.n)[0]
    gd = preconditioned_gd_prediction(z0, optimal_preconditioner_scale(setting), setting.n)
    relative = float((learned - gd).square().mean() / gd.square().mean())
    assert relative < 0.02, relative
    # and a random model is far from it (the check can fail)
    random = LinearTransformer(1, 5, "full")
    initialize(random, "small", [5], small_std=0.3)
    with torch.no_grad():
        other = random(z0, setting.n)[0]
    assert float((other - gd).square().mean() / gd.square().mean()) > 0.5


# ---------------------------------------------------------------- optimizers, init


@pytest.mark.parametrize("kind", ["sgd", "adam"])
def test_population_optimizer_matches_torch_optim_per_run(kind):
    torch.manual_seed(0)
    lrs = [0.05, 0.2]
    start = torch.randn(2, 3, 4)
    targets = torch.randn(2, 3, 4) * 3
    pop = torch.nn.Parameter(start.clone())
    opt = PopulationOptimizer([pop], kind, torch.tensor(lrs), momentum=0.9, betas=(0.9, 0.9), clip=1.0)
    singles = [torch.nn.Parameter(start[r].clone()) for r in range(2)]
    torch_opts = [torch.optim.SGD([p], lr=lr, momentum=0.9) if kind == "sgd" else
                  torch.optim.Adam([p], lr=lr, betas=(0.9, 0.9), eps=1e-8) for p, lr in zip(singles, lrs)]
    for _ in range(5):
        pop.grad = None
        (pop - targets).pow(4).sum().backward()
        opt.step()
        for r, (p, o) in enumerate(zip(singles, torch_opts)):
            o.zero_grad()
            (p - targets[r]).pow(4).sum().backward()
            torch.nn.utils.clip_grad_norm_([p], 1.0)
            o.step()
    for r in range(2):
        torch.testing.assert_close(pop.detach()[r], singles[r].detach(), rtol=1e-5, atol=1e-6)


def test_init_schemes_scale_only_the_value_block():
    setting = get_setting("gaussian-n20")
    z0, _ = fresh(setting, 500, 0)
    mu = prompt_norm_percentile(z0, setting.n)
    assert mu > 1.0
    assert value_scale("t_fixup", 16) == pytest.approx(0.67**2 / 4)
    assert value_scale("dt_fixup", 16, mu) == pytest.approx(1 / (16 * 4 * mu**2))
    models = {}
    for scheme in ("standard", "t_fixup", "dt_fixup"):
        models[scheme] = LinearTransformer(16, 5, "full")
        initialize(models[scheme], scheme, [0], mu=mu)
    torch.testing.assert_close(models["t_fixup"].Q, models["standard"].Q)
    torch.testing.assert_close(models["dt_fixup"].P, models["standard"].P * value_scale("dt_fixup", 16, mu))


def test_divergent_runs_are_frozen_and_reported():
    config = PopulationConfig(setting="gaussian-n5", num_layers=3, optimizer="sgd", lrs=[1e-3, 1e6], seeds=[0],
                         steps=20, batch=64, clip=None, init="standard", eval_prompts=256, eval_every=10)
    result = train_population(config, progress=False)
    assert bool(result.diverged[1])
    assert torch.isnan(result.final_eval[1])
    assert result.best_lr()[0] == 1e-3


# ---------------------------------------------------------------- analysis


def test_hill_estimator_recovers_a_pareto_tail():
    u = torch.rand(50_000, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    pareto = u.pow(-1.0 / 2.0)  # tail index 2
    assert analysis.hill_tail_index(pareto) == pytest.approx(2.0, rel=0.1)


def test_hessian_matches_autograd_and_condition_number():
    setting = get_setting("gaussian-n5")
    model = LinearTransformer(2, 5, "sparse")
    initialize(model, "small", [0], small_std=0.2)
    z0, y = fresh(setting, 32, 3)
    value, kq = model.value_like[0].detach(), model.key_query_like[0].detach()
    H = analysis.hessian(value, kq, "sparse", z0, y, setting.n)
    split = value.numel()

    def f(theta):
        P, Q = assemble(theta[:split].reshape(value.shape), theta[split:].reshape(kq.shape), "sparse")
        return (forward_prompts(P, Q, z0.double(), setting.n) - y.double()).square().mean()

    expected = torch.autograd.functional.hessian(f, torch.cat([value.flatten(), kq.flatten()]).double())
    torch.testing.assert_close(H, expected)
    eig = torch.tensor([1.0, 2.0, -3.0, 10.0, 4.0])
    assert analysis.robust_condition_number(eig) == pytest.approx(10.0 / 3.0)


def test_noise_statistics_shapes():
    setting = get_setting("heavy-n20")
    model = LinearTransformer(1, 5, "full")
    initialize(model, "small", [0])
    stats = analysis.noise_statistics(model.P[0].detach(), model.Q[0].detach(), "full", setting,
                                      batch=8, count=60)
    assert len(stats["sgd_noise_norms"]) == len(stats["gaussian_noise_norms"]) == 60
    assert stats["sgd_noise"]["hill_alpha"] > 0 and stats["gaussian_noise"]["hill_alpha"] > 0


# ---------------------------------------------------------------- CLI


def test_cli_linear_writes_json(tmp_path, capsys):
    out = tmp_path / "run.json"
    code = main(["lab", "linear", "--setting", "gaussian-n5", "--layers", "1", "--steps", "20", "--batch", "32",
                 "--seeds", "1", "--adam-lr", "0.01", "--sgd-lr", "0.01", "--eval-prompts", "128",
                 "--no-progress", "--out", str(out)])
    assert code == 0
    payload = json.loads(out.read_text())
    assert set(payload["optimizers"]) == {"adam", "sgd"}
    assert payload["one_layer_optimum"] == pytest.approx(30 / 11)
    assert "closed-form" in capsys.readouterr().out


@pytest.mark.parametrize("argv, needle", [
    (["lab", "linear", "--setting", "cauchy"], "--setting 'cauchy'"),
    (["lab", "linear", "--out", "x.txt"], "--out x.txt"),
    (["lab", "linear", "--init-std", "-1"], "--init-std"),
    (["lab", "linear-reproduce", "--parts", "settings,bogus"], "bogus"),
])
def test_cli_bad_input_is_one_line_exit_2(argv, needle, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and len(err.splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("argv", [["lab", "linear", "--adam-lr", "fast"], ["lab", "linear", "--steps", "0"]])
def test_cli_bad_numbers_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_reproduce_tiny_writes_json_and_figures(tmp_path):
    out = tmp_path / "lab"
    assert main(["lab", "linear-reproduce", "--out", str(out), "--size", "tiny", "--no-progress"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["command"].startswith("deepfix lab linear-reproduce")
    assert set(summary["headline"]["settings"]) == set(SETTINGS)
    for png in ("adam_vs_sgd", "noise_histograms", "condition_numbers", "depth_sweep", "init_schemes"):
        assert (out / f"{png}.png").stat().st_size > 1000
    before = (out / "depth.json").stat().st_mtime_ns
    assert main(["lab", "linear-reproduce", "--out", str(out), "--size", "tiny", "--parts", "depth", "--no-progress"]) == 0
    assert (out / "depth.json").stat().st_mtime_ns == before  # resumed, not re-run
