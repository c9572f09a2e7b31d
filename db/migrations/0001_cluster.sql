-- Secretariat schema, version 1: the cluster database.
-- Append-only once released: later changes go into new numbered files.
-- Dates are ISO 8601 text ('2026-06-12'); moments are UTC ('2026-06-12T12:30:00Z')
-- with the event's time zone beside them; money is integer cents.

CREATE TABLE staff (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE CHECK (trim(username) <> ''),
    display_name TEXT NOT NULL CHECK (trim(display_name) <> ''),
    email        TEXT,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE cluster_profile (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    name             TEXT NOT NULL DEFAULT '',
    region           TEXT NOT NULL DEFAULT '',
    logo             BLOB,
    logo_mime_type   TEXT CHECK (logo_mime_type IS NULL OR logo_mime_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
    primary_colour   TEXT NOT NULL DEFAULT '#1F4E79' CHECK (primary_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    secondary_colour TEXT NOT NULL DEFAULT '#F2A900' CHECK (secondary_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    life_cycle_stage TEXT NOT NULL DEFAULT 'potential' CHECK (life_cycle_stage IN ('potential', 'growing', 'mature')),
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO cluster_profile (id) VALUES (1);

CREATE TABLE themes (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> '')
);

CREATE TABLE organisations (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (trim(name) <> ''),
    kind          TEXT NOT NULL DEFAULT 'firm' CHECK (kind IN ('firm', 'research_institute', 'university', 'authority', 'association', 'investor', 'other')),
    is_member     INTEGER NOT NULL DEFAULT 0 CHECK (is_member IN (0, 1)),
    is_customer   INTEGER NOT NULL DEFAULT 0 CHECK (is_customer IN (0, 1)),
    is_partner    INTEGER NOT NULL DEFAULT 0 CHECK (is_partner IN (0, 1)),
    is_prospect   INTEGER NOT NULL DEFAULT 0 CHECK (is_prospect IN (0, 1)),
    member_since  TEXT CHECK (member_since IS NULL OR member_since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    member_until  TEXT CHECK (member_until IS NULL OR member_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    fee_tier      TEXT,
    size_class    TEXT CHECK (size_class IS NULL OR size_class IN ('micro', 'small', 'medium', 'large')),
    employees     INTEGER CHECK (employees IS NULL OR employees >= 0),
    sector        TEXT,
    description   TEXT,
    street        TEXT,
    postcode      TEXT,
    city          TEXT,
    country       TEXT NOT NULL DEFAULT 'DE' CHECK (length(country) = 2),
    website       TEXT,
    email         TEXT,
    phone         TEXT,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (member_until IS NULL OR member_since IS NULL OR member_until >= member_since)
);
CREATE INDEX organisations_name ON organisations (name COLLATE NOCASE);
CREATE INDEX organisations_city ON organisations (city);

CREATE TABLE organisation_roles (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('knowledge_generator', 'facilitator', 'gr_coordinator', 'industrial_entrepreneur', 'service_entrepreneur', 'commercial_entrepreneur', 'social_entrepreneur', 'marketer', 'ambassador')),
    PRIMARY KEY (organisation_id, role)
);

CREATE TABLE organisation_themes (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    theme_id        INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, theme_id)
);

CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    salutation      TEXT NOT NULL DEFAULT '' CHECK (salutation IN ('', 'ms', 'mr', 'mx')),
    title           TEXT,
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL CHECK (trim(last_name) <> ''),
    position        TEXT,
    email           TEXT,
    phone           TEXT,
    mobile          TEXT,
    language        TEXT NOT NULL DEFAULT 'de' CHECK (length(language) BETWEEN 2 AND 3),
    notes           TEXT,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX contacts_organisation ON contacts (organisation_id);
CREATE INDEX contacts_last_name ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE);

CREATE TABLE contact_roles (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('knowledge_generator', 'facilitator', 'gr_coordinator', 'industrial_entrepreneur', 'service_entrepreneur', 'commercial_entrepreneur', 'social_entrepreneur', 'marketer', 'ambassador')),
    PRIMARY KEY (contact_id, role)
);

-- One row per consent statement; the newest per contact and purpose is in force.
CREATE TABLE consents (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('newsletter', 'directory', 'photos')),
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    recorded_on TEXT NOT NULL CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source      TEXT NOT NULL CHECK (trim(source) <> ''),
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX consents_contact ON consents (contact_id, purpose, recorded_on);

CREATE TABLE products (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (trim(name) <> ''),
    kind            TEXT NOT NULL DEFAULT 'product' CHECK (kind IN ('product', 'service')),
    category        TEXT,
    description     TEXT,
    keywords        TEXT,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX products_organisation ON products (organisation_id);

CREATE TABLE venues (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (trim(name) <> ''),
    street     TEXT,
    postcode   TEXT,
    city       TEXT,
    country    TEXT NOT NULL DEFAULT 'DE' CHECK (length(country) = 2),
    rooms      TEXT,
    capacity   INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    notes      TEXT,
    version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    event_type  TEXT NOT NULL DEFAULT 'workshop' CHECK (event_type IN ('workshop', 'training', 'presentation', 'pr_event', 'thematic_workshop', 'network_meeting', 'ceo_interview', 'focus_group', 'trade_fair', 'other')),
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'planned', 'registration_open', 'full', 'held', 'cancelled')),
    starts_at   TEXT NOT NULL CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    ends_at     TEXT NOT NULL CHECK (ends_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    time_zone   TEXT NOT NULL DEFAULT 'Europe/Berlin',
    venue_id    INTEGER REFERENCES venues (id) ON DELETE RESTRICT,
    room        TEXT,
    capacity    INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    fee_cents   INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    description TEXT,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (ends_at >= starts_at)
);
CREATE INDEX events_starts_at ON events (starts_at);
CREATE INDEX events_venue ON events (venue_id);

CREATE TABLE event_themes (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, theme_id)
);

CREATE TABLE programme_items (
    id                 INTEGER PRIMARY KEY,
    event_id           INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    title              TEXT NOT NULL CHECK (trim(title) <> ''),
    starts_at          TEXT NOT NULL CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    ends_at            TEXT NOT NULL CHECK (ends_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    speaker_contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    speaker_name       TEXT,
    room               TEXT,
    description        TEXT,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (ends_at >= starts_at)
);
CREATE INDEX programme_items_event ON programme_items (event_id, starts_at);

CREATE TABLE registrations (
    id                INTEGER PRIMARY KEY,
    event_id          INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    contact_id        INTEGER NOT NULL REFERENCES contacts (id) ON DELETE RESTRICT,
    status            TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('invited', 'registered', 'waitlisted', 'cancelled', 'attended', 'no_show')),
    role              TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant', 'speaker', 'organiser', 'press')),
    registered_at     TEXT,
    waitlist_position INTEGER CHECK (waitlist_position IS NULL OR waitlist_position >= 1),
    moved_up_at       TEXT,
    notes             TEXT,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (event_id, contact_id)
);
CREATE INDEX registrations_contact ON registrations (contact_id);

CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    title          TEXT NOT NULL CHECK (trim(title) <> ''),
    due_on         TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    offset_days    INTEGER,
    owner_staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at        TEXT,
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX tasks_event ON tasks (event_id, due_on);

CREATE TABLE budget_lines (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    description   TEXT NOT NULL CHECK (trim(description) <> ''),
    kind          TEXT NOT NULL DEFAULT 'cost' CHECK (kind IN ('cost', 'income')),
    planned_cents INTEGER NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
    actual_cents  INTEGER CHECK (actual_cents IS NULL OR actual_cents >= 0),
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX budget_lines_event ON budget_lines (event_id);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('meeting', 'call', 'visit', 'interview', 'focus_group', 'email', 'other')),
    occurred_at TEXT NOT NULL CHECK (occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'),
    subject     TEXT NOT NULL CHECK (trim(subject) <> ''),
    notes       TEXT,
    staff_id    INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX interactions_occurred_at ON interactions (occurred_at);

CREATE TABLE interaction_organisations (
    interaction_id  INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, organisation_id)
);
CREATE INDEX interaction_organisations_organisation ON interaction_organisations (organisation_id);

CREATE TABLE interaction_contacts (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
);
CREATE INDEX interaction_contacts_contact ON interaction_contacts (contact_id);

CREATE TABLE projects (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (trim(name) <> ''),
    status        TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'completed', 'cancelled')),
    description   TEXT,
    funding_source TEXT,
    funding_cents INTEGER CHECK (funding_cents IS NULL OR funding_cents >= 0),
    starts_on     TEXT CHECK (starts_on IS NULL OR starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ends_on       TEXT CHECK (ends_on IS NULL OR ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    achievements  TEXT,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE project_organisations (
    project_id      INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT 'partner' CHECK (role IN ('lead', 'partner')),
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX project_organisations_organisation ON project_organisations (organisation_id);

CREATE TABLE stories (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (trim(title) <> ''),
    status          TEXT NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'draft', 'published')),
    channel         TEXT NOT NULL DEFAULT 'newsletter' CHECK (channel IN ('press', 'newsletter', 'website', 'social')),
    body            TEXT,
    event_id        INTEGER REFERENCES events (id) ON DELETE SET NULL,
    project_id      INTEGER REFERENCES projects (id) ON DELETE SET NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    published_on    TEXT CHECK (published_on IS NULL OR published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    staff      TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    changes    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
