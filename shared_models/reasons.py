"""The sentences the sync server gives with a change it refused or kept apart (a push
result's `reason`), and the `detail` of its refusals a desk shows (a consent form it cannot
send). They travel as plain English (the wire carries one sentence, so desks of any release
read them); being `user_text` templates here, they are in the desk's catalog, and the desk
recognises each one it receives (`desktop.i18n.catalog.recognised`) and shows it in the
user's language: the refused-changes dialog, `influencer-desk refused`, the conflicts, a
consent form that cannot be downloaded.

One sentence per case, never assembled from words: Korean puts the record's kind elsewhere
in the sentence than English, so each kind of record has its own.
"""

from __future__ import annotations

from typing import Any

from shared_models.records import Entity
from shared_models.texts import Text, user_text

DUPLICATE_OP = user_text("This change was sent twice in one batch; only the first was applied.")
REUSED_OP = user_text("This change's id was already used for a different change; it was not "
                      "applied. Send it again as a new change.")
UNSTORABLE = user_text("The server could not store this change (a value in it is not "
                       "allowed). Edit it and send it again, or discard it.")
MERGED_COPY_DELETED = user_text(
    "You deleted your copy of a record that was merged with a colleague's; their record "
    "was kept. Choose keep mine to delete it too.")
SELF_MERGE = user_text("A person cannot be merged into themselves.")
RESTORE_FORM_NEEDS_ADMIN = user_text("Only an administrator can restore a removed consent form.")
SNAPSHOT_IS_HISTORY = user_text("Metric snapshots are never deleted or restored; they are "
                                "history.")
FORM_FILE_FIXED = user_text("A consent form's file cannot be replaced; remove the form and add "
                            "the new file as a new form.")
FORM_REMOVED = user_text("This consent form was removed. Only an administrator can bring it "
                         "back (restore the removed form instead of adding the file again).")
FORM_GONE = user_text("This consent form was removed; an administrator can restore it.")
FORM_FILE_LOST = user_text("The file of this consent form is missing from the server's store; "
                           "ask the administrator.")
FORM_FILE_MISSING = user_text("The file of this consent form has not reached the server yet. "
                              "Sync again: the app uploads the file before the form's details.")


# Why the server answers a request with an error a desk shows (in "The sync server does not
# allow this (...)", "... cannot answer just now (...)" and the like).
SERVER_BUSY = user_text("The sync server is receiving other large requests; the app tries "
                        "again shortly.")
DATABASE_UNAVAILABLE = user_text("The sync server cannot reach its database just now. Nothing "
                                 "was lost; the app tries again later.")


def network_refused(address: Any) -> Text:
    if not address:
        return user_text("Requests from an unknown address are not allowed. Ask the "
                         "administrator to add your network to "
                         "INFLUENCER_SYNC_ALLOWED_NETWORKS.")
    return user_text("Requests from {address} are not allowed. Ask the administrator to add "
                     "your network to INFLUENCER_SYNC_ALLOWED_NETWORKS.", address=address)


def body_too_large(megabytes: int) -> Text:
    return user_text("The request body is larger than {size} MB. Send fewer operations per "
                     "push.", size=megabytes)


def no_form(attachment_id: Any) -> Text:
    return user_text("There is no consent form {id}.", id=attachment_id)


def key_taken(entity: Entity, holder: dict[str, Any]) -> Text:
    """Another live record holds the natural key this change would give its record."""
    if entity == Entity.INFLUENCER:
        return user_text("Another influencer, {name} ({phone}), already has this name and "
                         "phone (id {id}). Change one of them, or merge the two.",
                         name=holder["name"], phone=holder["phone"], id=holder["id"])
    return user_text("The Platform {platform} account '{handle}' already exists (id {id}). "
                     "Change the handle, or merge the two accounts.",
                     platform=holder["platform"], handle=holder["handle"], id=holder["id"])


def parked(parent_name: str) -> Text:
    """An account created for, or moved to, a person deleted meanwhile."""
    return user_text("{name} was deleted on another desk; this account is kept with them. "
                     "Choose keep mine to restore them.", name=parent_name)


def merged_elsewhere(name: str, keep_name: str, keep_id: Any) -> Text:
    """An edit of a person merged into another on another desk."""
    return user_text("{name} was merged into {keep} (id {id}) on another desk; your change "
                     "stays on the merged record. Make it on {keep}, or choose keep mine to "
                     "bring {name} back.", name=name, keep=keep_name, id=keep_id)


def cannot_create(entity: Entity, problem: str) -> Text:
    """A change of a record the server does not have, whose values cannot create it."""
    if entity == Entity.INFLUENCER:
        return user_text("This influencer is not on the server, and the change cannot create "
                         "it: {problem}", problem=problem)
    if entity == Entity.ACCOUNT:
        return user_text("This account is not on the server, and the change cannot create "
                         "it: {problem}", problem=problem)
    if entity == Entity.ATTACHMENT:
        return user_text("This consent form is not on the server, and the change cannot "
                         "create it: {problem}", problem=problem)
    return user_text("This metric snapshot is not on the server, and the change cannot "
                     "create it: {problem}", problem=problem)


def parent_missing(parent: Entity, child: Entity, parent_id: Any) -> Text:
    """A record whose person (or account) the server does not have."""
    if parent == Entity.ACCOUNT:
        return user_text("The account {id} this metric snapshot belongs to is not on the "
                         "server. Push the account first.", id=parent_id)
    if child == Entity.ATTACHMENT:
        return user_text("The influencer {id} this consent form belongs to is not on the "
                         "server. Push the influencer first.", id=parent_id)
    return user_text("The influencer {id} this account belongs to is not on the server. "
                     "Push the influencer first.", id=parent_id)


def nothing_to_restore(entity: Entity, record_id: Any) -> Text:
    if entity == Entity.INFLUENCER:
        return user_text("There is no influencer {id} on the server to restore.", id=record_id)
    if entity == Entity.ACCOUNT:
        return user_text("There is no account {id} on the server to restore.", id=record_id)
    return user_text("There is no consent form {id} on the server to restore.", id=record_id)


def not_a_metric_value(value: Any) -> Text:
    return user_text("'{value}' is not a number a metric can have.", value=value)


def not_a_merge_target(value: Any) -> Text:
    return user_text("'{value}' is not the id of a person to merge into.", value=value)


def merge_target_missing(value: Any) -> Text:
    return user_text("The person {id} this one was merged into is not on the server. Push "
                     "that person first.", id=value)


def form_does_not_match(size: Any, media_type: Any, blob_size: Any, blob_type: Any) -> Text:
    """A consent form's details that differ from the file uploaded for it."""
    return user_text("The details of this consent form (size {size}, type {type}) do not match "
                     "the uploaded file (size {file_size}, type {file_type}).", size=size,
                     type=media_type, file_size=blob_size, file_type=blob_type)
