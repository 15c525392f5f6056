ALTER TABLE `territories` ADD `orp_code` text;--> statement-breakpoint
CREATE UNIQUE INDEX `territories_orp_code_unique` ON `territories` (`orp_code`);--> statement-breakpoint
ALTER TABLE `municipalities` ADD `retired_at` integer;
