CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`hits` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `hearing_comments_meeting_idx`;--> statement-breakpoint
ALTER TABLE `hearing_comments` ADD `attendance_id` text REFERENCES attendance(id);--> statement-breakpoint
ALTER TABLE `hearing_comments` ADD `agenda_item_id` text REFERENCES agenda_items(id);--> statement-breakpoint
ALTER TABLE `hearing_comments` ADD `settled_at` integer;--> statement-breakpoint
CREATE INDEX `hearing_comments_meeting_idx` ON `hearing_comments` (`meeting_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `attendance` ADD `consent_version` text;--> statement-breakpoint
ALTER TABLE `attendance` ADD `participant_token` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `hearing_opened_at` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `hearing_closed_at` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `voting_closed_at` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `settlement_published_at` integer;