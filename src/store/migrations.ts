/**
 * Versioned schema migrations, applied in order on start (see migrate.ts). Never edit a migration
 * that has shipped; add a new one. The SQL must run on PGlite and on PostgreSQL ≥ 13.
 */
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, organisations, use cases',
    sql: `
create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null,
  password_hash text not null,
  locale text not null default 'nl',
  created_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table memberships (
  user_id uuid not null references users(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  role text not null check (role in ('owner', 'adviser', 'member')),
  created_at timestamptz not null default now(),
  primary key (user_id, organisation_id)
);
create index memberships_org_idx on memberships (organisation_id);

create table sessions (
  token_hash text primary key,
  user_id uuid not null references users(id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_org_idx on api_tokens (organisation_id);

create table use_cases (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  title text not null,
  status text not null check (status in ('idea', 'assessing', 'pilot', 'decided')),
  document jsonb not null,
  revision integer not null,
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index use_cases_org_idx on use_cases (organisation_id, archived_at, updated_at desc);

create table use_case_revisions (
  use_case_id uuid not null references use_cases(id) on delete cascade,
  revision integer not null,
  organisation_id uuid not null references organisations(id) on delete cascade,
  title text not null,
  status text not null,
  document jsonb not null,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  note text,
  primary key (use_case_id, revision)
);
`,
  },
  {
    version: 2,
    name: 'assessments, data files, background jobs',
    sql: `
create table assessments (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  revision integer not null,
  verdict text not null,
  result jsonb not null,
  evidence_hash text not null,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index assessments_use_case_idx on assessments (organisation_id, use_case_id, created_at desc);

create table data_files (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  file_name text not null,
  bytes bigint not null,
  stored_path text,
  keep_file boolean not null default false,
  options jsonb not null default '{}'::jsonb,
  status text not null check (status in ('queued', 'profiling', 'done', 'failed')),
  progress real not null default 0,
  profile jsonb,
  failure jsonb,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index data_files_use_case_idx on data_files (organisation_id, use_case_id, created_at desc);

create table jobs (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid references organisations(id) on delete cascade,
  kind text not null,
  payload jsonb not null,
  status text not null check (status in ('queued', 'running', 'done', 'failed')),
  attempts integer not null default 0,
  locked_by text,
  locked_at timestamptz,
  error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index jobs_queue_idx on jobs (status, created_at);
`,
  },
  {
    version: 3,
    name: 'assessments keep the order they were made in',
    sql: `
alter table assessments add column seq bigint generated always as identity;
create index assessments_order_idx on assessments (organisation_id, use_case_id, seq desc);
`,
  },
  {
    version: 4,
    name: 'invitations, token expiry, idle sessions, login throttling',
    sql: `
create table invitations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  email text not null,
  name text not null,
  role text not null check (role in ('owner', 'adviser', 'member')),
  secret_hash text not null unique,
  invited_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references users(id) on delete set null,
  revoked_at timestamptz
);
create index invitations_org_idx on invitations (organisation_id, created_at desc);

alter table api_tokens add column expires_at timestamptz;
update api_tokens set expires_at = now() + interval '90 days' where expires_at is null;
alter table api_tokens alter column expires_at set not null;

alter table sessions add column last_seen_at timestamptz not null default now();
create index sessions_expiry_idx on sessions (expires_at);

create table auth_throttles (
  key text primary key,
  failures integer not null default 0,
  window_started_at timestamptz not null default now(),
  locked_until timestamptz,
  updated_at timestamptz not null default now()
);
`,
  },
  {
    version: 5,
    name: 'uploads kept in the database until profiled',
    sql: `
-- Where the upload is now: 'database' (chunks below, any app process can profile it), 'files'
-- (stored_path on this machine's disk), or null once it has been removed.
alter table data_files add column upload text check (upload in ('database', 'files'));
update data_files set upload = 'files' where stored_path is not null;

-- 'uploading': the row exists while the bytes arrive; it becomes 'queued' together with its job.
alter table data_files drop constraint data_files_status_check;
alter table data_files add constraint data_files_status_check
  check (status in ('uploading', 'queued', 'profiling', 'done', 'failed'));

create table data_file_chunks (
  data_file_id uuid not null references data_files(id) on delete cascade,
  seq integer not null,
  bytes bytea not null,
  primary key (data_file_id, seq)
);
-- Uploads are compressed files or read once: spare the CPU of compressing them again.
alter table data_file_chunks alter column bytes set storage external;
`,
  },
  {
    version: 6,
    name: 'actions of the plan marked done',
    sql: `
-- One row per use case and action id (the catalogue id, or finding.<id>): its title (a message, so
-- it can be shown after the plan dropped it), when it was done, a note, and the evidence it addressed
-- then (so a later assessment can tell whether that evidence changed).
create table use_case_actions (
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  action_id text not null,
  title jsonb not null,
  done_on date not null,
  note text not null default '',
  evidence jsonb not null,
  done_by uuid references users(id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (use_case_id, action_id)
);
create index use_case_actions_org_idx on use_case_actions (organisation_id, use_case_id);
`,
  },
  {
    version: 7,
    name: 'a revision groups the saves of one editing session',
    sql: `
-- When the version last took a save (an amendment moves it; created_at stays when it began), and
-- how many saves it holds. Older rows each hold one save.
alter table use_case_revisions add column saved_at timestamptz;
update use_case_revisions set saved_at = created_at;
alter table use_case_revisions alter column saved_at set not null;
alter table use_case_revisions alter column saved_at set default now();
alter table use_case_revisions add column saves integer not null default 1;
`,
  },
  {
    version: 8,
    name: 'data files chosen as evidence',
    sql: `
-- Whether a finished profile counts as evidence in its use case's assessment. Every file did until
-- now; the owner can leave out one that belongs to another process.
alter table data_files add column counts_as_evidence boolean not null default true;
`,
  },
  {
    version: 9,
    name: 'pilots: plan, frozen baseline, measurements, amendments, iterations, decision',
    sql: `
-- A pilot of a use case (a use case can have several over time). The plan is edited while
-- 'planned'; starting it copies plan and baseline into frozen_plan and frozen_baseline, set once.
create table pilots (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  status text not null check (status in ('planned', 'running', 'decided')),
  plan jsonb not null,
  frozen_plan jsonb,
  frozen_baseline jsonb,
  started_at timestamptz,
  started_by uuid references users(id) on delete set null,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index pilots_use_case_idx on pilots (organisation_id, use_case_id, created_at desc);

-- One row per period: 'baseline' periods measured before the start, 'pilot' weeks after it. The
-- KPI values are a JSON object keyed by KPI name; adoption is a fraction, hours and costs per week.
create table pilot_measurements (
  pilot_id uuid not null references pilots(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  phase text not null check (phase in ('baseline', 'pilot')),
  week integer not null,
  period_start date,
  kpi_values jsonb not null,
  adoption double precision,
  hours double precision,
  cost_eur double precision,
  note text not null default '',
  recorded_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (pilot_id, phase, week)
);
create index pilot_measurements_use_case_idx on pilot_measurements (organisation_id, use_case_id);

-- A change to the plan of a started pilot: what, why, by whom, and the plan before and after.
create table pilot_amendments (
  id uuid primary key default gen_random_uuid(),
  pilot_id uuid not null references pilots(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  amended_on date not null,
  what text not null,
  reason text not null,
  amended_by uuid references users(id) on delete set null,
  plan_before jsonb not null,
  plan_after jsonb not null,
  seq bigint generated always as identity,
  created_at timestamptz not null default now()
);
create index pilot_amendments_use_case_idx on pilot_amendments (organisation_id, use_case_id);
create index pilot_amendments_pilot_idx on pilot_amendments (pilot_id, seq);

-- The iteration log: what changed in a week of the pilot and why.
create table pilot_iterations (
  id uuid primary key default gen_random_uuid(),
  pilot_id uuid not null references pilots(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  week integer not null,
  change text not null,
  why text not null,
  created_by uuid references users(id) on delete set null,
  seq bigint generated always as identity,
  created_at timestamptz not null default now()
);
create index pilot_iterations_use_case_idx on pilot_iterations (organisation_id, use_case_id);
create index pilot_iterations_pilot_idx on pilot_iterations (pilot_id, week, seq);

-- The decision at the gate, one per pilot: the outcome, who decided when and why, and the outcome
-- the rules and evidence proposed at that moment (null when there was no proposal).
create table pilot_decisions (
  pilot_id uuid primary key references pilots(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  outcome text not null check (outcome in ('go', 'kill', 'hold', 'recycle')),
  proposed_outcome text check (proposed_outcome in ('go', 'kill', 'hold', 'recycle')),
  decided_on date not null,
  decided_by uuid references users(id) on delete set null,
  decided_by_name text not null,
  reasons text not null,
  created_at timestamptz not null default now()
);
create index pilot_decisions_use_case_idx on pilot_decisions (organisation_id, use_case_id);
`,
  },
  {
    version: 10,
    name: 'pilots: the business case before, and what a Go changed in it',
    sql: `
-- The business case's yearly savings (P10/P50/P90) when the pilot started: the prediction the
-- measured effect is held against.
alter table pilots add column predicted jsonb;
-- On a Go: the use-case revision that took the measured range, the KPI, and the range before and after.
alter table pilot_decisions add column business_case jsonb;
`,
  },
  {
    version: 11,
    name: 'employee voice: survey rounds, anonymous responses, feedback inbox',
    sql: `
-- A survey round of a use case, opened and closed by someone in the organisation. The instrument
-- version is stored with the round; k is the smallest group whose results are shown.
create table survey_rounds (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  title text not null,
  wave text not null check (wave in ('before', 'start', 'end', 'followUp')),
  status text not null default 'open' check (status in ('open', 'closed')),
  k integer not null check (k between 3 and 10),
  instrument_version integer not null,
  groups jsonb not null default '[]',
  opened_on date not null,
  closed_on date,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index survey_rounds_use_case_idx on survey_rounds (organisation_id, use_case_id);

-- The links people answer through: one general link per round and one per group. The token is
-- the secret in the address; it stands for a round (and a group), never for a person.
create table survey_links (
  token text primary key,
  round_id uuid not null references survey_rounds(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  group_key text
);
create index survey_links_round_idx on survey_links (round_id);

-- Answers. Deliberately without account, address, browser, link or time finer than the day; the
-- id is random, so neither it nor a sequence tells in which order people answered.
create table survey_responses (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references survey_rounds(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  group_key text,
  answers jsonb not null,
  open_answers jsonb not null default '{}',
  submitted_on date not null
);
create index survey_responses_round_idx on survey_responses (round_id);

-- One-time tickets already used, as a digest of the ticket's random part and the day after which
-- the ticket has expired anyway. Nothing here points at a response or a person.
create table survey_used_tickets (
  digest text primary key,
  expires_on date not null
);

-- Secrets the server signs with (the survey tickets), made once per database.
create table app_secrets (
  name text primary key,
  value text not null
);

-- The feedback link of a use case: a form for people and an address for tools.
create table feedback_links (
  use_case_id uuid primary key references use_cases(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  token text not null unique,
  created_at timestamptz not null default now()
);

-- Feedback during the pilot and how the project lead handled it. Only the day it arrived is kept;
-- the name only when the person gave it.
create table feedback_items (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  rating text not null check (rating in ('useful', 'notUseful', 'wrong', 'remark')),
  comment text,
  name text,
  output_ref text,
  received_on date not null,
  status text not null default 'open' check (status in ('open', 'acted', 'answered', 'declined')),
  handled_on date,
  note text,
  handled_by uuid references users(id) on delete set null,
  handled_by_name text,
  seq bigint generated always as identity
);
create index feedback_items_use_case_idx on feedback_items (organisation_id, use_case_id, seq);
`,
  },
  {
    version: 12,
    name: 'survey rounds: results of an open round change only by k responses at a time',
    sql: `
-- The responses an open round's results are taken over: published when the results are asked for
-- and at least k arrived since the last publication, so no change in them comes from fewer than k people.
alter table survey_rounds add column published_ids uuid[] not null default '{}';
`,
  },
  {
    version: 13,
    name: 'partner due diligence: vendors, questionnaire links, evidence files, claim ledger, weights',
    sql: `
-- A candidate vendor of a use case and its questionnaire: answers and the owner's switching
-- estimate as JSON (validated at the edge), who answered, when it was submitted, whether chosen.
create table vendors (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  name text not null,
  website text,
  answered_by text check (answered_by in ('vendor', 'owner')),
  submitted_at timestamptz,
  answers jsonb not null default '{}',
  switching jsonb not null default '{}',
  chosen boolean not null default false,
  -- Set when the first submission put the questionnaire's claims in the ledger (done once).
  claims_added boolean not null default false,
  seq bigint generated always as identity,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index vendors_use_case_idx on vendors (organisation_id, use_case_id, seq);

-- The questionnaire link of a vendor: only a digest of the token is kept, so a copy of the
-- database opens no questionnaire. One live link per vendor; a new one replaces the old.
create table vendor_links (
  vendor_id uuid primary key references vendors(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  token_digest text not null unique,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);

-- Evidence files attached to a vendor's answers, kept in the database (small, size-capped).
create table vendor_evidence_files (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  vendor_id uuid not null references vendors(id) on delete cascade,
  name text not null,
  media_type text not null,
  bytes integer not null,
  content bytea not null,
  created_at timestamptz not null default now()
);
create index vendor_evidence_files_vendor_idx on vendor_evidence_files (organisation_id, vendor_id);

-- The claim ledger of a use case: each vendor claim verbatim with its source and day, and the
-- pilot KPI (and promised figure) that can settle it. Deleting a vendor deletes its claims.
create table vendor_claims (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations(id) on delete cascade,
  use_case_id uuid not null references use_cases(id) on delete cascade,
  vendor_id uuid references vendors(id) on delete cascade,
  text text not null,
  source text not null check (source in ('questionnaire', 'intake', 'entered')),
  claimed_on date not null,
  kpi_id text,
  claimed double precision,
  seq bigint generated always as identity,
  created_at timestamptz not null default now()
);
create index vendor_claims_use_case_idx on vendor_claims (organisation_id, use_case_id, seq);

-- The owner's weights of the scored questions, per use case (absent: the defaults).
create table vendor_weights (
  use_case_id uuid primary key references use_cases(id) on delete cascade,
  organisation_id uuid not null references organisations(id) on delete cascade,
  weights jsonb not null,
  updated_at timestamptz not null default now()
);
`,
  },
  {
    version: 14,
    name: 'assessments: the model version that made each one',
    sql: `
-- The assessment model version (ASSESSMENT_VERSION) that produced the stored result, so the
-- portfolio can mark results of an older model when it compares them. Null: stored before it was recorded.
alter table assessments add column model_version integer;
`,
  },
];
