CREATE INDEX `agenda_items_seq_idx` ON `agenda_items` (`seq`);--> statement-breakpoint
CREATE INDEX `attendance_seq_idx` ON `attendance` (`seq`);--> statement-breakpoint
CREATE INDEX `note_revisions_base_idx` ON `note_revisions` (`base_revision_id`);--> statement-breakpoint
CREATE INDEX `note_revisions_seq_idx` ON `note_revisions` (`seq`);--> statement-breakpoint
CREATE INDEX `tasks_seq_idx` ON `tasks` (`seq`);