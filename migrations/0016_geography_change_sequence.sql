-- The geography has no seq of its own, but the public snapshots show it (a territory's municipalities, a region's
-- name): raising the global change counter on its writes makes worker/cache/public-cache.ts build them anew.
CREATE TRIGGER regions_bump_insert AFTER INSERT ON regions BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER regions_bump_update AFTER UPDATE ON regions BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER regions_bump_delete AFTER DELETE ON regions BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER municipalities_bump_insert AFTER INSERT ON municipalities BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER municipalities_bump_update AFTER UPDATE ON municipalities BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER municipalities_bump_delete AFTER DELETE ON municipalities BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER territory_municipalities_bump_insert AFTER INSERT ON territory_municipalities BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER territory_municipalities_bump_update AFTER UPDATE ON territory_municipalities BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
--> statement-breakpoint
CREATE TRIGGER territory_municipalities_bump_delete AFTER DELETE ON territory_municipalities BEGIN UPDATE sync_sequence SET value = value + 1 WHERE id = 1; END;
