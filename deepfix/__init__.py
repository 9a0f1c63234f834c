"""deepfix: train deep transformers on small datasets (DT-Fixup, Xu et al., ACL 2021).

``from deepfix import Text2SQL`` gives the library call (:mod:`deepfix.tasks.spider.library`); it
is imported on first use, so ``import deepfix`` (and the CLI's help) loads no torch.
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "Text2SQL":
        from deepfix.tasks.spider.library import Text2SQL

        return Text2SQL
    raise AttributeError(f"module 'deepfix' has no attribute {name!r}")
