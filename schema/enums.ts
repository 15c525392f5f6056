/**
 * The closed sets of values the tables allow (the `enum` of their text columns), without drizzle: the valibot schemas
 * and the PWA import them from here, so a phone never downloads or runs the table definitions to know a status name.
 * schema/tables/* import and re-export them.
 */

// accounts
export const TERRITORY_ROLES = ['member', 'coordinator'] as const;

// catalogue
export const SERVICE_CATEGORIES = ['social_services_counselling', 'social_care', 'social_prevention', 'related'] as const;
export const RECORD_SOURCES = ['manual', 'rpss', 'demo'] as const;

// documents
export const DOCUMENT_KINDS = [
  'statute',
  'rules_of_procedure',
  'communication_strategy',
  'plan',
  'evaluation',
  'analysis',
  'press_release',
  'invitation',
  'catalogue',
  'minutes',
  'other',
] as const;

// geography
export const TERRITORY_KINDS = ['orp', 'mas', 'subarea', 'town'] as const;
export const PROJECT_ACTIVITY_KINDS = [
  'statute_update',
  'previous_process_evaluation',
  'previous_plan_monitoring',
  'information_campaign',
  'public_meetings',
  'mayors_round_tables',
  'sociodemographic_analysis',
  'service_provision_analysis',
  'user_needs_analysis',
  'provider_needs_analysis',
  'commissioner_needs_analysis',
  'action_plans',
  'medium_term_plan',
  'catalogue',
  'plan_approval',
] as const;
export const CHECKLIST_STATUSES = ['planned', 'in_progress', 'done'] as const;

// groups
export const GROUP_KINDS = ['steering', 'working_thematic', 'working_territorial', 'coordination'] as const;
export const PLANNING_ROLES = ['provider', 'commissioner', 'user', 'public'] as const;
export const GROUP_MEMBER_ROLES = ['chair', 'member', 'coordinator', 'methodologist', 'analyst', 'project_manager'] as const;

// meetings
export const MEETING_KINDS = [
  'working_group',
  'steering_group',
  'coordination',
  'public_hearing',
  'public_meeting',
  'mayors_round_table',
] as const;
export const MEETING_STATUSES = ['planned', 'held', 'published'] as const;
export const ATTENDANCE_STATUSES = ['invited', 'present', 'excused', 'absent', 'guest'] as const;
export const NOTE_KINDS = ['note', 'decision', 'private'] as const;
export const TASK_STATUSES = ['open', 'done'] as const;
export const SETTLEMENTS = ['pending', 'accepted', 'partly_accepted', 'rejected'] as const;

// plan
export const PLAN_STATUSES = ['draft', 'consultation', 'approved', 'archived'] as const;
export const PRIORITY_KINDS = ['system', 'development', 'accompanying', 'cross_cutting'] as const;
export const FUNDING_SOURCES = ['municipality', 'region', 'state', 'esf_opz', 'other'] as const;
export const ACTIVITY_SERVICE_RELATIONS = ['supports', 'creates'] as const;
export const EVALUATION_STATUSES = ['not_started', 'in_progress', 'done', 'postponed', 'cancelled'] as const;

// registry
export const REGISTRY_LISTS = ['DruhSocialniSluzby', 'CilovaSkupinaOsoby'] as const;
export type RegistryList = (typeof REGISTRY_LISTS)[number];
export const REGISTRY_CODE_SOURCES = ['verified', 'code_list', 'person'] as const;
export type RegistryCodeSource = (typeof REGISTRY_CODE_SOURCES)[number];
export const REGISTRY_RUN_STATUSES = ['pending', 'applied', 'failed', 'dismissed', 'superseded'] as const;
