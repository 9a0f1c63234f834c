"""Transformer building blocks: attention (vanilla + relation-aware), layers, the stack f_G."""

from .attention import MultiHeadAttention, naive_relation_attention
from .bilstm import BiLSTM
from .layer import MLP, Residual, TransformerLayer
from .stack import StackConfig, TransformerStack

__all__ = [
    "BiLSTM",
    "MLP",
    "MultiHeadAttention",
    "Residual",
    "StackConfig",
    "TransformerLayer",
    "TransformerStack",
    "naive_relation_attention",
]
