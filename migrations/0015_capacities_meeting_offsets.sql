-- Every capacity a registered service has, one per unit (klient, luzka, kontakt, interv, hovor), as the registry
-- lists it: JSON [{"unit": "luzka", "count": 32}, …]. capacity / capacity_unit stay the first of them. Services the
-- registry import wrote so far get their one known unit, so the next import reports only real differences.
ALTER TABLE `services` ADD `capacities` text;
--> statement-breakpoint
UPDATE `services` SET `capacities` = json_array(json_object('unit', `capacity_unit`, 'count', `capacity`))
  WHERE `source` = 'rpss' AND `capacity` IS NOT NULL AND `capacity_unit` IS NOT NULL;
--> statement-breakpoint
-- The UTC offset ("+02:00") a meeting's local start and end were taken at: at the October change 02:00–02:59 occurs
-- twice, and the offset says which. Null on meetings written before it was kept; the zone's rules give theirs.
ALTER TABLE `meetings` ADD `starts_at_offset` text;
--> statement-breakpoint
ALTER TABLE `meetings` ADD `ends_at_offset` text;
