"""`python -m platform_sim --port P [--seed N] [options]`: serve both platforms."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from platform_sim.app import SimApp
from platform_sim.config import RETRY_AFTER_FORMS, SimConfig
from platform_sim.server import SimServer


def build_parser() -> argparse.ArgumentParser:
    d = SimConfig()
    p = argparse.ArgumentParser(prog="python -m platform_sim",
                                description="Simulated Platform A and Platform B APIs.")
    p.add_argument("--port", type=int, required=True, help="port to listen on (0: any free)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    p.add_argument("--seed", type=int, default=d.seed, help="data and fault seed")
    g = p.add_argument_group("hidden rate limit (per client IP)")
    g.add_argument("--rate", type=float, default=d.rate, help="requests/s; 0 = unlimited")
    g.add_argument("--burst", type=int, default=d.burst)
    g.add_argument("--retry-after", choices=RETRY_AFTER_FORMS, default=d.retry_after)
    g.add_argument("--block-after", type=int, default=d.block_after,
                   help="429s within the window that turn into a block; 0 = never block")
    g.add_argument("--block-window", type=float, default=d.block_window, help="seconds")
    g.add_argument("--block-seconds", type=float, default=d.block_seconds)
    g.add_argument("--block-style", choices=("json", "bare"), default=d.block_style)
    g = p.add_argument_group("faults")
    g.add_argument("--error-rate", type=float, default=d.error_rate, help="share of 503s")
    g.add_argument("--malformed-rate", type=float, default=d.malformed_rate)
    g.add_argument("--latency", type=float, default=d.latency, help="seconds per answer")
    g = p.add_argument_group("data set")
    g.add_argument("--profiles", type=int, default=d.profiles, help="per platform")
    g.add_argument("--posts-per-profile", type=int, default=d.posts_per_profile)
    g.add_argument("--comments-per-post", type=int, default=d.comments_per_post)
    g.add_argument("--commenter-pool", type=int, default=d.commenter_pool,
                   help="comment authors come from the first N Platform A handles (0: all)")
    g.add_argument("--missing-share", type=float, default=d.missing_share)
    g.add_argument("--web-base-a", default=d.web_base_a)
    g.add_argument("--web-base-b", default=d.web_base_b)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = vars(build_parser().parse_args(argv))
    port, host = args.pop("port"), args.pop("host")
    try:
        config = SimConfig(**args)
        config.validate()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    server = SimServer(SimApp(config), host, port)
    print(f"platform_sim serving Platform A and B on {server.url} "
          f"(seed {config.seed}; rate {config.rate}/s, burst {config.burst})",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
