/**
 * The pilot's fixed numbers, in a module without imports: the web app's pages and the assessment
 * read them without bundling the pilot's schema (zod, whose eval probe the content security policy
 * blocks) or its statistics.
 */

/** Longest pilot, in weeks; also the highest week number. */
export const MAX_PILOT_WEEKS = 52;
/** A pilot has one primary KPI and at most this many secondary ones. */
export const MAX_SECONDARY_KPIS = 3;
/** The pseudo-KPI a rule names to judge the adoption share (share of eligible work done with the AI). */
export const ADOPTION_KPI = 'adoption';
/** Six weeks unless the plan says otherwise ("start small"). */
export const DEFAULT_PILOT_WEEKS = 6;
/** Fewer baseline points than this is a finding: six weeks is the least for a usable spread. */
export const MIN_BASELINE_POINTS = 6;
/** The seed article: "reken op minimaal 3-6 maanden" before new ways of working are embedded. */
export const ADOPTION_YARDSTICK_WEEKS = { fast: 13, slow: 26 } as const;
/** Adoption at or above this share counts as embedded; below it, three flat weeks are a stall. */
export const ADOPTION_EMBEDDED = 0.8;
/** Adoption that rose less than this over the last three measured weeks has stalled. */
export const ADOPTION_STALL_RISE = 0.02;
