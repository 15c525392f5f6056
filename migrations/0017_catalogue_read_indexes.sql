-- Indexes for reads that a territory or the changes should bound, not the country.
-- services_search_rows had only its rowid, so a search filtered by territory or municipality read the slim rows of
-- the whole country: these let it start from the territory's rows, and find the rows of the services a municipality's
-- links name.
CREATE INDEX `services_search_rows_territory_idx` ON `services_search_rows` (`territory_id`, `live`);
--> statement-breakpoint
CREATE INDEX `services_search_rows_id_idx` ON `services_search_rows` (`id`);
--> statement-breakpoint
-- A catalogue's version reads the providers of the territory's services: from this index alone, without the rows.
CREATE INDEX `services_territory_provider_idx` ON `services` (`territory_id`, `provider_id`);
