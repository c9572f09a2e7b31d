"""Who comes to an event: seats, the waitlist, moving up, check-in and walk-ins.

Seats are for participants: a participant registered or attended takes one.
Speakers, organisers and press never take a participant seat and never wait.
An invited person takes no seat until they register.

A participant who registers when every seat is taken (or the event is marked
full, or others are already waiting) joins the end of the waitlist. When a
registered participant cancels, the first on the waitlist moves up (with the
moment noted in ``moved_up_at``) and the positions behind close ranks. The event
moves from "registration open" to "full" when its last seat is taken, and back
when a seat is free and nobody is waiting.

Every function runs in one transaction (inside the caller's, if there is one) and
writes through the repositories, so each change is versioned and audited.
Refusals are :class:`PlanningError` with a sentence naming the person and event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from secretariat.domain import records
from secretariat.domain.enums import EventStatus, RegistrationRole, RegistrationStatus
from secretariat.domain.fields import Record
from secretariat.domain.text import alphabetical_key
from secretariat.domain.validation import clean
from secretariat.planning.errors import PlanningError
from secretariat.planning.moments import now
from secretariat.store.database import ClusterDatabase
from secretariat.store.tables import listed_filters

PARTICIPANT = RegistrationRole.PARTICIPANT.value
INVITED = RegistrationStatus.INVITED.value
REGISTERED = RegistrationStatus.REGISTERED.value
WAITLISTED = RegistrationStatus.WAITLISTED.value
CANCELLED = RegistrationStatus.CANCELLED.value
ATTENDED = RegistrationStatus.ATTENDED.value
NO_SHOW = RegistrationStatus.NO_SHOW.value

# A registered or attended participant takes a seat.
SEATED = frozenset({REGISTERED, ATTENDED})
# Events whose waitlist still moves up.
_OPEN_FOR_MOVING_UP = frozenset(
    {
        EventStatus.DRAFT.value,
        EventStatus.PLANNED.value,
        EventStatus.REGISTRATION_OPEN.value,
        EventStatus.FULL.value,
    }
)
_CLOSED = frozenset({EventStatus.CANCELLED.value, EventStatus.HELD.value})


@dataclass(frozen=True)
class Occupancy:
    """How many people an event has, by status and role.

    ``registered`` is the participant seats taken (participants registered or
    attended). ``waitlisted``, ``invited``, ``attended``, ``cancelled`` and
    ``no_show`` count everyone with that status, whatever their role; ``speakers``,
    ``organisers`` and ``press`` count those roles among registrations not cancelled.
    """

    capacity: int | None
    registered: int
    waitlisted: int
    invited: int
    attended: int
    cancelled: int
    no_show: int
    speakers: int
    organisers: int
    press: int

    @property
    def free(self) -> int | None:
        """Participant seats still free; None when the event has no capacity set."""
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.registered)

    @property
    def is_full(self) -> bool:
        return self.capacity is not None and self.registered >= self.capacity


def occupancy(db: ClusterDatabase, event_id: int) -> Occupancy:
    """The event's seats and registrations counted; NotFoundError for a missing event."""
    event = db.events.get(event_id)
    return _count(db, event)


def _count(db: ClusterDatabase, event: Record) -> Occupancy:
    by_status: dict[str, int] = {}
    by_role: dict[str, int] = {}
    seats = 0
    for row in db.planning.registration_counts(event["id"]):
        status, role, people = row["status"], row["role"], int(row["people"])
        by_status[status] = by_status.get(status, 0) + people
        if status != CANCELLED:
            by_role[role] = by_role.get(role, 0) + people
        if role == PARTICIPANT and status in SEATED:
            seats += people
    return Occupancy(
        capacity=event["capacity"],
        registered=seats,
        waitlisted=by_status.get(WAITLISTED, 0),
        invited=by_status.get(INVITED, 0),
        attended=by_status.get(ATTENDED, 0),
        cancelled=by_status.get(CANCELLED, 0),
        no_show=by_status.get(NO_SHOW, 0),
        speakers=by_role.get(RegistrationRole.SPEAKER.value, 0),
        organisers=by_role.get(RegistrationRole.ORGANISER.value, 0),
        press=by_role.get(RegistrationRole.PRESS.value, 0),
    )


# -- registering ---------------------------------------------------------------


def register(
    db: ClusterDatabase,
    event_id: int,
    contact_id: int,
    role: str = PARTICIPANT,
    invited: bool = False,
) -> Record:
    """Register the person for the event; returns the registration as stored.

    ``invited`` records an invitation (status "invited", no seat). A participant
    gets a seat while one is free, else the next place on the waitlist. A person
    whose earlier registration was cancelled is registered again on the same
    record. Refused (PlanningError) for a person already registered and for an
    event that is cancelled or held; NotFoundError for a missing event or person.
    """
    role = _clean_registration({"role": role})["role"]
    with db.transaction():
        event = db.events.get(event_id)
        contact = db.contacts.get(contact_id)
        _refuse_closed(event, _person(contact))
        existing = db.planning.registration_of(event_id, contact_id)
        if existing is not None and existing["status"] != CANCELLED:
            raise _already_registered(contact, event, existing)
        status, position = _arrival(db, event, role, invited=invited)
        values = {
            "status": status,
            "role": role,
            "waitlist_position": position,
            "registered_at": now(),
            "moved_up_at": None,
        }
        if existing is None:
            record = db.registrations.create(
                {"event_id": event_id, "contact_id": contact_id, **values}
            )
        else:
            record = db.registrations.update(existing["id"], existing["version"], values)
        _mark_full_when_no_seat_is_left(db, event_id)
    return record


def register_organisations(
    db: ClusterDatabase,
    event_id: int,
    organisation_ids: Iterable[int],
    role: str = PARTICIPANT,
) -> list[Record]:
    """Register every contact of the organisations (people erased are not among
    them) who has no registration for the event yet (a cancelled one counts: they
    said no), in alphabetical order of last name, by :func:`register`'s rules;
    returns the new registrations."""
    with db.transaction():
        event = db.events.get(event_id)
        contacts: dict[int, Record] = {}
        for organisation_id in dict.fromkeys(organisation_ids):
            db.organisations.get(organisation_id)  # NotFoundError for a missing one
            for contact in db.contacts.list(
                filters=listed_filters("contacts", {"organisation_id": organisation_id}),
                limit=None,
            ):
                contacts[contact["id"]] = contact
        if contacts:
            _refuse_closed(event, None)
        ordered = sorted(
            contacts.values(),
            key=lambda c: (
                alphabetical_key(c["last_name"] or ""),
                alphabetical_key(c["first_name"] or ""),
                c["id"],
            ),
        )
        created = []
        for contact in ordered:
            if db.planning.registration_of(event_id, contact["id"]) is None:
                created.append(register(db, event_id, contact["id"], role))
    return created


def _arrival(
    db: ClusterDatabase, event: Record, role: str, *, invited: bool = False
) -> tuple[str, int | None]:
    """The status (and waitlist position) a person arriving now gets."""
    if invited:
        return INVITED, None
    if role != PARTICIPANT:
        return REGISTERED, None
    if _seat_is_free(db, event) and db.planning.first_waitlisted(event["id"]) is None:
        return REGISTERED, None
    return WAITLISTED, db.planning.next_waitlist_position(event["id"])


def _seat_is_free(db: ClusterDatabase, event: Record) -> bool:
    if event["status"] == EventStatus.FULL.value:
        return False
    return not _count(db, event).is_full


# -- changing a registration ---------------------------------------------------


def change_registration(
    db: ClusterDatabase,
    registration_id: int,
    version: int,
    status: str | None = None,
    role: str | None = None,
) -> tuple[Record, Record | None]:
    """Change a registration's status and/or role, read at ``version``.

    Returns (the changed registration, the registration that moved up from the
    waitlist, or None). A registered participant who cancels, leaves the
    participants or is put back on the waitlist frees their seat, and the first on
    the waitlist moves up; attended and no-show keep their seat (history). A
    cancelled or invited person registering (again), and a speaker becoming a
    participant, get a seat only if one is free, else the end of the waitlist. A
    waitlisted participant can be moved up by hand only onto a free seat.
    Raises ConflictError for a stale ``version``, PlanningError for a refusal.
    """
    with db.transaction():
        before = db.registrations.update(registration_id, version, {})  # checks the version
        wanted = {k: v for k, v in (("status", status), ("role", role)) if v is not None}
        cleaned = _clean_registration(wanted, existing=before)
        new_status = cleaned.get("status", before["status"])
        new_role = cleaned.get("role", before["role"])
        if new_role != PARTICIPANT and new_status == WAITLISTED:
            new_status = REGISTERED  # only participants wait
        if (new_status, new_role) == (before["status"], before["role"]):
            return before, None
        event = db.events.get(before["event_id"])
        contact = db.contacts.get(before["contact_id"])
        name = _person(contact)
        if before["status"] == CANCELLED and new_status in (INVITED, REGISTERED, WAITLISTED):
            _refuse_closed(event, name)

        values: Record = {"status": new_status, "role": new_role}
        held_seat = _takes_seat(before["status"], before["role"])
        wants_seat = new_role == PARTICIPANT and new_status == REGISTERED and not held_seat
        if wants_seat:
            if before["status"] == WAITLISTED:
                if not _seat_is_free(db, event):
                    raise PlanningError(
                        f"All seats of {_event_name(event)} are taken; {name} stays on the "
                        f"waitlist at position {before['waitlist_position']}.",
                        "Raise the event's capacity, or wait until someone cancels.",
                    )
                values.update(waitlist_position=None, moved_up_at=now())
            elif before["status"] != NO_SHOW:  # a no-show had their seat
                status_now, position = _arrival(db, event, PARTICIPANT)
                values.update(status=status_now, waitlist_position=position)
                if before["status"] in (CANCELLED, INVITED):
                    values["registered_at"] = now()
        elif new_status == WAITLISTED and before["status"] != WAITLISTED:
            values["waitlist_position"] = db.planning.next_waitlist_position(event["id"])
        elif new_status != WAITLISTED:
            values["waitlist_position"] = None

        changed = db.registrations.update(registration_id, version, values)
        frees_seat = (
            held_seat
            and not _takes_seat(changed["status"], changed["role"])
            and changed["status"] != NO_SHOW
        )
        promoted = _move_up(db, event["id"], passed_over=registration_id) if frees_seat else None
        if before["status"] == WAITLISTED or promoted is not None:
            _close_ranks(db, event["id"])
        if frees_seat:
            _reopen_when_a_seat_is_free(db, event["id"])
        else:
            _mark_full_when_no_seat_is_left(db, event["id"])
        changed = db.registrations.get(registration_id)
    return changed, promoted


def cancel_registration(db: ClusterDatabase, registration_id: int, version: int) -> Record | None:
    """Cancel a registration; returns the registration that moved up into the freed
    seat, or None (see :func:`change_registration`)."""
    return change_registration(db, registration_id, version, status=CANCELLED)[1]


def check_in(db: ClusterDatabase, registration_id: int, version: int) -> Record:
    """Mark the person as attended at the door: from registered, waitlisted, invited
    (they came anyway) or no-show (they came late). Someone waiting takes a seat
    even beyond capacity (the room decides). Refused for someone already checked in,
    a cancelled registration (let them in as a walk-in) and a cancelled event."""
    with db.transaction():
        before = db.registrations.update(registration_id, version, {})  # checks the version
        event = db.events.get(before["event_id"])
        name = _person(db.contacts.get(before["contact_id"]))
        _refuse_check_in(event, name)
        if before["status"] == ATTENDED:
            raise PlanningError(f"{name} is already checked in for {_event_name(event)}.")
        if before["status"] == CANCELLED:
            raise PlanningError(
                f"{name} cancelled their registration for {_event_name(event)}.",
                "If they came after all, let them in as a walk-in.",
            )
        record = db.registrations.update(
            registration_id, version, {"status": ATTENDED, "waitlist_position": None}
        )
        if before["status"] == WAITLISTED:
            _close_ranks(db, event["id"])
        _mark_full_when_no_seat_is_left(db, event["id"])
    return db.registrations.get(record["id"])


def walk_in(
    db: ClusterDatabase,
    event_id: int,
    *,
    contact_id: int | None = None,
    first_name: str = "",
    last_name: str = "",
    organisation_id: int | None = None,
    email: str | None = None,
) -> Record:
    """Register someone at the door as attended, even when the event is full.

    Without ``contact_id`` the person is first added to the contacts (a
    ValidationError names a missing last name or a wrong e-mail address). A person
    with an earlier registration for the event is checked in on it. Refused for a
    cancelled event and for someone already checked in.
    """
    with db.transaction():
        event = db.events.get(event_id)
        if contact_id is None:
            _refuse_check_in(event, " ".join(p for p in (first_name, last_name) if p) or None)
            values: Record = {"last_name": last_name, "organisation_id": organisation_id}
            if first_name and first_name.strip():
                values["first_name"] = first_name
            if email:
                values["email"] = email
            contact = db.contacts.create(values)
        else:
            contact = db.contacts.get(contact_id)
        name = _person(contact)
        _refuse_check_in(event, name)
        existing = db.planning.registration_of(event_id, contact["id"])
        if existing is None:
            record = db.registrations.create(
                {
                    "event_id": event_id,
                    "contact_id": contact["id"],
                    "status": ATTENDED,
                    "role": PARTICIPANT,
                    "registered_at": now(),
                }
            )
        else:
            if existing["status"] == ATTENDED:
                raise PlanningError(f"{name} is already checked in for {_event_name(event)}.")
            record = db.registrations.update(
                existing["id"],
                existing["version"],
                {"status": ATTENDED, "waitlist_position": None},
            )
            if existing["status"] == WAITLISTED:
                _close_ranks(db, event_id)
        _mark_full_when_no_seat_is_left(db, event_id)
    return db.registrations.get(record["id"])


# -- the waitlist and the event's status ------------------------------------------


def fill_free_seats(db: ClusterDatabase, event_id: int) -> list[Record]:
    """Move waiting participants up while seats are free (after the capacity was
    raised), then set the event's status to match; returns those who moved up."""
    promoted = []
    with db.transaction():
        while (moved := _move_up(db, event_id)) is not None:
            promoted.append(moved)
        if promoted:
            _close_ranks(db, event_id)
        _reopen_when_a_seat_is_free(db, event_id)
        _mark_full_when_no_seat_is_left(db, event_id)
    return promoted


def _move_up(db: ClusterDatabase, event_id: int, passed_over: int | None = None) -> Record | None:
    """The first waiting participant (other than the registration ``passed_over``)
    takes a free seat; None if none moves up."""
    event = db.events.get(event_id)
    if event["status"] not in _OPEN_FOR_MOVING_UP:
        return None
    if event["capacity"] is not None and _count(db, event).is_full:
        return None
    waiting = (
        r
        for r in db.planning.waitlist(event_id)
        if r["role"] == PARTICIPANT and r["id"] != passed_over
    )
    first = next(waiting, None)
    if first is None:
        return None
    return db.registrations.update(
        first["id"],
        first["version"],
        {"status": REGISTERED, "waitlist_position": None, "moved_up_at": now()},
    )


def _close_ranks(db: ClusterDatabase, event_id: int) -> None:
    """Number the waitlist 1, 2, 3... again in its order."""
    for position, waiting in enumerate(db.planning.waitlist(event_id), start=1):
        if waiting["waitlist_position"] != position:
            db.registrations.update(
                waiting["id"], waiting["version"], {"waitlist_position": position}
            )


def _mark_full_when_no_seat_is_left(db: ClusterDatabase, event_id: int) -> None:
    event = db.events.get(event_id)
    if event["status"] == EventStatus.REGISTRATION_OPEN.value and _count(db, event).is_full:
        db.events.update(event_id, event["version"], {"status": EventStatus.FULL.value})


def _reopen_when_a_seat_is_free(db: ClusterDatabase, event_id: int) -> None:
    event = db.events.get(event_id)
    if (
        event["status"] == EventStatus.FULL.value
        and not _count(db, event).is_full
        and db.planning.first_waitlisted(event_id) is None
    ):
        db.events.update(
            event_id, event["version"], {"status": EventStatus.REGISTRATION_OPEN.value}
        )


# -- small pieces ----------------------------------------------------------------


def _takes_seat(status: str, role: str) -> bool:
    return role == PARTICIPANT and status in SEATED


def _clean_registration(values: Record, existing: Record | None = None) -> Record:
    return clean(records.REGISTRATION, values, existing=existing or {})


def _person(contact: Record) -> str:
    return records.CONTACT.describe(contact).strip() or f"Contact #{contact['id']}"


def _event_name(event: Record) -> str:
    return f"“{event['title']}”"


def _refuse_closed(event: Record, who: str | None) -> None:
    """Refuse registrations for an event that is cancelled or over (``who`` None:
    the sentence speaks of nobody in particular)."""
    cannot = f"{who} cannot" if who else "nobody can"
    if event["status"] == EventStatus.CANCELLED.value:
        raise PlanningError(
            f"{_event_name(event)} is cancelled, so {cannot} be registered for it.",
            "Set the event back to draft first if it takes place after all.",
        )
    if event["status"] == EventStatus.HELD.value:
        raise PlanningError(
            f"{_event_name(event)} has already been held, so {cannot} be registered "
            "for it any more.",
            "Use a walk-in to record someone who came without registering.",
        )


def _refuse_check_in(event: Record, who: str | None) -> None:
    if event["status"] == EventStatus.CANCELLED.value:
        cannot = f"{who} cannot" if who else "nobody can"
        raise PlanningError(f"{_event_name(event)} is cancelled, so {cannot} be checked in.")


def _already_registered(contact: Record, event: Record, existing: Record) -> PlanningError:
    status = RegistrationStatus(existing["status"])
    detail = {
        WAITLISTED: f"They are on the waitlist at position {existing['waitlist_position']}.",
        INVITED: "They are invited; change that registration instead.",
        ATTENDED: "They have attended it.",
        NO_SHOW: "They were registered and did not come.",
    }.get(status.value, "")
    return PlanningError(
        f"{_person(contact)} is already registered for {_event_name(event)}.", detail
    )
