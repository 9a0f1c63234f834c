"""The mixed setup end to end: tiny pretrained encoder -> stack -> head, with every scheme."""

import copy

import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.init import SCHEMES
from deepfix.models.encoders import load_pretrained
from deepfix.models.heads import PooledClassifier
from deepfix.models.mixed import MixedConfig, MixedModel, PretrainedEncoder, initialize_mixed_model
from deepfix.nn import StackConfig
from deepfix.train.optim import build_optimizer, build_scheduler


def synthetic_batches(num_batches=8, batch=16, n=10, features=24, seed=0):
    """Label = whether the first feature, summed over valid positions, is positive."""
    generator = torch.Generator().manual_seed(seed)
    batches = []
    for _ in range(num_batches):
        x = torch.randn(batch, n, features, generator=generator) * 3.0
        lengths = torch.randint(3, n + 1, (batch,), generator=generator)
        padding_mask = torch.arange(n)[None, :] >= lengths[:, None]
        labels = ((x[..., 0] * (~padding_mask)).sum(dim=1) > 0).long()
        batches.append((x, padding_mask, labels))
    return batches


def features_fn(batch):
    x, padding_mask, _ = batch
    return x, padding_mask, None


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_tiny_mixed_model_trains_with_every_scheme(scheme):
    spec = SCHEMES[scheme]
    torch.manual_seed(0)
    config = MixedConfig(
        stack=StackConfig(num_layers=6, d_model=32, n_heads=4, d_ff=64, dropout=0.0, norm=spec.norm),
        init=scheme,
        bilstm_hidden=8 if scheme == "dt_fixup" else 0,
    )
    model = MixedModel(config, feature_size=24, head=PooledClassifier(32, 2))
    batches = synthetic_batches()
    report = initialize_mixed_model(model, batches, features_fn, progress=False)
    assert report["scheme"] == scheme
    if spec.needs_mu:
        assert report["mu"] == pytest.approx(report["mu_stats"]["max"])
    steps = 120
    optimizer = build_optimizer(model, lr=1e-3)
    scheduler = build_scheduler(optimizer, steps, warmup_steps=20 if spec.warmup else 0)
    loss_fn = torch.nn.CrossEntropyLoss()

    def epoch_loss():
        with torch.no_grad():
            model.eval()
            losses = [loss_fn(model(x, m), y).item() for x, m, y in batches]
            model.train()
        return sum(losses) / len(losses)

    initial = epoch_loss()
    for step in range(steps):
        x, m, y = batches[step % len(batches)]
        loss = loss_fn(model(x, m), y)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optimizer.step()
        scheduler.step()
    final = epoch_loss()
    assert final < 0.6 * initial, (scheme, initial, final)


def test_relation_aware_mixed_model_forward_and_mu_source():
    torch.manual_seed(0)
    stack = StackConfig(num_layers=2, d_model=16, n_heads=2, d_ff=32, num_relations=5)
    model = MixedModel(MixedConfig(stack=stack, mu_source="features"), 24, PooledClassifier(16, 3))
    batches = synthetic_batches(2, batch=4)
    relations = [torch.randint(0, 5, (4, 10, 10)) for _ in batches]
    fn = lambda b: (b[0], b[1], relations[0])  # noqa: E731
    report = initialize_mixed_model(model, batches, fn, progress=False)
    expected_mu = max(float(x[~m].norm(dim=-1).max()) for x, m, _ in batches)
    assert report["mu"] == pytest.approx(expected_mu, rel=1e-6)  # measured before the projection
    assert model(batches[0][0], batches[0][1], relations[0]).shape == (4, 3)


def test_pretrained_encoder_gets_its_own_learning_rate(tiny_encoder_dir):
    hf_model, tokenizer = load_pretrained(tiny_encoder_dir)
    encoder = PretrainedEncoder(hf_model)
    config = MixedConfig(stack=StackConfig(num_layers=2, d_model=16, n_heads=2, d_ff=32))
    model = MixedModel(config, encoder.hidden_size, PooledClassifier(16, 2), encoder=encoder)
    tokens = tokenizer(["how many singers ?", "show the names of all students"], padding=True, return_tensors="pt")
    assert tokenizer.unk_token_id not in tokens["input_ids"][0].tolist()  # the fixture's vocabulary is used
    features = model.encoder(tokens["input_ids"], tokens["attention_mask"])  # (2, T, 32)
    padding_mask = tokens["attention_mask"] == 0
    initialize_mixed_model(model, [(features.detach(), padding_mask, None)], features_fn, progress=False)
    assert model(features, padding_mask).shape == (2, 2)
    optimizer = build_optimizer(model, lr=1e-3, encoder_lr=1e-5)
    groups = {group["name"]: group for group in optimizer.param_groups}
    assert groups["encoder"]["lr"] == 1e-5 and groups["main"]["lr"] == 1e-3
    encoder_ids = {id(p) for p in encoder.parameters()}
    assert {id(p) for p in groups["encoder"]["params"]} == encoder_ids
    assert not encoder_ids & {id(p) for p in groups["main"]["params"]}


def test_missing_encoder_directory_is_one_clear_error(tmp_path):
    with pytest.raises(DeepfixError, match="not found") as error:
        load_pretrained(tmp_path / "nope")
    assert "\n" not in str(error.value)
    with pytest.raises(DeepfixError, match="no config.json"):
        load_pretrained(tmp_path)


def test_dt_fixup_without_data_is_an_error():
    model = MixedModel(MixedConfig(stack=StackConfig(num_layers=2, d_model=16, n_heads=2, d_ff=32)), 8,
                       PooledClassifier(16, 2))
    with pytest.raises(DeepfixError, match="needs training data"):
        initialize_mixed_model(model)


def test_upper_layers_on_cached_lower_states_equal_the_whole_encoder():
    """UpperLayers (the top k layers) on hidden_states[L-k] reproduce last_hidden_state at real tokens."""
    from transformers import BertConfig, BertModel

    from deepfix.models.upper_encoder import UpperLayers

    torch.manual_seed(0)
    model = BertModel(BertConfig(vocab_size=50, hidden_size=32, num_hidden_layers=3, num_attention_heads=2,
                                 intermediate_size=64)).eval()
    ids = torch.randint(5, 50, (3, 7))
    attention = torch.ones_like(ids)
    attention[1, 4:] = 0
    attention[2, 2:] = 0
    out = model(input_ids=ids, attention_mask=attention, output_hidden_states=True)
    for k in (1, 2, 3):
        upper = UpperLayers(model, k).eval()
        hidden = upper(out.hidden_states[3 - k], attention == 0)
        real = attention.bool()
        torch.testing.assert_close(hidden[real], out.last_hidden_state[real], rtol=0, atol=1e-5)


def test_auto_norm_follows_the_init_scheme_in_one_place():
    from deepfix.init import get_scheme
    from deepfix.nn import TransformerStack

    for init in ("standard", "dt_fixup", "t_fixup", "deepnorm", "admin", "rezero"):
        assert MixedConfig(stack=StackConfig(norm="auto"), init=init).resolved_stack().norm == get_scheme(init).norm
    assert MixedConfig(stack=StackConfig(norm="pre"), init="standard").resolved_stack().norm == "pre"  # explicit stays
    config = MixedConfig(stack=StackConfig(norm="auto"), init="dt_fixup")
    config.init = "standard"  # a study changing the scheme after construction: the placement follows
    assert config.stack.norm == "auto" and config.resolved_stack().norm == get_scheme("standard").norm
    with pytest.raises(DeepfixError, match="norm"):
        TransformerStack(StackConfig(num_layers=1, d_model=8, n_heads=2, d_ff=16, norm="auto"))  # no scheme to ask
    with pytest.raises(DeepfixError, match="norm"):
        StackConfig(norm="layer")


@pytest.mark.parametrize("kind", ["bert", "mpnet"])
def test_split_encoder_lower_then_upper_equals_the_whole_encoder(kind):
    """LowerLayers gives hidden_states[L-k]; UpperLayers on it the last hidden state (MPNet: with its
    relative position bias, which every layer adds); the lower part is frozen and stays in eval mode."""
    from transformers import BertConfig, BertModel, MPNetConfig, MPNetModel

    from deepfix.models.upper_encoder import split_encoder

    settings = dict(vocab_size=50, hidden_size=32, num_hidden_layers=3, num_attention_heads=2, intermediate_size=64)
    torch.manual_seed(0)
    model = (BertModel(BertConfig(**settings)) if kind == "bert" else MPNetModel(MPNetConfig(**settings))).eval()
    ids = torch.randint(5, 50, (3, 7))
    attention = torch.ones_like(ids)
    attention[1, 4:] = 0
    attention[2, 2:] = 0
    out = model(input_ids=ids, attention_mask=attention, output_hidden_states=True)
    real = attention.bool()
    for k in (1, 2, 3):
        lower, upper = split_encoder(copy.deepcopy(model), k)
        lower.train()
        assert not lower.training and not any(p.requires_grad for p in lower.parameters())
        assert all(p.requires_grad for p in upper.parameters())
        hidden = lower(ids, attention)
        torch.testing.assert_close(hidden[real], out.hidden_states[3 - k][real], rtol=0, atol=1e-5)
        top = upper.eval()(hidden, attention == 0)
        torch.testing.assert_close(top[real], out.last_hidden_state[real], rtol=0, atol=1e-5)
    with pytest.raises(DeepfixError, match="expected 1..3"):
        split_encoder(copy.deepcopy(model), 4)
