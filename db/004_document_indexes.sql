-- Standpoint store, schema version 4: indexes that spare large stores reading every document.
-- The discrepancy check pairs each revision with its original; without this index it scanned the whole
-- document table (the texts included), which took seconds in a store of 100,000 documents.
CREATE INDEX document_revision ON document(revision_of) WHERE revision_of IS NOT NULL;

-- The debate's list of documents reads a few short columns of every document; kept in an index of their
-- own, it does not page through every document's text to find them.
CREATE INDEX document_listing ON document(debate_id, id, key, title, subtitle, publisher, kind, date_text);
