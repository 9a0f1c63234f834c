"""Each scheme scales exactly the residual-branch weights by exactly its factor, nothing else."""

import copy
import math

import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.init import SCHEMES, apply_init, xavier_init
from deepfix.nn import StackConfig, TransformerStack

# Named independently of the code's own declaration, so a renamed attribute that escapes
# `residual_branch_weights` makes these tests fail.
RESIDUAL_SUFFIXES = (
    "attention.value.weight",
    "attention.output.weight",
    "attention.relation_value.weight",
    "mlp.fc_in.weight",
    "mlp.fc_out.weight",
)


def build(norm, layers=4, relations=6, seed=0):
    config = StackConfig(num_layers=layers, d_model=32, n_heads=4, d_ff=48, norm=norm, num_relations=relations)
    torch.manual_seed(seed)
    return TransformerStack(config)


def base_and_scheme(scheme, norm, mu=None, relations=6, profile_batch=None):
    stack = build(norm, relations=relations)
    reference = copy.deepcopy(stack)
    torch.manual_seed(123)
    xavier_init(reference)
    torch.manual_seed(123)
    report = apply_init(stack, scheme, mu=mu, profile_batch=profile_batch)
    return reference, stack, report


def assert_scaled(reference, stack, factor):
    residual_seen = 0
    for (name, expected), (_, actual) in zip(reference.named_parameters(), stack.named_parameters()):
        if name.endswith(RESIDUAL_SUFFIXES):
            residual_seen += 1
            torch.testing.assert_close(actual, expected * factor, rtol=0, atol=1e-7, msg=name)
        elif not name.endswith(("skip_scale", "branch_gain")):
            assert torch.equal(actual, expected), name
    return residual_seen


@pytest.mark.parametrize("relations", [6, 0])
def test_dt_fixup_factor(relations):
    mu = 7.5
    reference, stack, report = base_and_scheme("dt_fixup", "none", mu=mu, relations=relations)
    n = 4
    expected = (n * (4 * mu**2 + 2 * mu + 2)) ** -0.5 if relations else n**-0.5 / (2 * mu)
    assert report["factor"] == pytest.approx(expected, rel=1e-12)
    seen = assert_scaled(reference, stack, expected)
    assert seen == n * (5 if relations else 4)


def test_t_fixup_factor():
    reference, stack, report = base_and_scheme("t_fixup", "none")
    expected = 0.67 * 4**-0.25
    assert report["factor"] == pytest.approx(expected)
    assert assert_scaled(reference, stack, expected) == 20


def test_deepnorm_constants_and_skip_scale():
    reference, stack, report = base_and_scheme("deepnorm", "post")
    alpha, beta = (2 * 4) ** 0.25, (8 * 4) ** -0.25
    assert report["alpha"] == pytest.approx(alpha) and report["beta"] == pytest.approx(beta)
    assert_scaled(reference, stack, beta)
    for residual in stack.residuals():
        assert torch.allclose(residual.skip_scale, torch.full((32,), alpha))
        assert not residual.skip_scale.requires_grad


def test_standard_is_plain_xavier():
    reference, stack, _ = base_and_scheme("standard", "post")
    assert_scaled(reference, stack, 1.0)


def test_rezero_zero_learnable_gain_and_unscaled_weights():
    reference, stack, _ = base_and_scheme("rezero", "none")
    assert_scaled(reference, stack, 1.0)
    for residual in stack.residuals():
        assert residual.branch_gain.item() == 0.0 and residual.branch_gain.requires_grad
    x = torch.randn(2, 5, 32)
    relations = torch.randint(0, 6, (2, 5, 5))
    torch.testing.assert_close(stack.eval()(x, None, relations), x)  # identity at initialisation


def test_admin_profiles_growing_skip_scales():
    torch.manual_seed(1)
    x = torch.randn(3, 8, 32) * 2.0
    mask = torch.zeros(3, 8, dtype=torch.bool)
    mask[0, 5:] = True
    relations = torch.randint(0, 6, (3, 8, 8))
    reference, stack, report = base_and_scheme("admin", "post", profile_batch=(x, mask, relations))
    assert_scaled(reference, stack, 1.0)
    omegas = report["omega"]
    assert len(omegas) == 8
    assert omegas[0] == pytest.approx(math.sqrt(float(x[~mask].var())), rel=1e-5)
    assert all(later > earlier for earlier, later in zip(omegas, omegas[1:]))
    assert all(r.skip_scale.requires_grad for r in stack.residuals())


def test_norm_must_fit_the_scheme():
    with pytest.raises(DeepfixError, match="needs norm in"):
        apply_init(build("post"), "dt_fixup", mu=3.0)
    with pytest.raises(DeepfixError, match="needs norm in"):
        apply_init(build("none"), "standard")


@pytest.mark.parametrize("mu", [None, 0.0, float("nan"), -1.0])
def test_dt_fixup_needs_a_positive_mu(mu):
    with pytest.raises(DeepfixError, match="needs mu"):
        apply_init(build("none"), "dt_fixup", mu=mu)


def test_unknown_scheme_and_admin_without_profile():
    with pytest.raises(DeepfixError, match="unknown 'fixup'"):
        apply_init(build("none"), "fixup")
    with pytest.raises(DeepfixError, match="profile_batch"):
        apply_init(build("post"), "admin")



def test_decoder_dt_fixup_reaches_any_decoder_through_its_declared_interface():
    """deepfix.init.decoder reads a decoder only through BlockDecoder: blocks with declared branch weights,
    the scheme, reset_parameters and block_inputs. A stand-in with two plain blocks is enough."""
    from deepfix.init.decoder import decoder_dt_fixup_factors, decoder_input_norms, initialize_decoder

    class Block(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.stream, self.cross = torch.nn.Linear(4, 4), torch.nn.Linear(4, 4)

        def self_branch_weights(self):
            return [self.stream.weight]

        def cross_branch_weights(self):
            return [self.cross.weight]

    class Decoder(torch.nn.Module):
        init_scheme = "dt_fixup"

        def __init__(self):
            super().__init__()
            self.blocks = torch.nn.ModuleList([Block(), Block()])

        def reset_parameters(self):
            for parameter in self.parameters():
                torch.nn.init.ones_(parameter)

        def block_inputs(self, x, m):
            assert not self.training  # measured in eval mode
            return x, m

    decoder = Decoder()
    batches = [(torch.tensor([[3.0, 4.0, 0.0, 0.0]]), torch.tensor([[0.0, 0.0, 6.0, 8.0]])),
               (torch.tensor([[1.0, 0.0, 0.0, 0.0]]), torch.tensor([[12.0, 0.0, 0.0, 0.0]]))]
    assert decoder_input_norms(decoder, batches) == (5.0, 12.0) and decoder.training
    report = initialize_decoder(decoder, 5.0, 12.0)
    stream, cross = decoder_dt_fixup_factors(2, 5.0, 12.0)
    assert report["decoder_blocks"] == 2 and report["decoder_factor_self"] == stream
    for block in decoder.blocks:
        assert torch.allclose(block.stream.weight, torch.full((4, 4), stream))
        assert torch.allclose(block.cross.weight, torch.full((4, 4), cross))
        assert torch.equal(block.stream.bias, torch.ones(4))  # biases are not on the branch's value path
