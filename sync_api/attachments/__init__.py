"""Consent forms on the server: uploads, content-addressed blob storage, downloads.

The metadata (`attachment` rows) is a synced record written through the push engine like
any other; this package adds the bytes: `blobs` (which files the service holds),
`storage` (where the bytes live: local folder or S3-compatible bucket), `receive`
(a streamed multipart upload, hashed and size-checked), `routes` (the HTTP API).
See docs/consent-forms.md.
"""
