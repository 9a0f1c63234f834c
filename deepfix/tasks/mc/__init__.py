"""Multiple-choice reading comprehension (ReClor / LogiQA 2.0) with the mixed setup of DT-Fixup
(Xu et al., ACL 2021, Sec. 4.2): pretrained encoder per (passage, question, option) -> vanilla
transformer stack -> linear scorer -> softmax over the options."""
