-- Standpoint store, schema version 6: the search index keeps no copy of the text it indexes.

-- Until now search_index stored every passage's text a second time (the document holds it already),
-- and that copy took more room than the documents themselves. From this version the index reads the
-- text where it is kept, through the view search_text (an FTS5 "external content" table).
--
-- A row's rowid says what it indexes: the kind in the bits from the 40th up (0 passage, 1 claim,
-- 2 event, 3 note) and the id in its own table below them; a passage's rowid is its paragraph's id.
-- Search reads kind and id from the rowid and never needs the columns; the view still gives them.
--
-- Paragraph, claim and event texts are written once and never changed or removed. A note's text
-- changes, so the triggers below take its old text out of the index (FTS5's 'delete' command, which
-- needs the text exactly as indexed) and put the new one in.

-- Where each paragraph lies in its document's cleaned text in UTF-8 bytes, as SQLite slices text
-- (start and end count UTF-16 code units, as the app does). standpoint_utf8_offset is defined by the
-- migrator for this step.
ALTER TABLE paragraph ADD COLUMN utf8_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE paragraph ADD COLUMN utf8_end INTEGER NOT NULL DEFAULT 0;
UPDATE paragraph SET
    utf8_start = (SELECT standpoint_utf8_offset(d.cleaned_text, paragraph.start) FROM document d WHERE d.id = paragraph.document_id),
    utf8_end = (SELECT standpoint_utf8_offset(d.cleaned_text, paragraph.end) FROM document d WHERE d.id = paragraph.document_id);

DROP TRIGGER annotation_indexed;
DROP TRIGGER annotation_reindexed;
DROP TRIGGER annotation_unindexed;
DROP TABLE search_index;

CREATE VIEW search_text (row, body, kind, ref_id, document_id) AS
    SELECT p.id, CAST(substr(CAST(d.cleaned_text AS BLOB), p.utf8_start + 1, p.utf8_end - p.utf8_start) AS TEXT),
           'passage', p.id, p.document_id
    FROM paragraph p JOIN document d ON d.id = p.document_id
    UNION ALL
    SELECT (1 << 40) | c.id, c.paraphrase, 'claim', c.id, NULL FROM claim c
    UNION ALL
    SELECT (2 << 40) | e.id, e.title || '. ' || e.description, 'event', e.id, NULL FROM event e
    UNION ALL
    SELECT (3 << 40) | a.id, a.note, 'note', a.id, a.document_id FROM annotation a WHERE a.note <> '';

CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    kind UNINDEXED,
    ref_id UNINDEXED,
    document_id UNINDEXED,
    content = 'search_text',
    content_rowid = 'row',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO search_index (search_index) VALUES ('rebuild');

CREATE TRIGGER annotation_indexed AFTER INSERT ON annotation WHEN new.note <> '' BEGIN
    INSERT INTO search_index (rowid, body) VALUES ((3 << 40) | new.id, new.note);
END;
CREATE TRIGGER annotation_reindexed AFTER UPDATE OF note ON annotation BEGIN
    INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', (3 << 40) | old.id, old.note WHERE old.note <> '';
    INSERT INTO search_index (rowid, body) SELECT (3 << 40) | new.id, new.note WHERE new.note <> '';
END;
CREATE TRIGGER annotation_unindexed AFTER DELETE ON annotation WHEN old.note <> '' BEGIN
    INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', (3 << 40) | old.id, old.note);
END;
