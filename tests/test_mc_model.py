"""Multiple-choice model pieces: option grid with ragged option counts, pooling, batching."""


import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.tasks.mc.data import MCExample
from deepfix.tasks.mc.features import pad_features, pair_offsets, pair_texts
from deepfix.tasks.mc.model import OptionScorer, option_logits
from deepfix.tasks.mc.task import PreparedData, accuracy_metrics, collate_questions


def test_option_logits_ragged_options():
    # question 0 has 2 options, question 1 has 3: 5 pairs into a (2, 3) grid
    scores = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
    slots = torch.tensor([0, 1, 3, 4, 5])
    logits = option_logits(scores, slots, num_questions=2, max_options=3)
    assert logits[0, :2].tolist() == [1.0, 2.0] and logits[0, 2] == float("-inf")
    assert logits[1].tolist() == [3.0, 4.0, 5.0]
    probs = torch.softmax(logits, -1)
    assert probs[0, 2] == 0 and torch.allclose(probs.sum(-1), torch.ones(2))


def test_scorer_pools_ignore_padding():
    scorer = OptionScorer(2, pool="mean")
    with torch.no_grad():
        scorer.linear.weight.copy_(torch.tensor([[1.0, 0.0]]))
        scorer.linear.bias.zero_()
    hidden = torch.tensor([[[1.0, 0.0], [3.0, 0.0], [100.0, 0.0]]])  # (1, 3, 2); last position is padding
    mask = torch.tensor([[False, False, True]])
    assert scorer(hidden, mask).item() == pytest.approx(2.0)
    scorer.pool = "first"
    assert scorer(hidden, mask).item() == pytest.approx(1.0)
    with pytest.raises(DeepfixError, match="model.pool"):
        OptionScorer(2, pool="max")


def test_collate_flattens_pairs_and_pads_to_longest():
    examples = [MCExample("a", "p", "q", ("x", "y"), 1), MCExample("b", "p", "q", ("x", "y", "z"), 2)]
    assert pair_texts(examples)[2] == ("p q", "x") and pair_offsets(examples).tolist() == [0, 2, 5]
    features = [torch.full((length, 4), float(length)) for length in (2, 3, 1, 4, 2)]
    data = PreparedData("f.jsonl", examples, pair_offsets(examples), features, None)
    batch = collate_questions(data, [1, 0])
    assert batch["features"].shape == (5, 4, 4)  # pairs of question 1 first, padded to 4 tokens
    assert batch["padding_mask"][0].tolist() == [False, True, True, True]  # pair 2 has 1 token
    assert batch["slots"].tolist() == [0, 1, 2, 3, 4] and batch["max_options"] == 3
    assert batch["labels"].tolist() == [2, 1]
    padded, mask = pad_features(features[:2])
    assert padded.shape == (2, 3, 4) and mask.sum().item() == 1


def test_accuracy_by_type():
    examples = [MCExample("a", "p", "q", ("x", "y"), 0, ("T1",)), MCExample("b", "p", "q", ("x", "y"), 1, ("T1", "T2"))]
    metrics = accuracy_metrics(examples, [[0.9, 0.1], [0.8, 0.2]])
    assert metrics["accuracy"] == 0.5 and metrics["n"] == 2
    assert metrics["accuracy_by_type"] == {"T1": {"accuracy": 0.5, "n": 2}, "T2": {"accuracy": 0.0, "n": 1}}
