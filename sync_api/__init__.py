"""The thin sync service: FastAPI + PostgreSQL, the source of truth every desktop syncs with."""
