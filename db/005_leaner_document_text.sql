-- Standpoint store, schema version 5: a document's text is stored with less repetition.

-- A paragraph's sentences are kept in the paragraph, as a JSON array of [start, end] pairs in order
-- (offsets in the document's cleaned text, as everywhere), instead of one row each with an index beside
-- them: sentences are only ever read a paragraph or a document at a time, nothing refers to a single
-- sentence, and a row per sentence made an import write several rows and index entries for every
-- paragraph. json_each(sentences) gives them back as rows.
ALTER TABLE paragraph ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sentences));
UPDATE paragraph SET sentences = (
    SELECT json_group_array(json_array(s.start, s.end))
    FROM (SELECT start, end FROM sentence WHERE paragraph_id = paragraph.id ORDER BY start) s
);
DROP TABLE sentence;

-- What a search reads of every paragraph it matches, in an index of its own, so that it does not page
-- through the paragraphs' sentences to find it.
CREATE INDEX paragraph_place ON paragraph(id, document_id, start, end, speaker_id);

-- From this version on, document.received_text is '' where the text was received exactly as it was kept
-- (cleaning took nothing out): the cleaned text is then the received text too, and is not stored twice.
-- A text is never received empty (packs and imports refuse one), so '' means nothing else. Rows written
-- before keep their copy; both forms read the same.
