-- Every capacity a registered service has, one per unit (klient, luzka, kontakt, interv, hovor), as the registry
-- lists it: JSON [{"unit": "luzka", "count": 32}, …]. capacity / capacity_unit stay the first of them. Services the
-- registry import wrote so far get their one known unit, so the next import reports only real differences.
ALTER TABLE `services` ADD `capacities` text;
--> statement-breakpoint
UPDATE `services` SET `capacities` = json_array(json_object('unit', `capacity_unit`, 'count', `capacity`))
  WHERE `source` = 'rpss' AND `capacity` IS NOT NULL AND `capacity_unit` IS NOT NULL;
