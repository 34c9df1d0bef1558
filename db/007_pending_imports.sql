-- Standpoint store, schema version 7: an import that lets other changes in is still all or nothing.

-- A large import commits in steps when the user saves something meanwhile (an annotation made while
-- 10,000 documents go in must not wait for them). Until its last step commits, the documents and
-- positions it has committed are listed here; the last step empties the lists. An import that stops, fails
-- or is cut short by a crash has what it listed removed again (at once, or when the store is next opened
-- for writing), so the store holds all of an import or none of it.
CREATE TABLE pending_import_document (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE
);
CREATE TABLE pending_import_position (
    position_id INTEGER PRIMARY KEY REFERENCES position(id) ON DELETE CASCADE
);
