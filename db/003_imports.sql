-- Standpoint store, schema version 3: documents users import themselves.
-- An imported document may be credited to a speaker (beyond the transcript the speaker talks in).
CREATE TABLE speaker_document (
    speaker_id INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    PRIMARY KEY (speaker_id, document_id)
);
CREATE INDEX speaker_document_document ON speaker_document(document_id);
CREATE INDEX position_document_document ON position_document(document_id);
CREATE INDEX claim_quote_quote ON claim_quote(quote_id);
