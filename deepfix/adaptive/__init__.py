"""What is general about depth-adaptive decoding (Elbayad, Gu, Grave & Auli, ICLR 2020,
"Depth-Adaptive Transformer"): transformer decoder blocks with cached incremental steps
(:mod:`.blocks`), exit heads, halting units and state copying (:mod:`.exits`), halting rules and
the likelihood oracle (:mod:`.halting`), the search's self-attention history (:mod:`.pool`) and the
decoder's settings (:mod:`.config`).

Imports nothing from :mod:`deepfix.tasks`: Spider's transformer grammar decoder is built on it in
:mod:`deepfix.tasks.spider.decoder.transformer`; the DT-Fixup extension to decoder blocks is
:mod:`deepfix.init.decoder`."""
