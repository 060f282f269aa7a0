import enAssessment from './locales/en/assessment.json' with { type: 'json' };
import enBusinessCase from './locales/en/business-case.json' with { type: 'json' };
import enCli from './locales/en/cli.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enCount from './locales/en/count.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import enInput from './locales/en/input.json' with { type: 'json' };
import enPilot from './locales/en/pilot.json' with { type: 'json' };
import enPilotImport from './locales/en/pilot-import.json' with { type: 'json' };
import enPilotWeb from './locales/en/pilot-web.json' with { type: 'json' };
import enPortfolio from './locales/en/portfolio.json' with { type: 'json' };
import enProfiler from './locales/en/profiler.json' with { type: 'json' };
import enReport from './locales/en/report.json' with { type: 'json' };
import enRules from './locales/en/rules.json' with { type: 'json' };
import enSurvey from './locales/en/survey.json' with { type: 'json' };
import enSurveyWeb from './locales/en/survey-web.json' with { type: 'json' };
import enVendors from './locales/en/vendors.json' with { type: 'json' };
import enVendorsWeb from './locales/en/vendors-web.json' with { type: 'json' };
import enWeb from './locales/en/web.json' with { type: 'json' };
import nlAssessment from './locales/nl/assessment.json' with { type: 'json' };
import nlBusinessCase from './locales/nl/business-case.json' with { type: 'json' };
import nlCli from './locales/nl/cli.json' with { type: 'json' };
import nlCommon from './locales/nl/common.json' with { type: 'json' };
import nlCount from './locales/nl/count.json' with { type: 'json' };
import nlErrors from './locales/nl/errors.json' with { type: 'json' };
import nlInput from './locales/nl/input.json' with { type: 'json' };
import nlPilot from './locales/nl/pilot.json' with { type: 'json' };
import nlPilotImport from './locales/nl/pilot-import.json' with { type: 'json' };
import nlPilotWeb from './locales/nl/pilot-web.json' with { type: 'json' };
import nlPortfolio from './locales/nl/portfolio.json' with { type: 'json' };
import nlProfiler from './locales/nl/profiler.json' with { type: 'json' };
import nlReport from './locales/nl/report.json' with { type: 'json' };
import nlRules from './locales/nl/rules.json' with { type: 'json' };
import nlSurvey from './locales/nl/survey.json' with { type: 'json' };
import nlSurveyWeb from './locales/nl/survey-web.json' with { type: 'json' };
import nlVendors from './locales/nl/vendors.json' with { type: 'json' };
import nlVendorsWeb from './locales/nl/vendors-web.json' with { type: 'json' };
import nlWeb from './locales/nl/web.json' with { type: 'json' };

/**
 * All translations, one tree per language. The first segment of a key is the file it lives in:
 * `input.unknownKey` is `unknownKey` in `locales/<lang>/input.json`. `count.json` holds counted nouns
 * ("1 rij", "2 rijen") for texts with several numbers: `$t(count.rows, {"count": {{rows}} })`.
 */
export const resources = {
  nl: {
    assessment: nlAssessment,
    businessCase: nlBusinessCase,
    cli: nlCli,
    common: nlCommon,
    count: nlCount,
    errors: nlErrors,
    input: nlInput,
    pilot: nlPilot,
    pilotImport: nlPilotImport,
    pilotWeb: nlPilotWeb,
    portfolio: nlPortfolio,
    profiler: nlProfiler,
    report: nlReport,
    rules: nlRules,
    survey: nlSurvey,
    surveyWeb: nlSurveyWeb,
    vendors: nlVendors,
    vendorsWeb: nlVendorsWeb,
    web: nlWeb,
  },
  en: {
    assessment: enAssessment,
    businessCase: enBusinessCase,
    cli: enCli,
    common: enCommon,
    count: enCount,
    errors: enErrors,
    input: enInput,
    pilot: enPilot,
    pilotImport: enPilotImport,
    pilotWeb: enPilotWeb,
    portfolio: enPortfolio,
    profiler: enProfiler,
    report: enReport,
    rules: enRules,
    survey: enSurvey,
    surveyWeb: enSurveyWeb,
    vendors: enVendors,
    vendorsWeb: enVendorsWeb,
    web: enWeb,
  },
} as const;

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
