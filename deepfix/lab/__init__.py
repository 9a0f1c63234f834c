"""Small, fast laboratories for studying transformer optimisation on a CPU.

:mod:`deepfix.lab.linear` reproduces Ahn et al. (ICLR 2024), "Linear attention is (maybe) all you
need (to understand Transformer optimization)": linear-attention transformers trained on
in-context linear regression show the optimisation phenomena of real transformers.
"""
