"""Word splitting and light normalisation shared by the layout and schema linking.

No external NLP service (RAT-SQL used CoreNLP, a Java server): questions are split into words and
punctuation with one regular expression, and words are compared after :func:`normalize`
(lower-case plus a small suffix stemmer), which is enough for Spider's names ("singers" matches
column "singer", "ages" matches "age").
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")

#: Words that never form a partial name match on their own (they would link everything).
STOPWORDS = frozenset(
    "a an the of in on at to for by with from and or is are was were be been do does did what which "
    "who whom whose how many much when where there their them they it its this that these those as "
    "all each every any me my i you your we our list show give find return tell name number count "
    "than more less most least not no".split()
)


def split_question(text: str) -> list[str]:
    """Split a question into words and punctuation marks, keeping their original spelling."""
    return _WORD.findall(text)


@lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Lower-case and strip a plural/verb suffix: 'Singers' -> 'singer', 'cities' -> 'city'."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxz":
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def words(name: str) -> tuple[str, ...]:
    """Normalised words of a schema name: 'home town' -> ('home', 'town'), 'Home_Town' likewise."""
    return tuple(normalize(w) for w in re.split(r"[\s_]+", name.strip()) if w)
