ALTER TABLE `note_revisions` ADD `deletes` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `note_revisions` ADD `merged_into_id` text REFERENCES note_revisions(id);