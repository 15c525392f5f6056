-- A related (unregistered) kind for the rental of mobility aids (wheelchairs, walkers, care beds), which the
-- catalogue search's life-situation vocabulary (schema/life-situations.ts) offers to "invalidní vozík". The row is
-- schema/codelists.ts's; 0002_code_lists has already run elsewhere, so a new kind is a new INSERT.
INSERT INTO `service_kinds` (`code`, `registry_code`, `paragraph`, `name`, `name_en`, `category`, `position`) VALUES
  ('rel-aid-rental', NULL, NULL, 'půjčovna kompenzačních pomůcek', 'mobility aid rental', 'related', 107);
