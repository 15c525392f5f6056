CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`territory_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`fields` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_territory_idx` ON `audit_log` (`territory_id`,`at`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`territory_id` text NOT NULL,
	`role` text NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL,
	`blocked_until` integer
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`last_used_at` integer NOT NULL,
	`user_agent` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_unique` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sync_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`content_hash` text NOT NULL,
	`result` text NOT NULL,
	`reason` text,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sync_changes_entity_idx` ON `sync_changes` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `sync_sequence` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_roles` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`territory_id` text NOT NULL,
	`role` text NOT NULL,
	`granted_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_roles_unique` ON `user_roles` (`user_id`,`territory_id`);--> statement-breakpoint
CREATE INDEX `user_roles_territory_idx` ON `user_roles` (`territory_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`locale` text DEFAULT 'cs' NOT NULL,
	`disabled_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `client_groups` (
	`code` text PRIMARY KEY NOT NULL,
	`registry_code` text,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`target_group_code` text,
	FOREIGN KEY (`target_group_code`) REFERENCES `target_groups`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `client_groups_registry_code_unique` ON `client_groups` (`registry_code`);--> statement-breakpoint
CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`ico` text,
	`name` text NOT NULL,
	`legal_form` text,
	`web` text,
	`email` text,
	`phone` text,
	`street` text,
	`city` text,
	`postcode` text,
	`source` text DEFAULT 'manual' NOT NULL,
	`retired_at` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `providers_ico_unique` ON `providers` (`ico`);--> statement-breakpoint
CREATE INDEX `providers_seq_idx` ON `providers` (`seq`);--> statement-breakpoint
CREATE TABLE `service_client_groups` (
	`service_id` text NOT NULL,
	`client_group_code` text NOT NULL,
	PRIMARY KEY(`service_id`, `client_group_code`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_group_code`) REFERENCES `client_groups`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_client_groups_code_idx` ON `service_client_groups` (`client_group_code`);--> statement-breakpoint
CREATE TABLE `service_form_links` (
	`service_id` text NOT NULL,
	`form_code` text NOT NULL,
	PRIMARY KEY(`service_id`, `form_code`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`form_code`) REFERENCES `service_forms`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `service_forms` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `service_kinds` (
	`code` text PRIMARY KEY NOT NULL,
	`registry_code` text,
	`paragraph` text,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`category` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_kinds_registry_code_unique` ON `service_kinds` (`registry_code`);--> statement-breakpoint
CREATE TABLE `service_municipalities` (
	`service_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	PRIMARY KEY(`service_id`, `municipality_id`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_municipalities_municipality_idx` ON `service_municipalities` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`territory_id` text NOT NULL,
	`kind_code` text NOT NULL,
	`registration_id` text,
	`name` text NOT NULL,
	`description` text,
	`capacity` integer,
	`capacity_unit` text,
	`opening_hours` text,
	`always_open` integer DEFAULT false NOT NULL,
	`phone` text,
	`email` text,
	`web` text,
	`street` text,
	`city` text,
	`postcode` text,
	`lat` real,
	`lng` real,
	`address_secret` integer DEFAULT false NOT NULL,
	`source` text DEFAULT 'manual' NOT NULL,
	`retired_at` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kind_code`) REFERENCES `service_kinds`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_registration_unique` ON `services` (`registration_id`);--> statement-breakpoint
CREATE INDEX `services_provider_idx` ON `services` (`provider_id`);--> statement-breakpoint
CREATE INDEX `services_territory_idx` ON `services` (`territory_id`,`seq`);--> statement-breakpoint
CREATE INDEX `services_kind_idx` ON `services` (`kind_code`);--> statement-breakpoint
CREATE INDEX `services_seq_idx` ON `services` (`seq`);--> statement-breakpoint
CREATE TABLE `target_groups` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`territory_id` text NOT NULL,
	`project_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`issued_on` text,
	`is_public` integer DEFAULT true NOT NULL,
	`file_key` text,
	`file_name` text,
	`mime_type` text,
	`size_bytes` integer,
	`body_markdown` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `planning_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_territory_idx` ON `documents` (`territory_id`,`issued_on`);--> statement-breakpoint
CREATE INDEX `documents_seq_idx` ON `documents` (`seq`);--> statement-breakpoint
CREATE TABLE `municipalities` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`region_id` text NOT NULL,
	`lat` real,
	`lng` real,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_code_unique` ON `municipalities` (`code`);--> statement-breakpoint
CREATE INDEX `municipalities_name_idx` ON `municipalities` (`name`);--> statement-breakpoint
CREATE TABLE `planning_projects` (
	`id` text PRIMARY KEY NOT NULL,
	`territory_id` text NOT NULL,
	`registration_number` text,
	`name` text NOT NULL,
	`implementer` text NOT NULL,
	`partners` text DEFAULT '[]' NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`programme` text,
	`budget_czk` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `planning_projects_territory_idx` ON `planning_projects` (`territory_id`);--> statement-breakpoint
CREATE INDEX `planning_projects_seq_idx` ON `planning_projects` (`seq`);--> statement-breakpoint
CREATE TABLE `project_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `planning_projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_activities_kind_unique` ON `project_activities` (`project_id`,`kind`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_code_unique` ON `regions` (`code`);--> statement-breakpoint
CREATE TABLE `territories` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`parent_id` text,
	`kind` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`planning_since` integer,
	`description` text,
	`web` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `territories_slug_unique` ON `territories` (`slug`);--> statement-breakpoint
CREATE INDEX `territories_region_idx` ON `territories` (`region_id`);--> statement-breakpoint
CREATE INDEX `territories_parent_idx` ON `territories` (`parent_id`);--> statement-breakpoint
CREATE INDEX `territories_seq_idx` ON `territories` (`seq`);--> statement-breakpoint
CREATE TABLE `territory_municipalities` (
	`territory_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	PRIMARY KEY(`territory_id`, `municipality_id`),
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `territory_municipalities_municipality_idx` ON `territory_municipalities` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `group_members` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`planning_role` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_members_unique` ON `group_members` (`group_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `group_members_person_idx` ON `group_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `groups` (
	`id` text PRIMARY KEY NOT NULL,
	`territory_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`target_group_code` text,
	`sub_territory_id` text,
	`description` text,
	`position` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_group_code`) REFERENCES `target_groups`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sub_territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `groups_territory_idx` ON `groups` (`territory_id`);--> statement-breakpoint
CREATE INDEX `groups_seq_idx` ON `groups` (`seq`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`territory_id` text NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`organization` text,
	`email` text,
	`phone` text,
	`planning_role` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_territory_idx` ON `people` (`territory_id`);--> statement-breakpoint
CREATE INDEX `people_user_idx` ON `people` (`user_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`presenter` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_idx` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`person_id` text,
	`name` text,
	`organization` text,
	`municipality_id` text,
	`planning_role` text,
	`status` text DEFAULT 'invited' NOT NULL,
	`consent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_meeting_idx` ON `attendance` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `hearing_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`measure_id` text,
	`activity_id` text,
	`author_name` text,
	`participant_token` text,
	`body` text NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	`settlement` text DEFAULT 'pending' NOT NULL,
	`settlement_reason` text,
	`applied_to_plan_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearing_comments_meeting_idx` ON `hearing_comments` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`territory_id` text NOT NULL,
	`group_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text,
	`place` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`plan_id` text,
	`current_agenda_item_id` text,
	`vote_points` integer,
	`voting_open` integer DEFAULT false NOT NULL,
	`results_visible` integer DEFAULT false NOT NULL,
	`public_code` text,
	`published_at` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_territory_idx` ON `meetings` (`territory_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `meetings_group_idx` ON `meetings` (`group_id`,`starts_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_public_code_unique` ON `meetings` (`public_code`);--> statement-breakpoint
CREATE INDEX `meetings_seq_idx` ON `meetings` (`seq`);--> statement-breakpoint
CREATE TABLE `note_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`note_id` text NOT NULL,
	`base_revision_id` text,
	`body` text NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`base_revision_id`) REFERENCES `note_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `note_revisions_note_idx` ON `note_revisions` (`note_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text,
	`kind` text DEFAULT 'note' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`head_revision_id` text,
	`conflicted` integer DEFAULT false NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_meeting_idx` ON `notes` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `notes_seq_idx` ON `notes` (`seq`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`group_id` text,
	`assignee` text NOT NULL,
	`description` text NOT NULL,
	`due_on` text,
	`status` text DEFAULT 'open' NOT NULL,
	`done_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_group_idx` ON `tasks` (`group_id`,`status`);--> statement-breakpoint
CREATE INDEX `tasks_meeting_idx` ON `tasks` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `vote_options` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`measure_id` text,
	`label` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vote_options_meeting_idx` ON `vote_options` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `votes` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`participant_token` text NOT NULL,
	`attendance_id` text,
	`allocations` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attendance_id`) REFERENCES `attendance`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `votes_participant_unique` ON `votes` (`meeting_id`,`participant_token`);--> statement-breakpoint
CREATE TABLE `action_plan_items` (
	`id` text PRIMARY KEY NOT NULL,
	`action_plan_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`planned_cost_czk` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`action_plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_plan_items_unique` ON `action_plan_items` (`action_plan_id`,`activity_id`);--> statement-breakpoint
CREATE TABLE `action_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`year` integer NOT NULL,
	`approved_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_plans_year_unique` ON `action_plans` (`plan_id`,`year`);--> statement-breakpoint
CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`responsible` text,
	`partners` text DEFAULT '[]' NOT NULL,
	`start_year` integer,
	`end_year` integer,
	`estimated_cost_czk` integer,
	`funding` text DEFAULT '[]' NOT NULL,
	`indicators` text DEFAULT '[]' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_measure_idx` ON `activities` (`measure_id`);--> statement-breakpoint
CREATE INDEX `activities_plan_idx` ON `activities` (`plan_id`);--> statement-breakpoint
CREATE TABLE `activity_municipalities` (
	`activity_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	PRIMARY KEY(`activity_id`, `municipality_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `activity_services` (
	`activity_id` text NOT NULL,
	`service_id` text NOT NULL,
	`relation` text DEFAULT 'supports' NOT NULL,
	PRIMARY KEY(`activity_id`, `service_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_services_service_idx` ON `activity_services` (`service_id`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`indicator_values` text DEFAULT '[]' NOT NULL,
	`spent_czk` integer,
	`comment` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_activity_year_unique` ON `evaluations` (`activity_id`,`year`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`priority_id` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`need` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`priority_id`) REFERENCES `priorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measures_priority_idx` ON `measures` (`priority_id`);--> statement-breakpoint
CREATE INDEX `measures_plan_idx` ON `measures` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`target_group_code` text,
	`working_group_id` text,
	`title` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_group_code`) REFERENCES `target_groups`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`working_group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_sections_plan_idx` ON `plan_sections` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`territory_id` text NOT NULL,
	`title` text NOT NULL,
	`period_from` integer NOT NULL,
	`period_to` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`previous_version_id` text,
	`approved_on` text,
	`approval_resolution` text,
	`extended_to` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`territory_id`) REFERENCES `territories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`previous_version_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plans_territory_idx` ON `plans` (`territory_id`,`period_from`);--> statement-breakpoint
CREATE INDEX `plans_seq_idx` ON `plans` (`seq`);--> statement-breakpoint
CREATE TABLE `priorities` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`section_id` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `plan_sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `priorities_section_idx` ON `priorities` (`section_id`);--> statement-breakpoint
CREATE INDEX `priorities_plan_idx` ON `priorities` (`plan_id`);