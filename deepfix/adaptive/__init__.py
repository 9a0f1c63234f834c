"""Depth-adaptive Text-to-SQL decoding (Elbayad, Gu, Grave & Auli, ICLR 2020, "Depth-Adaptive
Transformer"): a transformer grammar decoder with an exit after every block, per-token halting
with state copying, and the DT-Fixup initialisation extended to decoder blocks."""
