-- Legal documents (PostgreSQL dialect of ../sqlite/0004_documents.sql).

CREATE TABLE documents (
    id             BIGSERIAL PRIMARY KEY,
    article_id     BIGINT NOT NULL UNIQUE REFERENCES articles(id),
    symbol         TEXT NOT NULL,                 -- số ký hiệu: 125/QĐ-UBND
    doc_type       TEXT NOT NULL,                 -- Quyết định, Công văn, ...
    issuer         TEXT NOT NULL,                 -- cơ quan ban hành
    signer         TEXT NOT NULL,
    examiner       TEXT NOT NULL,                 -- cơ quan thẩm tra
    issued_on      TEXT,                          -- ISO 8601 dates
    effective_from TEXT,
    expires_on     TEXT,
    summary        TEXT NOT NULL,                 -- trích yếu
    fields         TEXT NOT NULL,                 -- JSON array: lĩnh vực
    subjects       TEXT NOT NULL                  -- JSON array
);
CREATE INDEX documents_symbol ON documents(symbol);
