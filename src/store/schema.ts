// The database schema as an ordered list of migrations. PRAGMA user_version holds how many have run.
// Never edit a migration that has shipped: add a new one.

export const MIGRATIONS: string[] = [
  // 1: articles, per-stage bookkeeping and the materialised outputs of every stage.
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL,              -- absolute path of the ingested folder
    path TEXT NOT NULL,              -- relative to root, with forward slashes
    size INTEGER NOT NULL,
    mtime_ms REAL NOT NULL,
    content_hash TEXT NOT NULL,
    format TEXT,                     -- 'html' | 'text' (null until read succeeds)
    encoding TEXT,
    title TEXT, author TEXT, published TEXT, site_name TEXT,
    lang TEXT, script TEXT, lang_confidence REAL,
    clean_text TEXT,
    UNIQUE (root, path)
  );

  -- One row per (article, stage): the incremental key and how the last run ended.
  CREATE TABLE stage_runs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed', 'skipped')),
    output_hash TEXT,
    method TEXT,
    error TEXT,
    ms REAL NOT NULL,
    finished_at TEXT NOT NULL,
    PRIMARY KEY (article_id, stage)
  ) WITHOUT ROWID;

  -- The JSON output of each stage, read back as input by the stages after it.
  CREATE TABLE stage_outputs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, stage)
  ) WITHOUT ROWID;

  -- Stages that look at the whole corpus at once (compare).
  CREATE TABLE corpus_runs (
    root TEXT NOT NULL,
    stage TEXT NOT NULL,
    key TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    ms REAL NOT NULL,
    finished_at TEXT NOT NULL,
    PRIMARY KEY (root, stage)
  ) WITHOUT ROWID;

  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    lang TEXT, script TEXT, confidence REAL,
    UNIQUE (article_id, idx)
  );

  CREATE TABLE removed_blocks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    reason TEXT NOT NULL,
    text TEXT NOT NULL
  );

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    canonical TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL
  );

  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions (entity_id);
  CREATE INDEX mentions_article ON mentions (article_id);

  CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article_id, paragraph, idx)
  ) WITHOUT ROWID;

  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    text TEXT NOT NULL,
    entity TEXT,
    attribute TEXT NOT NULL,
    value REAL, low REAL, high REAL,
    unit TEXT,
    quantity_text TEXT,
    time TEXT,
    speaker TEXT,
    lang TEXT NOT NULL,
    method TEXT NOT NULL,
    UNIQUE (article_id, idx)
  );
  CREATE INDEX claims_entity ON claims (entity, attribute);

  CREATE TABLE claim_vectors (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    method TEXT NOT NULL,
    model TEXT,
    dims INTEGER NOT NULL,
    vector BLOB NOT NULL
  );

  CREATE TABLE paragraph_vectors (
    paragraph_id INTEGER PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE,
    method TEXT NOT NULL,
    model TEXT,
    dims INTEGER NOT NULL,
    vector BLOB NOT NULL
  );

  CREATE TABLE claim_translations (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    model TEXT,
    PRIMARY KEY (claim_id, lang)
  ) WITHOUT ROWID;

  CREATE TABLE claim_groups (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL,
    entity TEXT NOT NULL,
    attribute TEXT NOT NULL,
    unit TEXT,
    time TEXT,
    verdict TEXT NOT NULL
  );

  CREATE TABLE claim_group_members (
    group_id INTEGER NOT NULL REFERENCES claim_groups(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    found_by TEXT NOT NULL,
    PRIMARY KEY (group_id, claim_id)
  ) WITHOUT ROWID;

  -- Full-text search. The trigram tokenizer needs no word segmentation, so it works for Chinese and Japanese;
  -- queries shorter than three characters fall back to LIKE in the store.
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'trigram');
  CREATE VIRTUAL TABLE claims_fts USING fts5(text, tokenize = 'trigram');
  CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = old.id;
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
  END;
  `,
  // 2: the pipeline each folder was last ingested with, so that status plans staleness against it.
  `
  CREATE TABLE roots (
    root TEXT PRIMARY KEY,
    pipeline TEXT NOT NULL,          -- the parsed pipeline as JSON (user stage modules as absolute paths)
    last_ingest TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 3: cross-document boilerplate: each page's block hashes (from the clean stage) and, per folder, the hashes found on
  // most of its pages, which the next clean runs of that folder drop as 'repeated'. Plus the indexes that replacing an
  // article's rows needs: without them every re-clean scanned all removed blocks, and a first ingest slowed from
  // 134 to 71 pages/s between 2,000 and 10,000 pages (bench/ingest.ts).
  `
  CREATE INDEX removed_blocks_article ON removed_blocks (article_id);
  CREATE INDEX claim_group_members_claim ON claim_group_members (claim_id);
  CREATE TABLE block_hashes (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    hashes TEXT NOT NULL             -- space-separated
  );
  CREATE TABLE folder_boilerplate (
    root TEXT NOT NULL,
    folder TEXT NOT NULL,            -- relative to root, '.' for the root itself
    hashes TEXT NOT NULL,            -- space-separated, sorted
    PRIMARY KEY (root, folder)
  ) WITHOUT ROWID;
  `,
  // 4: full-text indexes merge their segments only when 64 pile up on a level (FTS5 'crisismerge'), not after every
  // few commits ('automerge', default 4): merging as it went was about a third of the FTS5 insert cost, and the FTS5
  // inserts the largest part of an ingest's main-thread time (bench/ingest.ts). Queries probe a few more segments.
  `
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 0);
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 64);
  INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 0);
  INSERT INTO claims_fts (claims_fts, rank) VALUES ('crisismerge', 64);
  `,
  // 5: where a failure was thrown (the error's stack), for `status --verbose`: the message alone ("Cannot read
  // properties of undefined") does not say where to look.
  `
  ALTER TABLE stage_runs ADD COLUMN stack TEXT;
  ALTER TABLE corpus_runs ADD COLUMN stack TEXT;
  `,
  // 6: views, fts, source url. Where each article came from on the web (a WARC record's target URI, or the
  // address the page states), and
  // views for people in sqlite3 or Datasette: one row per claim with its article, one per claim group with its
  // languages. Full-text search stays in articles_fts / claims_fts (rowid = articles.id / claims.id); the views
  // answer 2-character CJK queries with LIKE, which the trigram tokenizer cannot (README, "The database").
  `
  ALTER TABLE articles ADD COLUMN source_url TEXT;        -- from the input: a WARC record's target URI
  ALTER TABLE articles ADD COLUMN canonical_url TEXT;     -- from the page: <link rel=canonical>, else og:url
  CREATE VIEW claims_view AS
    SELECT c.id AS claim_id, a.path AS article, COALESCE(a.source_url, a.canonical_url) AS url, a.lang AS article_lang, c.lang, c.entity,
      c.attribute AS measure, c.value, c.low, c.high, c.unit, c.quantity_text, c.time, c.speaker, c.text AS sentence, c.method
    FROM claims c JOIN articles a ON a.id = c.article_id;
  CREATE VIEW groups_view AS
    SELECT g.id AS group_id, g.entity, g.attribute AS measure, g.unit, g.time, g.verdict,
      COUNT(*) AS claims, COUNT(DISTINCT c.article_id) AS articles,
      (SELECT group_concat(lang, ' ') FROM (SELECT DISTINCT c2.lang FROM claim_group_members m2 JOIN claims c2 ON c2.id = m2.claim_id
        WHERE m2.group_id = g.id ORDER BY c2.lang)) AS languages,
      MIN(c.value) AS min_value, MAX(c.value) AS max_value
    FROM claim_groups g JOIN claim_group_members m ON m.group_id = g.id JOIN claims c ON c.id = m.claim_id
    GROUP BY g.id;
  `,
  // 7: every stated quantity is a claim now, so each says what it measures as written (`Besucher`, `营收`; the
  // canonical measure is in attribute) and how sure the rules are of it (`claims --min-confidence`).
  `
  ALTER TABLE claims ADD COLUMN measure TEXT;
  ALTER TABLE claims ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
  DROP VIEW claims_view;
  CREATE VIEW claims_view AS
    SELECT c.id AS claim_id, a.path AS article, COALESCE(a.source_url, a.canonical_url) AS url, a.lang AS article_lang, c.lang, c.entity,
      c.attribute AS measure, c.measure AS measure_as_written, c.value, c.low, c.high, c.unit, c.quantity_text, c.time, c.speaker,
      c.confidence, c.text AS sentence, c.method
    FROM claims c JOIN articles a ON a.id = c.article_id;
  `,
  // 8: the indexes behind serve's filtered, paginated views (src/store/browse.ts): claims and articles by
  // language, facts by verdict, stage counts, entities by article count. Covering, so the overview and the lists do
  // not read every article's text: without them the overview of a 10,000-article database took 0.5–0.7 s.
  `
  CREATE INDEX claims_lang ON claims (lang);
  CREATE INDEX articles_lang ON articles (lang, script);
  CREATE INDEX claim_groups_verdict ON claim_groups (verdict);
  CREATE INDEX stage_runs_stage ON stage_runs (stage, status);
  CREATE INDEX mentions_entity_article ON mentions (entity_id, article_id);
  CREATE INDEX claims_measure ON claims (attribute, value);
  `,
  // 9: page type. The kind of HTML page the cleaner decided (article, forum, product, listing, documentation,
  // service), which decides what its main content is; NULL for plain-text pages.
  `
  ALTER TABLE articles ADD COLUMN page_type TEXT;
  `,
  // 10: every file accounted for (issue 15). Entries of an ingested folder that were not read (a symlink, not followed;
  // a FIFO, socket or device; a file without read permission), with the reason, so that `status` lists them after the
  // ingest that printed them; and what a stage warns about a page it did read (invalid UTF-8 replaced with U+FFFD),
  // for `status` and `show`. The warnings the read outputs already stored are carried over.
  `
  CREATE TABLE skipped_files (
    root TEXT NOT NULL,
    path TEXT NOT NULL,              -- relative to root, like articles.path
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (root, path)
  ) WITHOUT ROWID;
  CREATE TABLE page_warnings (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    idx INTEGER NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (article_id, stage, idx)
  ) WITHOUT ROWID;
  INSERT INTO page_warnings (article_id, stage, idx, message)
    SELECT o.article_id, o.stage, w.key, w.value FROM stage_outputs o, json_each(o.data, '$.warnings') w
    WHERE o.stage = 'read';
  `,
  // 11: full-text tables declared on the tables they index, as FTS5 external content (content="articles" / "claims",
  // the shape sqlite-utils enable-fts makes), so that Datasette finds them (it looks for content="<table>") and offers
  // search on articles and claims, and sqlite3 users see which table an index belongs to. The text is no longer stored
  // twice; triggers keep each index in step with its table, removing what was indexed with FTS5's 'delete' command.
  `
  DROP TRIGGER claims_fts_insert;
  DROP TRIGGER claims_fts_delete;
  DROP TRIGGER articles_fts_delete;
  DROP TABLE claims_fts;
  DROP TABLE articles_fts;
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, clean_text, content="articles", content_rowid="id", tokenize = 'trigram');
  CREATE VIRTUAL TABLE claims_fts USING fts5(text, content="claims", content_rowid="id", tokenize = 'trigram');
  CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;
  -- An article is indexed once the clean stage has given it text.
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.clean_text IS NOT NULL BEGIN
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
  END;
  CREATE TRIGGER articles_fts_unindex AFTER UPDATE OF title, clean_text ON articles WHEN old.clean_text IS NOT NULL BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text) VALUES ('delete', old.id, old.title, old.clean_text);
  END;
  CREATE TRIGGER articles_fts_reindex AFTER UPDATE OF title, clean_text ON articles WHEN new.clean_text IS NOT NULL BEGIN
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.clean_text IS NOT NULL BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text) VALUES ('delete', old.id, old.title, old.clean_text);
  END;
  INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
  INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 0);
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 64);
  INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 0);
  INSERT INTO claims_fts (claims_fts, rank) VALUES ('crisismerge', 64);
  `,
  // 12: one index less to write per mention: mentions_entity (entity_id) is the leading column of
  // mentions_entity_article (entity_id, article_id), which serves every lookup it served (the entity pages, the
  // foreign-key check when orphan entities are dropped).
  `
  DROP INDEX mentions_entity;
  `,
  // 13: an entity's type independent of the order pages were written in. Each mention keeps the type its page gave it;
  // entity_types counts them, and the entity's type is the most frequent one (ties: the first type name in byte order),
  // kept up to date by triggers, so that two workers, a re-run of some pages, or a merge of shards (which re-inserts the
  // mentions) all give the same type. Before, the type was the one written last.
  `
  ALTER TABLE mentions ADD COLUMN type TEXT;
  UPDATE mentions SET type = (SELECT e.type FROM entities e WHERE e.id = mentions.entity_id);
  CREATE TABLE entity_types (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, type)
  ) WITHOUT ROWID;
  INSERT INTO entity_types (entity_id, type, mentions) SELECT entity_id, type, COUNT(*) FROM mentions GROUP BY entity_id, type;
  CREATE TRIGGER mentions_type_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO entity_types (entity_id, type, mentions) VALUES (NEW.entity_id, NEW.type, 1)
      ON CONFLICT (entity_id, type) DO UPDATE SET mentions = mentions + 1;
    UPDATE entities SET type = (SELECT t.type FROM entity_types t WHERE t.entity_id = NEW.entity_id ORDER BY t.mentions DESC, t.type LIMIT 1)
      WHERE id = NEW.entity_id AND type IS NOT (SELECT t.type FROM entity_types t WHERE t.entity_id = NEW.entity_id ORDER BY t.mentions DESC, t.type LIMIT 1);
  END;
  CREATE TRIGGER mentions_type_delete AFTER DELETE ON mentions BEGIN
    UPDATE entity_types SET mentions = mentions - 1 WHERE entity_id = OLD.entity_id AND type = OLD.type;
    DELETE FROM entity_types WHERE entity_id = OLD.entity_id AND type = OLD.type AND mentions <= 0;
    UPDATE entities SET type = COALESCE((SELECT t.type FROM entity_types t WHERE t.entity_id = OLD.entity_id ORDER BY t.mentions DESC, t.type LIMIT 1), type)
      WHERE id = OLD.entity_id;
  END;
  `,
  // 14: an output's Float32Arrays (embed's vectors) stored as bytes beside its JSON (src/pipeline/output-codec.ts), not
  // as base64 strings inside it. An embed output of the old form is dropped: only a stage reading embed (a user stage)
  // reads it, and the runner makes it again for that stage when it is missing.
  `
  ALTER TABLE stage_outputs ADD COLUMN binary BLOB;
  DELETE FROM stage_outputs WHERE stage = 'embed';
  `,
  // 15: a page's claims are added to the full-text index, and its mentions counted into their entities' types, by one
  // statement each after they are written (materialise.ts), not by a trigger call per claim or mention: the per-row
  // FTS5 inserts cost 0.5 ms of the main thread a real page and the type trigger 0.4 (of about 4 ms of writes; replayed
  // writes of 300 real pages of bench/ingest.ts), the statements per page almost nothing. Removing stays triggers.
  `
  DROP TRIGGER claims_fts_insert;
  DROP TRIGGER mentions_type_insert;
  `,
  // 16: a claim's subject as written on the page (`Norwegii`, `加拿大央行`, or a noun phrase, `Die Geburtenrate`) beside
  // its canonical entity (`Norway`, `Bank of Canada`), which compare groups by: the reader sees the page's words, the
  // grouping the same name in every language. NULL for claims stored before.
  `
  ALTER TABLE claims ADD COLUMN subject TEXT;
  DROP VIEW claims_view;
  CREATE VIEW claims_view AS
    SELECT c.id AS claim_id, a.path AS article, COALESCE(a.source_url, a.canonical_url) AS url, a.lang AS article_lang, c.lang, c.entity,
      c.subject, c.attribute AS measure, c.measure AS measure_as_written, c.value, c.low, c.high, c.unit, c.quantity_text, c.time, c.speaker,
      c.confidence, c.text AS sentence, c.method
    FROM claims c JOIN articles a ON a.id = c.article_id;
  `,
];
