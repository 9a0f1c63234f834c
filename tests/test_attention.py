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
