-- Legal documents (MySQL / MariaDB dialect of ../sqlite/0004_documents.sql;
-- the translation rules are in 0001_init.sql).

CREATE TABLE documents (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id     BIGINT NOT NULL,
    symbol         LONGTEXT NOT NULL,             -- số ký hiệu: 125/QĐ-UBND
    doc_type       LONGTEXT NOT NULL,             -- Quyết định, Công văn, ...
    issuer         LONGTEXT NOT NULL,             -- cơ quan ban hành
    signer         LONGTEXT NOT NULL,
    examiner       LONGTEXT NOT NULL,             -- cơ quan thẩm tra
    issued_on      LONGTEXT,                      -- ISO 8601 dates
    effective_from LONGTEXT,
    expires_on     LONGTEXT,
    summary        LONGTEXT NOT NULL,             -- trích yếu
    fields         LONGTEXT NOT NULL,             -- JSON array: lĩnh vực
    subjects       LONGTEXT NOT NULL,             -- JSON array
    UNIQUE KEY documents_article (article_id),
    KEY documents_symbol (symbol(191)),
    CONSTRAINT documents_article_fk FOREIGN KEY (article_id) REFERENCES articles(id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
