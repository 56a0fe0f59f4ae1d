"""What an import did (or, on a dry run or a preview, would do): the counts, the invalid rows
and why, the mapping used; as JSON for `--json` and as sentences for the terminal."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.excel.importing.mapping import SheetMapping
from desktop.excel.importing.plan import Action, ImportPlan
from desktop.excel.importing.rowplan import row_plans
from desktop.store.bulkrecords import Applied
from shared_models.texts import join_lines, join_texts, user_text


@dataclass
class ImportResult:
    path: Path
    sheet: str
    mapping: SheetMapping
    plan: ImportPlan
    dry_run: bool
    applied: bool
    report: Path | None = None
    message: str = ""
    written: Applied | None = None  # what the writer wrote, once committed
    batch_id: str | None = None  # the batch `import undo` takes back (applied imports)

    def to_json(self) -> dict[str, object]:
        """The summary, and on a dry run every row with its old and new values."""
        out = self.summary_json()
        # What a dry run is for; an applied import's JSON stays small.
        out["plan"] = [row.to_json() for row in row_plans(self.plan)] if self.dry_run else None
        return out

    def summary_json(self) -> dict[str, object]:
        """The counts, errors and mapping (no row-by-row plan)."""
        plan = self.plan
        created = plan.count(Action.CREATE)
        updated = plan.count(Action.UPDATE)
        unchanged = plan.count(Action.UNCHANGED)
        skipped = plan.count(Action.SKIP)
        return {
            "file": str(self.path), "sheet": self.sheet, "dry_run": self.dry_run,
            "applied": self.applied, "on_duplicate": plan.on_duplicate.value,
            "rows": plan.rows,
            "created": created.to_json(),
            "updated": updated.total,
            "unchanged": unchanged.total,
            "skipped": skipped.total,
            "invalid": len(plan.invalid_rows),
            "duplicate_rows": plan.duplicate_rows,
            "details": {"updated": updated.to_json(), "unchanged": unchanged.to_json(),
                        "skipped": skipped.to_json()},
            "errors": [e.to_json() for e in plan.errors],
            # Stored records whose non-empty values `update` would change.
            "overwrites": plan.overwrites,
            "batch_id": self.batch_id,
            "mapping": self.mapping.to_json(),
            "report": str(self.report) if self.report else None,
            "message": self.message,
        }

    def describe(self, max_errors: int = 50) -> str:
        """What the import did (or would do), a sentence a line, in the user's language."""
        plan = self.plan
        created = plan.count(Action.CREATE)
        updated = plan.count(Action.UPDATE)
        unchanged = plan.count(Action.UNCHANGED)
        skipped = plan.count(Action.SKIP)
        counts = {"created_people": created.influencers, "created_accounts": created.accounts,
                  "updated_people": updated.influencers, "updated_accounts": updated.accounts,
                  "unchanged": unchanged.total}
        lines: list[str] = [user_text("{rows} rows read from {file} (sheet {sheet}).",
                                      rows=plan.rows, file=self.path.name, sheet=self.sheet)]
        if self.applied:
            lines.append(user_text(
                "Created {created_people} influencers and {created_accounts} accounts; updated "
                "{updated_people} influencers and {updated_accounts} accounts; {unchanged} "
                "unchanged.", **counts))
        else:
            lines.append(user_text(
                "Would create {created_people} influencers and {created_accounts} accounts; "
                "would update {updated_people} influencers and {updated_accounts} accounts; "
                "{unchanged} unchanged.", **counts))
        if skipped.total:
            lines.append(user_text("{count} existing records left as they are "
                                   "(--on-duplicate skip).", count=skipped.total))
        if self.batch_id:
            lines.append(user_text("Import batch {batch}: `influencer-desk import undo` takes "
                                   "it back.", batch=self.batch_id))
        if plan.overwrites and not self.applied:
            lines.append(user_text("{count} stored records have values the file would change; "
                                   "--on-duplicate fill only fills empty fields.",
                                   count=plan.overwrites))
        if plan.duplicate_rows:
            lines.append(user_text("{count} rows repeat earlier rows of the file.",
                                   count=plan.duplicate_rows))
        if plan.invalid_rows:
            lines.append(user_text("{count} rows are invalid and were not imported:",
                                   count=len(plan.invalid_rows)))
            errors = plan.errors
            lines += [join_texts(["  ", e.sentence()], "") for e in errors[:max_errors]]
            if len(errors) > max_errors:
                more = len(errors) - max_errors
                lines.append(
                    user_text("  ... and {count} more (see the error report).", count=more)
                    if self.report else
                    user_text("  ... and {count} more (use --report OUT.xlsx to get them "
                              "all).", count=more))
        if self.report:
            lines.append(user_text("Error report: {file}", file=self.report))
        if self.message:
            lines.append(self.message)
        return join_lines(lines)
