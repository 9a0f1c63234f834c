"""The decoder side of Spider, whole: the grammar decoders with column/table pointers, beam search over
their trees, and the rule-based filling of literal values.

* :mod:`.config` — ``model.decoder`` (:class:`~.config.DecoderConfig`);
* :mod:`.actions` — the action vocabulary and gold action sequences;
* :mod:`.memory` — what a decoder reads of the encoder (:class:`~.memory.Memory`);
* :mod:`.readout` — what every grammar decoder shares: action embeddings, the memory read, rule
  and pointer scores (:class:`~.readout.GrammarReadout`);
* :mod:`.lstm` — the parent-feeding LSTM decoder and its searcher (with :mod:`.memory_attention`,
  its teacher-forced attention);
* :mod:`.transformer` — the depth-adaptive transformer decoder and its searcher, built on
  :mod:`deepfix.adaptive`;
* :mod:`.search` — the :class:`~.search.Searcher` protocol beam search calls; :mod:`.beam` — beam search;
* :mod:`.value_fill` — literal values from the question and database.

:mod:`.tree` keeps the names of the module the LSTM decoder was split from.
"""
