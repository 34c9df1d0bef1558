-- Standpoint store, schema version 2: charts and timeline eras declared by packs, users' own series, orphaned anchors.

-- A chart a pack declares over its series: a time chart (years on x) or a bar chart.
CREATE TABLE chart (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('time', 'bars')),
    unit TEXT NOT NULL,
    reference_id INTEGER REFERENCES reference_series(id) ON DELETE SET NULL,
    reference_mode TEXT CHECK (reference_mode IN ('level', 'growth')),
    ord INTEGER NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE chart_series (
    chart_id INTEGER NOT NULL REFERENCES chart(id) ON DELETE CASCADE,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    PRIMARY KEY (chart_id, series_id)
);

-- A series a user brought in from a CSV file (year, value, note); it belongs to no document.
CREATE TABLE user_series (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    unit TEXT NOT NULL,
    source_file TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE user_point (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES user_series(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (series_id, year)
);

-- An era drawn as a band on the timeline, spanning the dates of the event that documents it.
CREATE TABLE era (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    UNIQUE (debate_id, key)
);

-- Anchors that no longer match their document's text are kept and shown as orphaned, never moved.
ALTER TABLE annotation ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1));
ALTER TABLE reading_set_item ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1));
-- An item that names a chart or a stance keeps a readable title even where the store lacks it.
ALTER TABLE reading_set_item ADD COLUMN label TEXT NOT NULL DEFAULT '';
