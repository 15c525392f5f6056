-- Full-text search over the catalogue (FTS5). One row per service, keyed by the service's rowid, holding the text a
-- person searches by: the service's name and description, its provider's name, its kind (Czech, English, §), the
-- places it serves and its client groups. unicode61 with remove_diacritics 2 folds Czech diacritics in the index and
-- in queries ("trebon" matches Třeboň); prefix queries ("senior"*) find inflected forms (schema/catalogue-text.ts).
-- Provider and municipality names live in other tables, so the triggers below refresh a service's row whenever any
-- of its searchable text changes, inside the same statement (and so the same db.batch) as the write.
-- services_search_rows is a slim copy of what search filters and sorts by (territory, kind, name, live), keyed by
-- the same rowid: joining the FTS matches to it instead of to the wide services rows (descriptions, hours) more
-- than halves the time of a search that matches thousands of services.
-- Both are derived data: rebuild them with the DELETE + INSERT statements at the end of this file.
-- Note: `wrangler d1 export` refuses databases with FTS5 tables; drop services_fts before an export and run this
-- migration's statements again after an import (D1 Time Travel is the backup that needs no such step).
CREATE VIRTUAL TABLE services_fts USING fts5(
  name, description, provider, kind, places, client_groups,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TABLE services_search_rows (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  territory_id TEXT NOT NULL,
  kind_code TEXT NOT NULL,
  name TEXT NOT NULL,
  live INTEGER NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER services_search_rows_insert AFTER INSERT ON services BEGIN
  INSERT OR REPLACE INTO services_search_rows (rowid, id, territory_id, kind_code, name, live)
  VALUES (NEW.rowid, NEW.id, NEW.territory_id, NEW.kind_code, NEW.name, NEW.retired_at IS NULL AND NEW.deleted_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER services_search_rows_update AFTER UPDATE OF territory_id, kind_code, name, retired_at, deleted_at ON services BEGIN
  UPDATE services_search_rows SET territory_id = NEW.territory_id, kind_code = NEW.kind_code, name = NEW.name,
    live = (NEW.retired_at IS NULL AND NEW.deleted_at IS NULL)
  WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER services_search_rows_delete AFTER DELETE ON services BEGIN
  DELETE FROM services_search_rows WHERE rowid = OLD.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER services_fts_insert AFTER INSERT ON services BEGIN
  DELETE FROM services_fts WHERE rowid = (SELECT rowid FROM services WHERE id = NEW.id);
  INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
  SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s WHERE s.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER services_fts_update AFTER UPDATE OF name, description, kind_code, provider_id, city ON services BEGIN
  DELETE FROM services_fts WHERE rowid = OLD.rowid;
  INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
  SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s WHERE s.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER services_fts_delete AFTER DELETE ON services BEGIN
  DELETE FROM services_fts WHERE rowid = OLD.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER providers_fts_update AFTER UPDATE OF name ON providers BEGIN
  DELETE FROM services_fts WHERE rowid IN (SELECT rowid FROM services WHERE provider_id = NEW.id);
  INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
  SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s WHERE s.provider_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER service_municipalities_fts_insert AFTER INSERT ON service_municipalities BEGIN
  DELETE FROM services_fts WHERE rowid = (SELECT rowid FROM services WHERE id = NEW.service_id);
  INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
  SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s WHERE s.id = NEW.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER service_municipalities_fts_delete AFTER DELETE ON service_municipalities BEGIN
  DELETE FROM services_fts WHERE rowid = (SELECT rowid FROM services WHERE id = OLD.service_id);
  INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
  SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s WHERE s.id = OLD.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER service_client_groups_fts_insert AFTER INSERT ON service_client_groups BEGIN
  DELETE FROM services_fts WHERE rowid = (SELECT rowid FROM services WHERE id = NEW.service_id);
  INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
  SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s WHERE s.id = NEW.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER service_client_groups_fts_delete AFTER DELETE ON service_client_groups BEGIN
  DELETE FROM services_fts WHERE rowid = (SELECT rowid FROM services WHERE id = OLD.service_id);
  INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
  SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s WHERE s.id = OLD.service_id;
END;
--> statement-breakpoint
DELETE FROM services_fts;
--> statement-breakpoint
INSERT INTO services_fts (rowid, name, description, provider, kind, places, client_groups)
SELECT s.rowid, s.name, coalesce(s.description, ''),
    coalesce((SELECT p.name FROM providers p WHERE p.id = s.provider_id), ''),
    coalesce((SELECT k.name || ' ' || k.name_en || ' ' || coalesce(k.paragraph, '') FROM service_kinds k WHERE k.code = s.kind_code), ''),
    trim(coalesce(s.city, '') || ' ' || coalesce((SELECT group_concat(m.name, ' ') FROM service_municipalities sm JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id), '')),
    coalesce((SELECT group_concat(g.name, ' ') FROM service_client_groups sg JOIN client_groups g ON g.code = sg.client_group_code WHERE sg.service_id = s.id), '')
  FROM services s;

--> statement-breakpoint
DELETE FROM services_search_rows;
--> statement-breakpoint
INSERT INTO services_search_rows (rowid, id, territory_id, kind_code, name, live)
SELECT rowid, id, territory_id, kind_code, name, retired_at IS NULL AND deleted_at IS NULL FROM services;
