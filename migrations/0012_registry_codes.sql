-- The national registry: code mappings (issue 13), the Cron import's sources and runs.
CREATE TABLE `registry_codes` (
  `list` text NOT NULL,
  `code` text NOT NULL,
  `registry_name` text,
  `kpss_code` text,
  `source` text,
  `assigned_by` text REFERENCES `users`(`id`),
  `assigned_at` integer,
  `updated_at` integer NOT NULL,
  PRIMARY KEY(`list`, `code`)
);
--> statement-breakpoint
-- The verified open-data codes (schema/codelists.ts, /work/shared/formats/rpss.md): facts, not demo data.
INSERT INTO `registry_codes` (`list`, `code`, `kpss_code`, `source`, `updated_at`) VALUES
  ('DruhSocialniSluzby', '1', 'odborne-socialni-poradenstvi', 'verified', 0),
  ('DruhSocialniSluzby', '3', 'osobni-asistence', 'verified', 0),
  ('DruhSocialniSluzby', '4', 'pecovatelska-sluzba', 'verified', 0),
  ('DruhSocialniSluzby', '5', 'tisnova-pece', 'verified', 0),
  ('DruhSocialniSluzby', '6', 'pruvodcovske-a-predcitatelske-sluzby', 'verified', 0),
  ('DruhSocialniSluzby', '8', 'odlehcovaci-sluzby', 'verified', 0),
  ('DruhSocialniSluzby', '9', 'centra-dennich-sluzeb', 'verified', 0),
  ('DruhSocialniSluzby', '10', 'denni-stacionare', 'verified', 0),
  ('DruhSocialniSluzby', '11', 'tydenni-stacionare', 'verified', 0),
  ('DruhSocialniSluzby', '12', 'domovy-pro-osoby-se-zdravotnim-postizenim', 'verified', 0),
  ('DruhSocialniSluzby', '13', 'domovy-pro-seniory', 'verified', 0),
  ('DruhSocialniSluzby', '14', 'domovy-se-zvlastnim-rezimem', 'verified', 0),
  ('DruhSocialniSluzby', '15', 'chranene-bydleni', 'verified', 0),
  ('DruhSocialniSluzby', '18', 'telefonicka-krizova-pomoc', 'verified', 0),
  ('DruhSocialniSluzby', '19', 'tlumocnicke-sluzby', 'verified', 0),
  ('DruhSocialniSluzby', '23', 'krizova-pomoc', 'verified', 0),
  ('DruhSocialniSluzby', '28', 'sas-pro-rodiny-s-detmi', 'verified', 0),
  ('DruhSocialniSluzby', '29', 'sas-pro-seniory-a-osoby-se-zdravotnim-postizenim', 'verified', 0),
  ('DruhSocialniSluzby', '30', 'socialne-terapeuticke-dilny', 'verified', 0),
  ('DruhSocialniSluzby', '32', 'terenni-programy', 'verified', 0),
  ('DruhSocialniSluzby', '33', 'socialni-rehabilitace', 'verified', 0),
  ('CilovaSkupinaOsoby', '24', 'seniori', 'verified', 0),
  ('CilovaSkupinaOsoby', '26', 'pecujici-osoby', 'verified', 0),
  ('CilovaSkupinaOsoby', '27', 'osoby-s-potrebou-paliativni-pece', 'verified', 0),
  ('CilovaSkupinaOsoby', '30', 'osoby-zijici-s-demenci', 'verified', 0);
--> statement-breakpoint
CREATE TABLE `registry_sources` (
  `territory_id` text PRIMARY KEY NOT NULL REFERENCES `territories`(`id`),
  `url` text NOT NULL,
  `auto_apply` integer DEFAULT false NOT NULL,
  `updated_by` text REFERENCES `users`(`id`),
  `updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `registry_runs` (
  `id` text PRIMARY KEY NOT NULL,
  `territory_id` text NOT NULL REFERENCES `territories`(`id`),
  `url` text NOT NULL,
  `status` text NOT NULL,
  `message` text,
  `report` text,
  `items_key` text,
  `total_items` integer,
  `started_at` integer NOT NULL,
  `finished_at` integer,
  `decided_by` text REFERENCES `users`(`id`),
  `decided_at` integer
);
--> statement-breakpoint
CREATE INDEX `registry_runs_territory_idx` ON `registry_runs` (`territory_id`, `started_at`);
