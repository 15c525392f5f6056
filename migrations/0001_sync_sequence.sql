-- The global change counter and the triggers that stamp seq on every synced row (scripts/sync-triggers.ts).
INSERT INTO sync_sequence (id, value) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER action_plan_items_seq_insert AFTER INSERT ON action_plan_items BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE action_plan_items SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER action_plan_items_seq_update AFTER UPDATE ON action_plan_items WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE action_plan_items SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER action_plans_seq_insert AFTER INSERT ON action_plans BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE action_plans SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER action_plans_seq_update AFTER UPDATE ON action_plans WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE action_plans SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER activities_seq_insert AFTER INSERT ON activities BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE activities SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER activities_seq_update AFTER UPDATE ON activities WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE activities SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER agenda_items_seq_insert AFTER INSERT ON agenda_items BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE agenda_items SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER agenda_items_seq_update AFTER UPDATE ON agenda_items WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE agenda_items SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER attendance_seq_insert AFTER INSERT ON attendance BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE attendance SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER attendance_seq_update AFTER UPDATE ON attendance WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE attendance SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER documents_seq_insert AFTER INSERT ON documents BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE documents SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER documents_seq_update AFTER UPDATE ON documents WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE documents SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER evaluations_seq_insert AFTER INSERT ON evaluations BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE evaluations SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER evaluations_seq_update AFTER UPDATE ON evaluations WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE evaluations SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER group_members_seq_insert AFTER INSERT ON group_members BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE group_members SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER group_members_seq_update AFTER UPDATE ON group_members WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE group_members SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER groups_seq_insert AFTER INSERT ON groups BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE groups SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER groups_seq_update AFTER UPDATE ON groups WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE groups SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER hearing_comments_seq_insert AFTER INSERT ON hearing_comments BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE hearing_comments SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER hearing_comments_seq_update AFTER UPDATE ON hearing_comments WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE hearing_comments SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER measures_seq_insert AFTER INSERT ON measures BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE measures SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER measures_seq_update AFTER UPDATE ON measures WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE measures SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER meetings_seq_insert AFTER INSERT ON meetings BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE meetings SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER meetings_seq_update AFTER UPDATE ON meetings WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE meetings SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER note_revisions_seq_insert AFTER INSERT ON note_revisions BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE note_revisions SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER note_revisions_seq_update AFTER UPDATE ON note_revisions WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE note_revisions SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER notes_seq_insert AFTER INSERT ON notes BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE notes SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER notes_seq_update AFTER UPDATE ON notes WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE notes SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER people_seq_insert AFTER INSERT ON people BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE people SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER people_seq_update AFTER UPDATE ON people WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE people SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER plan_sections_seq_insert AFTER INSERT ON plan_sections BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE plan_sections SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER plan_sections_seq_update AFTER UPDATE ON plan_sections WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE plan_sections SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER planning_projects_seq_insert AFTER INSERT ON planning_projects BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE planning_projects SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER planning_projects_seq_update AFTER UPDATE ON planning_projects WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE planning_projects SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER plans_seq_insert AFTER INSERT ON plans BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE plans SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER plans_seq_update AFTER UPDATE ON plans WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE plans SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER priorities_seq_insert AFTER INSERT ON priorities BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE priorities SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER priorities_seq_update AFTER UPDATE ON priorities WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE priorities SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER project_activities_seq_insert AFTER INSERT ON project_activities BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE project_activities SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER project_activities_seq_update AFTER UPDATE ON project_activities WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE project_activities SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER providers_seq_insert AFTER INSERT ON providers BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE providers SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER providers_seq_update AFTER UPDATE ON providers WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE providers SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER services_seq_insert AFTER INSERT ON services BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE services SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER services_seq_update AFTER UPDATE ON services WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE services SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER tasks_seq_insert AFTER INSERT ON tasks BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE tasks SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER tasks_seq_update AFTER UPDATE ON tasks WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE tasks SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER territories_seq_insert AFTER INSERT ON territories BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE territories SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER territories_seq_update AFTER UPDATE ON territories WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE territories SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER vote_options_seq_insert AFTER INSERT ON vote_options BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE vote_options SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER vote_options_seq_update AFTER UPDATE ON vote_options WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE vote_options SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER votes_seq_insert AFTER INSERT ON votes BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE votes SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER votes_seq_update AFTER UPDATE ON votes WHEN NEW.seq = OLD.seq BEGIN
  UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE votes SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;
END;
