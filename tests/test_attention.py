import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.nn import MultiHeadAttention, naive_relation_attention


def make_inputs(batch=3, n=9, d=32, num_relations=7, seed=0):
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(batch, n, d, generator=generator, dtype=torch.float64)
    padding_mask = torch.zeros(batch, n, dtype=torch.bool)
    padding_mask[1, 6:] = True  # example 1 has 6 real positions
    padding_mask[2, 3:] = True  # example 2 has 3
    relations = torch.randint(0, num_relations, (batch, n, n), generator=generator)
    return x, padding_mask, relations


def make_attention(num_relations=7, d=32, heads=4, seed=0):
    torch.manual_seed(seed)
    attention = MultiHeadAttention(d, heads, num_relations).double()
    if num_relations:  # non-trivial relation tables (default N(0,1) init is fine, but be explicit)
        torch.nn.init.normal_(attention.relation_key.weight, std=0.5)
        torch.nn.init.normal_(attention.relation_value.weight, std=0.5)
    return attention


@pytest.mark.parametrize("num_relations", [0, 7])
def test_factored_matches_naive_values_and_gradients(num_relations):
    attention = make_attention(num_relations)
    x, padding_mask, relations = make_inputs(num_relations=num_relations or 1)
    relations = relations if num_relations else None
    x1 = x.clone().requires_grad_(True)
    x2 = x.clone().requires_grad_(True)
    weights = torch.randn(x.shape, dtype=torch.float64) * (~padding_mask).unsqueeze(-1)

    out_factored = attention(x1, padding_mask, relations)
    (out_factored * weights).sum().backward()
    grads_factored = {name: p.grad.clone() for name, p in attention.named_parameters()}
    attention.zero_grad()
    out_naive = naive_relation_attention(attention, x2, padding_mask, relations)
    (out_naive * weights).sum().backward()
    grads_naive = {name: p.grad.clone() for name, p in attention.named_parameters()}

    torch.testing.assert_close(out_factored, out_naive, rtol=1e-10, atol=1e-10)
    torch.testing.assert_close(x1.grad, x2.grad, rtol=1e-10, atol=1e-10)
    assert grads_factored.keys() == grads_naive.keys()
    for name in grads_factored:
        torch.testing.assert_close(grads_factored[name], grads_naive[name], rtol=1e-10, atol=1e-10, msg=name)
    if num_relations:  # the relation tables really received gradient
        assert grads_factored["relation_value.weight"].abs().sum() > 0
        assert grads_factored["relation_key.weight"].abs().sum() > 0


def test_padding_keys_receive_no_attention():
    attention = make_attention(7)
    x, padding_mask, relations = make_inputs()
    out = attention(x, padding_mask, relations)
    x_changed = x.clone()
    x_changed[1, 6:] += 100.0  # change only padded positions of example 1
    out_changed = attention(x_changed, padding_mask, relations)
    torch.testing.assert_close(out[1, :6], out_changed[1, :6])


def test_vanilla_matches_torch_multihead_attention():
    attention = make_attention(0).float()
    x, padding_mask, _ = make_inputs()
    x = x.float()
    reference = torch.nn.MultiheadAttention(32, 4, batch_first=True)
    with torch.no_grad():
        reference.in_proj_weight.copy_(torch.cat([attention.query.weight, attention.key.weight, attention.value.weight]))
        reference.in_proj_bias.copy_(torch.cat([attention.query.bias, attention.key.bias, attention.value.bias]))
        reference.out_proj.weight.copy_(attention.output.weight)
        reference.out_proj.bias.copy_(attention.output.bias)
    expected, _ = reference(x, x, x, key_padding_mask=padding_mask, need_weights=False)
    torch.testing.assert_close(attention(x, padding_mask), expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda x, m, r: (x, m, r.clone().fill_(7)), "relation id 7 out of range [0, 7)"),
        (lambda x, m, r: (x, m, r - 1), "relation id -1 out of range [0, 7)"),
        (lambda x, m, r: (x, m, r[:, :4]), "relations: expected shape (3, 9, 9)"),
        (lambda x, m, r: (x, m, r.float()), "relations: expected an integer tensor"),
        (lambda x, m, r: (x, m[:, :4], r), "padding_mask: expected shape (3, 9)"),
        (lambda x, m, r: (x, m.long(), r), "padding_mask: expected dtype bool"),
        (lambda x, m, r: (x[..., :16], m, r), "attention input: expected shape (batch, n, 32)"),
        (lambda x, m, r: (x, m, None), "relations: required by relation-aware attention"),
    ],
)
def test_bad_inputs_raise_one_clear_error(mutate, message):
    attention = make_attention(7)
    x, m, r = mutate(*make_inputs())
    with pytest.raises(DeepfixError) as error:
        attention(x, m, r)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_relations_given_to_vanilla_attention_is_an_error():
    attention = make_attention(0)
    x, m, r = make_inputs()
    with pytest.raises(DeepfixError, match="vanilla attention"):
        attention(x, m, r)


def test_heads_must_divide_width():
    with pytest.raises(DeepfixError, match="not divisible"):
        MultiHeadAttention(30, 4)


def forward_backward(forward, attention, x, weights):
    """Output, input gradient and parameter gradients of (forward(x) · weights).sum()."""
    attention.zero_grad(set_to_none=True)
    x = x.clone().requires_grad_(True)
    out = forward(x)
    (out * weights).sum().backward()
    grads = {name: p.grad.clone() for name, p in attention.named_parameters() if p.grad is not None}
    return out.detach(), x.grad, grads


def assert_same_step(step, reference, tolerance):
    (out, x_grad, grads), (out_ref, x_grad_ref, grads_ref) = step, reference
    torch.testing.assert_close(out, out_ref, rtol=tolerance, atol=tolerance)
    torch.testing.assert_close(x_grad, x_grad_ref, rtol=tolerance, atol=tolerance)
    assert grads.keys() == grads_ref.keys()
    for name in grads:
        torch.testing.assert_close(grads[name], grads_ref[name], rtol=tolerance, atol=tolerance, msg=name)


@pytest.mark.parametrize("chunk_rows", [1, 4, 9, 64])  # 4: a short last block; 9 = n: one block; 64 > n
@pytest.mark.parametrize("with_padding", [True, False])
def test_chunked_matches_naive_values_and_gradients(chunk_rows, with_padding):
    attention = make_attention(7)
    attention.chunk_rows = chunk_rows
    x, padding_mask, relations = make_inputs()
    padding_mask = padding_mask if with_padding else None
    weights = torch.randn(x.shape, dtype=torch.float64, generator=torch.Generator().manual_seed(1))  # padded rows too
    chunked = forward_backward(lambda x: attention(x, padding_mask, relations), attention, x, weights)
    naive = forward_backward(lambda x: naive_relation_attention(attention, x, padding_mask, relations),
                             attention, x, weights)
    assert_same_step(chunked, naive, 1e-10)
    assert {"query.weight", "key.weight", "value.weight", "relation_key.weight", "relation_value.weight"} <= \
        chunked[2].keys()
    assert chunked[2]["relation_key.weight"].abs().sum() > 0 and chunked[2]["relation_value.weight"].abs().sum() > 0


def test_chunked_equals_unchunked_in_float32():
    x, padding_mask, relations = make_inputs(batch=3, n=40, d=32, num_relations=7)
    padding_mask[0, 33:] = True
    relations = relations.int()  # int32 ids are accepted on both paths
    attention = make_attention(7).float()
    weights = torch.randn(x.shape, generator=torch.Generator().manual_seed(2))
    steps = {}
    for chunk_rows in (0, 8, 13):
        attention.chunk_rows = chunk_rows
        steps[chunk_rows] = forward_backward(lambda x: attention(x, padding_mask, relations), attention, x.float(),
                                             weights)
    assert_same_step(steps[8], steps[0], 1e-5)
    assert_same_step(steps[13], steps[0], 1e-5)


def test_chunked_function_gradcheck():
    from deepfix.nn.attention import ChunkedRelationAttention

    generator = torch.Generator().manual_seed(3)
    q, k, v = (torch.randn(2, 2, 5, 3, dtype=torch.float64, generator=generator, requires_grad=True)
               for _ in range(3))  # (B, H, n, dh)
    relation_key, relation_value = (torch.randn(4, 3, dtype=torch.float64, generator=generator, requires_grad=True)
                                    for _ in range(2))  # (R, dh)
    relations = torch.randint(0, 4, (2, 5, 5), generator=generator)  # (B, n, n)
    padding_bias = torch.zeros(2, 5, dtype=torch.float64)
    padding_bias[1, 3:] = float("-inf")  # example 1: 3 real keys

    def apply(q, k, v, relation_key, relation_value):
        return ChunkedRelationAttention.apply(q, k, v, relation_key, relation_value, relations, padding_bias, 2)

    assert torch.autograd.gradcheck(apply, (q, k, v, relation_key, relation_value))


def test_chunk_rows_selection(monkeypatch):
    import deepfix.nn.attention as attention_module

    automatic = MultiHeadAttention(32, 4, 7)
    assert automatic.chunk_rows is None
    assert automatic.relation_chunk_rows(attention_module.CHUNK_MIN_LENGTH - 1) == 0
    assert automatic.relation_chunk_rows(attention_module.CHUNK_MIN_LENGTH) == attention_module.CHUNK_ROWS
    assert MultiHeadAttention(32, 4, 7, chunk_rows=0).relation_chunk_rows(4096) == 0
    assert MultiHeadAttention(32, 4, 7, chunk_rows=5).relation_chunk_rows(3) == 5
    with pytest.raises(DeepfixError, match="chunk_rows"):
        MultiHeadAttention(32, 4, 7, chunk_rows=-1)

    calls = []
    chunked_apply = attention_module.ChunkedRelationAttention.apply
    monkeypatch.setattr(attention_module.ChunkedRelationAttention, "apply",
                        lambda *args: calls.append(args[-1]) or chunked_apply(*args))
    x, padding_mask, relations = make_inputs()  # n = 9

    def path(attention):
        calls.clear()
        attention(x, padding_mask, relations)
        return calls[0] if calls else 0

    attention = make_attention(7)
    assert path(attention) == 0  # automatic, n below the threshold
    monkeypatch.setattr(attention_module, "CHUNK_MIN_LENGTH", 9)
    monkeypatch.setattr(attention_module, "CHUNK_ROWS", 4)
    assert path(attention) == 4  # automatic, n at the threshold
    attention.chunk_rows = 0
    assert path(attention) == 0
    attention.chunk_rows = 2
    assert path(attention) == 2
    dropout = MultiHeadAttention(32, 4, 7, attention_dropout=0.1, chunk_rows=2).double()
    assert path(dropout) == 0  # attention dropout active: unchunked
    assert path(dropout.eval()) == 2


def test_stack_config_sets_chunk_rows():
    from deepfix.nn import StackConfig, TransformerStack

    stack = TransformerStack(StackConfig(num_layers=2, d_model=32, n_heads=4, d_ff=64, num_relations=7,
                                         attention_chunk_rows=3))
    assert [layer.attention.chunk_rows for layer in stack.layers] == [3, 3]
    assert TransformerStack(StackConfig(num_layers=1, d_model=32, n_heads=4, d_ff=64)).layers[0].attention.chunk_rows \
        is None
    with pytest.raises(DeepfixError, match="attention_chunk_rows"):
        StackConfig(attention_chunk_rows=-1)


def test_chunked_probe_matches_unchunked():
    attention = make_attention(7)
    x, padding_mask, relations = make_inputs()
    probes = []
    for chunk_rows in (0, 4):
        attention.chunk_rows, attention.probe = chunk_rows, {}
        attention(x, padding_mask, relations)
        probes.append(attention.probe)
    assert probes[0].keys() == probes[1].keys() == {"max_logit", "entropy"}
    for key in probes[0]:
        assert probes[1][key] == pytest.approx(probes[0][key], rel=1e-12)


def test_stack_checks_its_inputs_once_per_batch_not_per_layer(monkeypatch):
    """The relation-id range check (two reductions over (B, n, n), a host sync on a GPU) runs once at the
    stack's entry; a bad id is still one clear error."""
    import deepfix.nn.attention as attention_module
    import deepfix.nn.stack as stack_module
    from deepfix.nn import StackConfig, TransformerStack

    stack = TransformerStack(StackConfig(num_layers=3, d_model=32, n_heads=4, d_ff=64, num_relations=7,
                                         norm="none", dropout=0.0))
    x, m, r = make_inputs()
    calls = []
    real = attention_module.check_attention_inputs
    counting = lambda *args: (calls.append(1), real(*args))[1]
    monkeypatch.setattr(attention_module, "check_attention_inputs", counting)
    monkeypatch.setattr(stack_module, "check_attention_inputs", counting)
    stack(x.float(), m, r)
    assert len(calls) == 1
    with pytest.raises(DeepfixError, match=r"relation id 7 out of range \[0, 7\)"):
        stack(x.float(), m, r.clone().fill_(7))
