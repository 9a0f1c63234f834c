"""deepfix: train deep transformers on small datasets (DT-Fixup, Xu et al., ACL 2021)."""

__version__ = "0.1.0"
