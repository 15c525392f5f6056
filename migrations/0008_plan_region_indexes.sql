ALTER TABLE `evaluations` ADD `plan_id` text REFERENCES plans(id);--> statement-breakpoint
CREATE INDEX `evaluations_plan_year_status_idx` ON `evaluations` (`plan_id`,`year`,`status`,`spent_czk`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `activities_plan_measure_cost_idx` ON `activities` (`plan_id`,`measure_id`,`estimated_cost_czk`) WHERE deleted_at IS NULL;