"""Reports over the platforms: Platform A comment analysis and Platform A/B post verification.

Services for the window, the CLI and tests (no Qt here):

    analysis = analyze_comments(store, post_urls, ctx, out_path=..., fresh_hours=24)
    result = verify_posts(store, in_path, out_path, ctx)

Both use the collection engine's adapters and rate controllers (`desktop.collect`).
"""
