"""The generated world: profiles, posts and comments of both platforms, fixed by the seed.

Profiles and posts are generated up front (a few thousand rows is cheap); comments are
generated on demand from (seed, post) so large comment counts cost nothing until asked.
Every random choice comes from `random.Random` seeded with a string, which is stable across
processes and Python runs.
"""

from __future__ import annotations

import random
import string
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from platform_sim import names
from platform_sim.config import SimConfig

EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
VISIBILITIES = ("public", "private", "restricted")
B_ID_ALPHABET = string.ascii_letters + string.digits + "_-"


@dataclass(frozen=True)
class Post:
    post_id: str
    handle: str
    title: str
    visibility: str  # public | private | restricted
    deleted: bool  # answers 410
    published_at: str


@dataclass(frozen=True)
class Mention:
    """A platform URL hidden in a comment text (the ground truth for URL extraction)."""

    platform: str
    kind: str  # profile | post
    handle: str
    post_id: str | None
    text: str  # exactly as it appears in the comment


@dataclass(frozen=True)
class Comment:
    id: str
    author_handle: str | None
    author_name: str
    text: str
    created_at: str
    mentions: tuple[Mention, ...] = ()

    def wire(self) -> dict[str, Any]:
        return {"id": self.id, "author_handle": self.author_handle,
                "author_name": self.author_name, "text": self.text,
                "created_at": self.created_at}


@dataclass(frozen=True)
class Profile:
    platform: str
    handle: str
    display_name: str
    metrics: dict[str, int]
    posts: tuple[Post, ...] = field(default=())

    def wire(self) -> dict[str, Any]:
        return {"handle": self.handle, "display_name": self.display_name, **self.metrics}


@dataclass
class PlatformData:
    profiles: dict[str, Profile]  # by lower-case handle
    missing: list[str]  # valid-looking handles that answer 404
    posts: dict[str, Post]  # by post id

    def listing(self) -> dict[str, Any]:
        return {
            "handles": list(self.profiles),
            "missing": list(self.missing),
            "profiles": {h: p.wire() for h, p in self.profiles.items()},
            "posts": {h: [asdict(post) for post in p.posts] for h, p in self.profiles.items()},
        }


class Dataset:
    def __init__(self, config: SimConfig) -> None:
        self.config = config
        self.seed = config.seed
        self.a = self._generate("A")
        self.b = self._generate("B")

    def platform(self, name: str) -> PlatformData:
        return self.a if name == "A" else self.b

    def listing(self) -> dict[str, Any]:
        return {"seed": self.seed, "A": self.a.listing(), "B": self.b.listing()}

    # -- generation -------------------------------------------------------------------

    def _rng(self, *parts: object) -> random.Random:
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))

    def _generate(self, platform: str) -> PlatformData:
        rng = self._rng("profiles", platform)
        cfg = self.config
        missing_count = round(cfg.profiles * cfg.missing_share)
        taken: set[str] = set()
        people = [_person(rng, platform, taken) for _ in range(cfg.profiles)]
        missing_idx = set(rng.sample(range(cfg.profiles), missing_count))
        profiles: dict[str, Profile] = {}
        posts: dict[str, Post] = {}
        missing: list[str] = []
        for i, (handle, display_name) in enumerate(people):
            if i in missing_idx:
                missing.append(handle)
                continue
            own_posts = tuple(self._post(rng, platform, handle, posts)
                              for _ in range(cfg.posts_per_profile))
            metrics = _metrics(rng, platform, len(own_posts))
            profiles[handle] = Profile(platform, handle, display_name, metrics, own_posts)
        return PlatformData(profiles, missing, posts)

    def _post(self, rng: random.Random, platform: str, handle: str,
              posts: dict[str, Post]) -> Post:
        while True:
            if platform == "A":
                post_id = str(rng.randrange(10**11, 10**12))
            else:
                post_id = "".join(rng.choice(B_ID_ALPHABET) for _ in range(11))
            if post_id not in posts:
                break
        topic_ko, topic_en = rng.choice(names.TOPICS)
        n = rng.randint(1, 60)
        if rng.random() < 0.6:
            title = rng.choice(names.TITLES_KO).format(topic=topic_ko, n=n)
        else:
            title = rng.choice(names.TITLES_EN).format(topic=topic_en, n=n)
        roll = rng.random()
        visibility = "private" if roll < 0.05 else "restricted" if roll < 0.10 else "public"
        deleted = rng.random() < 0.05
        published = EPOCH + timedelta(minutes=rng.randrange(0, 60 * 24 * 500))
        post = Post(post_id, handle, title, visibility, deleted, published.isoformat())
        posts[post_id] = post
        return post

    # -- comments (lazy) --------------------------------------------------------------

    def comments(self, post_id: str) -> list[Comment]:
        return list(_comments(self, post_id))


@lru_cache(maxsize=512)
def _comments(dataset: Dataset, post_id: str) -> tuple[Comment, ...]:
    post = dataset.a.posts[post_id]
    rng = dataset._rng("comments", post_id)
    a_handles = list(dataset.a.profiles) + dataset.a.missing
    b_handles = list(dataset.b.profiles) + dataset.b.missing
    b_posts = list(dataset.b.posts)
    a_posts = list(dataset.a.posts.values())
    pool = dataset.config.commenter_pool
    authors = a_handles[:pool] if pool > 0 else a_handles
    start = datetime.fromisoformat(post.published_at)
    out: list[Comment] = []
    for i in range(dataset.config.comments_per_post):
        if rng.random() < 0.7 and authors:
            author_handle: str | None = rng.choice(authors)
        else:
            author_handle = None
        author_name = _person(rng, "A", set())[1]
        mentions: tuple[Mention, ...] = ()
        if rng.random() < 0.45:
            mention = _mention(rng, dataset.config, a_handles, a_posts, b_handles, b_posts)
            text = rng.choice(names.COMMENTS_WITH_URL).format(url=mention.text)
            mentions = (mention,)
        else:
            text = rng.choice(names.COMMENTS_PLAIN)
        created = start + timedelta(minutes=rng.randrange(1, 60 * 24 * 30), seconds=i)
        out.append(Comment("", author_handle, author_name, text, created.isoformat(), mentions))
    out.sort(key=lambda c: c.created_at)
    return tuple(replace(c, id=f"{post_id}-c{n}") for n, c in enumerate(out, 1))


def _mention(rng: random.Random, cfg: SimConfig, a_handles: list[str], a_posts: list[Post],
             b_handles: list[str], b_posts: list[str]) -> Mention:
    """A platform URL in one of the many forms people type it."""
    platform = "A" if rng.random() < 0.5 else "B"
    base = cfg.web_base_a if platform == "A" else cfg.web_base_b
    scheme, _, host = base.partition("://")
    host_form = rng.choice((host, host, "www." + host, "m." + host, host.upper()))
    prefix = rng.choice((f"{scheme}://", f"{scheme}://", "http://", ""))
    if platform == "A":
        if rng.random() < 0.4 and a_posts:
            post = rng.choice(a_posts)
            kind, handle, post_id = "post", post.handle, post.post_id
            path = f"/{handle}/{post_id}"
        else:
            kind, handle, post_id = "profile", rng.choice(a_handles), None
            path = f"/{handle}" + rng.choice(("", "", "/"))
    elif rng.random() < 0.4 and b_posts:
        kind, handle, post_id = "post", "", rng.choice(b_posts)
        path = f"/p/{post_id}" + rng.choice(("", "/"))
    else:
        kind, handle, post_id = "profile", rng.choice(b_handles), None
        path = rng.choice((f"/{handle}", f"/@{handle}"))
    query = rng.choice(("", "", "", "?utm_source=comment", "#top"))
    text = f"{prefix}{host_form}{path}{query}{rng.choice(names.TRAILING)}"
    return Mention(platform, kind, handle, post_id, text)


def _person(rng: random.Random, platform: str, taken: set[str]) -> tuple[str, str]:
    """(handle, display name), the handle unique within `taken` (which it joins)."""
    topic = rng.choice(names.TOPICS)[1]
    if rng.random() < 0.6:
        sur_ko, last = rng.choice(names.KOREAN_SURNAMES)
        given_ko, first = rng.choice(names.KOREAN_GIVEN)
        korean = rng.random() < 0.7
        display = f"{sur_ko}{given_ko}" if korean else f"{first.title()} {last.title()}"
    else:
        first = rng.choice(names.ENGLISH_GIVEN).lower()
        last = rng.choice(names.ENGLISH_SURNAMES).lower()
        display = f"{first.title()} {last.title()}"
    sep = "_-" if platform == "A" else "_."
    shapes = (
        f"{first}{rng.choice(sep)}{last}",
        f"{last}{first}{rng.randint(1, 99)}",
        f"{first}{rng.choice(sep)}{topic}",
        f"{topic}{rng.choice(sep)}{first}",
        f"{first}{last[0]}{rng.randint(80, 99)}",
    )
    handle = rng.choice(shapes)
    limit = 40 if platform == "A" else 30
    handle = handle[:limit]
    candidate, n = handle, 1
    while candidate in taken:
        n += 1
        suffix = str(n)
        candidate = handle[: limit - len(suffix)] + suffix
    taken.add(candidate)
    return candidate, display


def _metrics(rng: random.Random, platform: str, posts: int) -> dict[str, int]:
    followers = int(10 ** rng.uniform(1.5, 5.5))
    post_count = posts + rng.randint(0, 400)
    if platform == "A":
        daily = int(10 ** rng.uniform(1, 4.5))
        return {"daily_visitors": daily, "total_visitors": daily * rng.randint(200, 2000),
                "followers": followers, "post_count": post_count}
    return {"followers": followers, "following": rng.randint(0, 2000), "post_count": post_count}
