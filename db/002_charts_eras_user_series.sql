-- Standpoint store, schema version 2: charts and timeline eras declared by packs, and users' own series.

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
