"""What the directory floors read: the current members (``:day`` is today) and, of a
contact ``c``, whether the latest directory consent lets them be listed."""

MEMBERS = (
    "FROM organisations AS o WHERE o.is_member = 1"
    " AND coalesce(o.member_since, :day) <= :day AND coalesce(o.member_until, :day) >= :day"
)
LISTED = (
    "(SELECT granted FROM consents WHERE consents.contact_id = c.id"
    " AND purpose = 'directory' ORDER BY recorded_on DESC, id DESC LIMIT 1) = 1"
)
