-- Standpoint store, schema version 1.
-- Offsets (start, end) count UTF-16 code units in a document's cleaned text; end is exclusive.
-- Keys (key columns) are the ids written in debate packs; id columns are the store's own.

CREATE TABLE debate (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    pack_format INTEGER NOT NULL,
    loaded_at TEXT NOT NULL
);

CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    series TEXT NOT NULL DEFAULT '',
    date_text TEXT NOT NULL DEFAULT '',
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year', 'decade', 'century')),
    address TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'pack' CHECK (origin IN ('pack', 'import')),
    revision_of INTEGER REFERENCES document(id) ON DELETE SET NULL,
    received_text TEXT NOT NULL,
    cleaned_text TEXT NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE document_author (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE document_caveat (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, ord)
);

-- What cleaning removed from the received text, and why.
CREATE TABLE removed_span (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    why TEXT NOT NULL,
    received_start INTEGER NOT NULL,
    received_end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX removed_span_document ON removed_span(document_id);

CREATE TABLE position (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    cited_only INTEGER NOT NULL DEFAULT 0 CHECK (cited_only IN (0, 1)),
    ord INTEGER NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE position_document (
    position_id INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    relation TEXT NOT NULL DEFAULT 'author' CHECK (relation IN ('author', 'cited_in')),
    PRIMARY KEY (position_id, document_id)
);

CREATE TABLE speaker (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('speaker', 'moderator')),
    affiliation TEXT NOT NULL DEFAULT '',
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position_id INTEGER REFERENCES position(id) ON DELETE SET NULL,
    ord INTEGER NOT NULL,
    UNIQUE (debate_id, key)
);

-- The spans of a document's cleaned text that a speaker owns.
CREATE TABLE speaker_span (
    speaker_id INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL CHECK (end > start)
);
CREATE INDEX speaker_span_speaker ON speaker_span(speaker_id);

CREATE TABLE paragraph (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('heading', 'body')),
    speaker_id INTEGER REFERENCES speaker(id) ON DELETE SET NULL
);
CREATE INDEX paragraph_document ON paragraph(document_id, ord);

CREATE TABLE sentence (
    id INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX sentence_paragraph ON sentence(paragraph_id);

CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    yes_label TEXT NOT NULL DEFAULT '',
    no_label TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE question_theme (
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, theme_id)
);

-- An exact span of a document's cleaned text; text is kept so `check` can prove it still matches.
CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL CHECK (end > start),
    text TEXT NOT NULL
);
CREATE INDEX quote_document ON quote(document_id, start);

-- A voice on a question: exactly one of position_id or speaker_id.
CREATE TABLE stance (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    position_id INTEGER REFERENCES position(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES speaker(id) ON DELETE CASCADE,
    value TEXT NOT NULL CHECK (value IN ('yes', 'lean_yes', 'mixed', 'lean_no', 'no', 'not_addressed')),
    paraphrase TEXT NOT NULL,
    CHECK ((position_id IS NULL) <> (speaker_id IS NULL))
);
CREATE UNIQUE INDEX stance_position ON stance(question_id, position_id) WHERE position_id IS NOT NULL;
CREATE UNIQUE INDEX stance_speaker ON stance(question_id, speaker_id) WHERE speaker_id IS NOT NULL;

CREATE TABLE stance_quote (
    stance_id INTEGER NOT NULL REFERENCES stance(id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    PRIMARY KEY (stance_id, ord)
);

CREATE TABLE claim (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    position_id INTEGER REFERENCES position(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES speaker(id) ON DELETE CASCADE,
    paraphrase TEXT NOT NULL,
    ord INTEGER NOT NULL,
    CHECK ((position_id IS NULL) <> (speaker_id IS NULL)),
    UNIQUE (debate_id, key)
);

CREATE TABLE claim_theme (
    claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, theme_id)
);

CREATE TABLE claim_quote (
    claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    PRIMARY KEY (claim_id, ord)
);

-- Dates keep their precision; sort_start and sort_end are fractional years spanning what is known.
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    date_text TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'decade', 'century')),
    end_text TEXT,
    end_precision TEXT CHECK (end_precision IN ('day', 'month', 'year', 'decade', 'century')),
    sort_start REAL NOT NULL,
    sort_end REAL NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE event_theme (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, theme_id)
);

CREATE TABLE event_quote (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    PRIMARY KEY (event_id, ord)
);

-- An outside reference series (not any document's claim), with its citation.
CREATE TABLE reference_series (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    unit TEXT NOT NULL,
    citation TEXT NOT NULL,
    source_file TEXT NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE reference_point (
    id INTEGER PRIMARY KEY,
    reference_id INTEGER NOT NULL REFERENCES reference_series(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    change_pct REAL,
    status TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reference_point_series ON reference_point(reference_id, period);

CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    debate_id INTEGER NOT NULL REFERENCES debate(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    measure TEXT NOT NULL,
    unit TEXT NOT NULL,
    compare_to INTEGER REFERENCES reference_series(id) ON DELETE SET NULL,
    compare_mode TEXT CHECK (compare_mode IN ('level', 'growth')),
    ord INTEGER NOT NULL,
    UNIQUE (debate_id, key)
);

CREATE TABLE data_point (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('actual', 'target', 'share', 'count')),
    approx INTEGER NOT NULL DEFAULT 0 CHECK (approx IN (0, 1)),
    label TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES speaker(id) ON DELETE SET NULL
);
CREATE INDEX data_point_series ON data_point(series_id, ord);

-- Numbers in the texts that are deliberately not figures (list numbers, ages), with the reason.
CREATE TABLE not_figure (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    why TEXT NOT NULL
);

-- Users' annotations; origin_set_id marks those that arrived with an imported reading set.
CREATE TABLE annotation (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL CHECK (end > start),
    anchor_text TEXT NOT NULL,
    color TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    origin_set_id INTEGER REFERENCES reading_set(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX annotation_document ON annotation(document_id, start);

CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (annotation_id, tag)
);

CREATE TABLE reading_set (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One item of a set; which reference columns are filled depends on kind.
CREATE TABLE reading_set_item (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES reading_set(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('excerpt', 'document', 'claim', 'stance', 'event', 'chart')),
    document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER,
    end INTEGER,
    anchor_text TEXT,
    claim_id INTEGER REFERENCES claim(id) ON DELETE CASCADE,
    stance_id INTEGER REFERENCES stance(id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES event(id) ON DELETE CASCADE,
    chart_key TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reading_set_item_set ON reading_set_item(set_id, ord);

CREATE TABLE reading_set_question (
    set_id INTEGER NOT NULL REFERENCES reading_set(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (set_id, ord)
);

-- Full-text index over passages (paragraphs), claims, events and annotation notes.
-- kind says which table ref_id points into; document_id narrows passages and notes.
CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    kind UNINDEXED,
    ref_id UNINDEXED,
    document_id UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotation_indexed AFTER INSERT ON annotation WHEN new.note <> '' BEGIN
    INSERT INTO search_index (body, kind, ref_id, document_id) VALUES (new.note, 'note', new.id, new.document_id);
END;
CREATE TRIGGER annotation_reindexed AFTER UPDATE OF note ON annotation BEGIN
    DELETE FROM search_index WHERE kind = 'note' AND ref_id = old.id;
    INSERT INTO search_index (body, kind, ref_id, document_id)
        SELECT new.note, 'note', new.id, new.document_id WHERE new.note <> '';
END;
CREATE TRIGGER annotation_unindexed AFTER DELETE ON annotation BEGIN
    DELETE FROM search_index WHERE kind = 'note' AND ref_id = old.id;
END;
