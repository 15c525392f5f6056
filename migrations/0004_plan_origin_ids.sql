ALTER TABLE `activities` ADD `origin_id` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `origin_id` text;--> statement-breakpoint
ALTER TABLE `plan_sections` ADD `origin_id` text;--> statement-breakpoint
ALTER TABLE `priorities` ADD `origin_id` text;