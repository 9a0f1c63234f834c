"""Optional BiLSTM between the pretrained encoder and the stack (the paper's f_e = RoBERTa + BiLSTM)."""

from __future__ import annotations

import torch
from torch import nn


class BiLSTM(nn.Module):
    """Bidirectional LSTM over the valid positions of each sequence; output width = ``2 * hidden``."""

    def __init__(self, input_size: int, hidden: int, num_layers: int = 1) -> None:
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden, num_layers=num_layers, batch_first=True, bidirectional=True)
        self.output_size = 2 * hidden

    def forward(self, x: torch.Tensor, padding_mask: torch.Tensor | None = None) -> torch.Tensor:
        """x: (B, n, H_in) -> (B, n, 2*hidden); padded positions come out as zeros."""
        if padding_mask is None:
            return self.lstm(x)[0]
        lengths = (~padding_mask).sum(dim=1).clamp(min=1).cpu()
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
        return out
