-- Evaluations written before 0008 learn their plan from their activity (activities never move between plans).
UPDATE evaluations SET plan_id = (SELECT a.plan_id FROM activities a WHERE a.id = evaluations.activity_id) WHERE plan_id IS NULL;
