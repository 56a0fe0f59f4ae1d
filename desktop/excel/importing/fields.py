"""The import's target fields and the header words (English and Korean) that name them.

A column maps to one field. Influencer fields: name, phone, notes, tags. Account fields
either name a platform (`a_url`, `b_handle`, `a_email` ...) or apply to the row's accounts
(`email`, `category`, `status`, `account_notes`, and `url`/`handle` whose platform comes
from the URL itself or from a `platform` column). `ignore` drops a column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.i18n.catalog import render
from desktop.i18n.language import LANGUAGES
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import METRIC_LABELS, METRICS, Entity, field_rules, user_fields
from shared_models.rules import Rule
from shared_models.text import clean_text
from shared_models.texts import user_text

IGNORE = "ignore"
URL = "url"  # the account_field of a profile URL column: it gives the handle (and the URL)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # what the mapping table shows
    platform: Platform | None = None
    account_field: str | None = None  # the Account field it fills (url/handle -> handle)
    rule: Rule | None = None  # the shared rule its values are checked by

    @property
    def row_wide(self) -> bool:
        """An account field that applies to every account on the row (email, status ...)."""
        return self.platform is None and self.account_field not in (None, URL, "handle",
                                                                    "platform")


_INFLUENCER = field_rules(Entity.INFLUENCER)
_ACCOUNT = field_rules(Entity.ACCOUNT)
# How the mapping table describes a model field where the field's own label is not enough
# (account fields not listed here read "<label> (every account on the row)").
_INFLUENCER_LABELS = {"notes": user_text("Notes (influencer)")}
_ACCOUNT_LABELS = {"email": user_text("E-mail (every account on the row)"),
                   "category": user_text("Category (every account on the row)"),
                   "status": user_text("Account status"), "notes": user_text("Account notes")}
# Account fields with an import field of another name (the influencer's notes own "notes").
_IMPORT_NAMES = {"notes": "account_notes"}
# Account fields a column may also give for one platform ("Platform A e-mail").
_PER_PLATFORM = {"email": user_text("{platform} e-mail"),
                 "category": user_text("{platform} category")}

_SPECS = [FieldSpec(name, _INFLUENCER_LABELS.get(name, rule.label), rule=rule)
          for name, rule in _INFLUENCER.items() if rule.user_field]
_SPECS += [
    FieldSpec("platform", user_text("Platform of the row's URL/handle"), None, "platform",
              _ACCOUNT["platform"]),
    FieldSpec(URL, user_text("Profile URL (any platform)"), None, URL,
              _ACCOUNT["profile_url"]),
    FieldSpec("handle", user_text("Handle (platform from the Platform column)"), None,
              "handle", _ACCOUNT["handle"]),
]
# Every other account field a user types applies to all the row's accounts.
_SPECS += [FieldSpec(_IMPORT_NAMES.get(name, name),
                     _ACCOUNT_LABELS.get(name, user_text("{field} (every account on the row)",
                                                         field=_ACCOUNT[name].label)),
                     None, name, _ACCOUNT[name])
           for name in user_fields(Entity.ACCOUNT)
           if name not in ("platform", "handle", "profile_url")]
for _p in Platform:
    _low = _p.value.lower()
    _SPECS += [
        FieldSpec(f"{_low}_url", user_text("{platform} profile URL",
                                           platform=PLATFORMS[_p].label), _p, URL,
                  _ACCOUNT["profile_url"]),
        FieldSpec(f"{_low}_handle", user_text("{platform} handle",
                                              platform=PLATFORMS[_p].label), _p, "handle",
                  _ACCOUNT["handle"]),
    ]
    _SPECS += [FieldSpec(f"{_low}_{name}", user_text(words.template,
                                                     platform=PLATFORMS[_p].label), _p, name,
                         _ACCOUNT[name]) for name, words in _PER_PLATFORM.items()]
_SPECS.append(FieldSpec(IGNORE, user_text("(not imported)")))

FIELDS: dict[str, FieldSpec] = {spec.name: spec for spec in _SPECS}


def normalize_header(text: object) -> str:
    """Comparison form of a header: case-folded, without spaces and punctuation."""
    return re.sub(r"[\s_\-./:·()\[\]{}<>#*]+", "", clean_text(text).casefold())


# Exact header synonyms (in their normalize_header form).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "이름", "성명", "성함", "fullname", "influencer", "influencername",
             "인플루언서", "인플루언서명", "인플루언서이름", "닉네임이름"),
    "phone": ("phone", "phonenumber", "phoneno", "mobile", "mobilephone", "cellphone", "tel",
              "telephone", "연락처", "전화번호", "전화", "휴대폰", "휴대폰번호", "핸드폰",
              "핸드폰번호", "휴대전화", "휴대전화번호", "핸드폰연락처"),
    "email": ("email", "emailaddress", "mail", "이메일", "메일", "이메일주소", "전자우편"),
    "category": ("category", "categories", "카테고리", "분야", "분류", "업종"),
    "notes": ("notes", "note", "memo", "remarks", "comment", "comments", "메모", "비고",
              "특이사항", "influencernotes", "인플루언서메모"),
    "tags": ("tags", "tag", "labels", "태그", "라벨", "키워드"),
    "status": ("status", "accountstatus", "상태", "계정상태"),
    "account_notes": ("accountnotes", "accountnote", "accountmemo", "계정메모", "계정비고"),
    "platform": ("platform", "플랫폼", "채널", "channel", "sns"),
    "url": ("url", "link", "links", "profile", "profileurl", "profilelink", "링크", "주소",
            "프로필", "프로필url", "프로필링크", "프로필주소", "바로가기", "계정링크",
            "계정주소", "snsurl", "채널url"),
    "handle": ("handle", "username", "userid", "account", "accountid", "id", "핸들",
               "아이디", "계정", "계정아이디", "계정명"),
    "b_url": ("계정url",),
    IGNORE: ("no", "number", "번호", "순번", "연번", "순서", "otherplatformhandles",
             "다른플랫폼계정", "errors", "error", "reasons", "오류", "오류내용",
             "importerrors"),
}

# Platform qualifiers a header may start or end with, and what is left of the header.
_QUALIFIERS: dict[Platform, tuple[str, ...]] = {
    Platform.A: ("플랫폼a", "platforma", "블로그", "blog", "a"),
    Platform.B: ("플랫폼b", "platformb", "인스타그램", "인스타", "instagram", "insta", "b"),
}
_REMAINDER: dict[str, str] = {
    "": "url", "url": "url", "link": "url", "링크": "url", "주소": "url", "프로필": "url",
    "profile": "url", "profileurl": "url", "계정url": "url", "프로필url": "url",
    "바로가기": "url",
    "handle": "handle", "handles": "handle", "id": "handle", "아이디": "handle",
    "계정": "handle", "account": "handle", "username": "handle", "핸들": "handle",
    "계정아이디": "handle", "계정명": "handle",
    "email": "email", "이메일": "email", "메일": "email", "mail": "email",
    "category": "category", "카테고리": "category", "분야": "category",
}

_EXACT: dict[str, str] = {syn: field for field, syns in _SYNONYMS.items() for syn in syns}
# A model field with no synonyms above is still found by its name and its label.
for _spec in _SPECS:
    if _spec.rule is not None and (_spec.row_wide or _spec.account_field is None):
        _EXACT.setdefault(normalize_header(_spec.name), _spec.name)
        _EXACT.setdefault(normalize_header(_spec.rule.label), _spec.name)
# ... and by its label in every language the desk speaks (an export in Korean imports back).
for _spec in _SPECS:
    if _spec.rule is not None and (_spec.row_wide or _spec.account_field is None):
        for _language in LANGUAGES:
            _EXACT.setdefault(normalize_header(render(_spec.rule.label, _language)),
                              _spec.name)
# The export writes metric columns ("Followers", "Followers date") and the other platform's
# handles: informational on import, in either language.
for _metric in METRICS:
    _EXACT[normalize_header(_metric)] = IGNORE
    _EXACT[normalize_header(_metric) + "date"] = IGNORE
    _EXACT[normalize_header(_metric) + "날짜"] = IGNORE
for _language in LANGUAGES:
    _EXACT.setdefault(normalize_header(render(user_text("Other platform handles"), _language)),
                      IGNORE)
    for _label in METRIC_LABELS.values():
        _shown = render(_label, _language)
        _EXACT.setdefault(normalize_header(_shown), IGNORE)
        _EXACT.setdefault(normalize_header(render(user_text("{metric} date", metric=_shown),
                                                  _language)), IGNORE)


def field_for_header(header: object) -> str | None:
    """The field a header names, or None when the words are not recognised."""
    key = normalize_header(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for platform, qualifiers in _QUALIFIERS.items():
        for qualifier in qualifiers:
            for rest in (key.removeprefix(qualifier) if key.startswith(qualifier) else None,
                         key.removesuffix(qualifier) if key.endswith(qualifier) else None):
                if rest is None or (rest == "" and len(qualifier) == 1):
                    continue
                kind = _REMAINDER.get(rest)
                if kind is not None:
                    return f"{platform.value.lower()}_{kind}"
    return None


def parse_field(text: str) -> str:
    """A field named by the user (`--map`): its name or any header word for it."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key in FIELDS:
        return key
    if key in {"", "none", "skip"}:
        return IGNORE
    found = field_for_header(text)
    if found is None:
        raise ValueError(f"'{text}' is not an import field (fields: "
                         f"{', '.join(FIELDS)}).")
    return found
