ALTER TABLE `project_activities` ADD `done_on` text;--> statement-breakpoint
ALTER TABLE `territories` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `territories` ADD `contact_phone` text;