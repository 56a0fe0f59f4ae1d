"""Korean search the way Korean phone books do it: initial consonants and a half-typed syllable.

A Hangul syllable (U+AC00..U+D7A3) is (initial, vowel, final) packed as
0xAC00 + (initial * 21 + vowel) * 28 + final, so all syllables that start with one initial
consonant form one contiguous block of 588 code points. That makes two things cheap:

- the *initials* of a name (김민지 -> ㄱㅁㅈ), added to the search document so the text
  indexes answer `ㄱㅁㅈ` and `ㅁㅈ` like any other fragment;
- a *pattern* for a term mixing syllables and consonants (김민ㅈ, 김ㅁㅈ): each consonant
  stands for "any syllable starting with it", a GLOB character range.

Pure functions, no I/O.
"""

from __future__ import annotations

import re

_FIRST = 0xAC00
_LAST = 0xD7A3
_PER_INITIAL = 21 * 28
# The 19 initial consonants as Hangul Compatibility Jamo (what a keyboard types alone).
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_INITIAL_INDEX = {c: i for i, c in enumerate(INITIALS)}
_GLOB_SPECIAL = frozenset("*?[]")
_NOT_SYLLABLE = re.compile("[^\uac00-\ud7a3]+")
# Every syllable to its initial consonant: `str.translate` does a whole name in one C call.
_TO_INITIAL = {code: INITIALS[(code - _FIRST) // _PER_INITIAL]
               for code in range(_FIRST, _LAST + 1)}


def is_syllable(ch: str) -> bool:
    return _FIRST <= ord(ch) <= _LAST


def is_initial(ch: str) -> bool:
    return ch in _INITIAL_INDEX


def initials(text: str) -> str:
    """The initial consonants of the Hangul syllables in `text`, in order, nothing else
    (김 민지 -> ㄱㅁㅈ: spaces dropped, so `ㄱㅁㅈ` finds the name however it is spaced)."""
    return _NOT_SYLLABLE.sub("", text).translate(_TO_INITIAL)


def needs_pattern(term: str) -> bool:
    """A term with both a syllable and a lone initial consonant (김민ㅈ): no index holds it
    as typed; it is matched as a pattern (all-consonant terms match the initials instead)."""
    return any(map(is_initial, term)) and any(map(is_syllable, term))


def glob_pattern(term: str) -> str:
    """SQLite GLOB matching `term` anywhere, each lone initial standing for itself or any
    syllable that starts with it (ㅈ -> [ㅈ자-짛])."""
    out = ["*"]
    for ch in term:
        index = _INITIAL_INDEX.get(ch)
        if index is not None:
            low = chr(_FIRST + index * _PER_INITIAL)
            high = chr(_FIRST + (index + 1) * _PER_INITIAL - 1)
            out.append(f"[{ch}{low}-{high}]")
        elif ch in _GLOB_SPECIAL:
            out.append(f"[{ch}]")
        else:
            out.append(ch)
    out.append("*")
    return "".join(out)


def term_initials(term: str) -> str:
    """A pattern term as initials (김민ㅈ -> ㄱㅁㅈ), "" if it has other characters. The
    initials index (names only) then narrows the rows as sharply as a full name would."""
    if not all(is_syllable(c) or is_initial(c) for c in term):
        return ""
    return "".join(c if is_initial(c) else initials(c) for c in term)


def syllable_runs(term: str) -> list[str]:
    """The parts of a pattern term between its lone consonants (김ㅁ지 -> 김, 지): each must
    appear as typed, so the text indexes narrow the rows before the pattern is tried."""
    runs: list[str] = []
    current: list[str] = []
    for ch in term:
        if is_initial(ch):
            if current:
                runs.append("".join(current))
            current = []
        else:
            current.append(ch)
    if current:
        runs.append("".join(current))
    return runs
