import { describe, expect, it } from 'vitest';
import { fieldLabel } from './field-label.ts';

describe('fieldLabel', () => {
  it('names request fields and address parts as a person knows them', () => {
    expect(fieldLabel('body.password', 'nl')).toBe('Wachtwoord');
    expect(fieldLabel('body.newPassword', 'en')).toBe('New password');
    expect(fieldLabel('params.useCaseId', 'nl')).toBe('De use case in het adres');
    expect(fieldLabel('querystring.lang', 'en')).toBe('Language');
  });

  it('names a use-case field by its intake question, an item of a list by its position', () => {
    expect(fieldLabel('body.document.problem.hoursPerWeek', 'nl')).toBe(
      'Hoeveel uur per week gaat er nu handmatig in zitten?',
    );
    expect(fieldLabel('body.document.partner.vendors[1].name', 'nl')).toMatch(/^Leverancier 2 · /);
    expect(fieldLabel('body.document.success.kpis[0].target', 'en')).toBe('Measure 1 · Target');
    expect(fieldLabel('body.document.businessCase.yearlyCosts.licence', 'nl')).toBe('Licentie (per jaar)');
    expect(fieldLabel('body.document.title', 'en')).toBe('Title');
    expect(fieldLabel('body.businessCase.timeReduction', 'nl')).toBe('Minder handwerk (deel van de uren)');
  });

  it('knows when it does not know, so the caller can fall back to the path', () => {
    expect(fieldLabel('body.somethingElse', 'nl')).toBeNull();
  });
});

describe('fieldLabel of a pilot plan', () => {
  it('names the KPI and the field, as the Pilot tab does', () => {
    expect(fieldLabel('plan.primaryKpi.smallestEffect', 'nl')).toBe('Hoofd-KPI, kleinste zinvolle effect');
    expect(fieldLabel('body.plan.secondaryKpis[1].howMeasured', 'nl')).toBe('Neven-KPI 2, hoe gemeten');
    expect(fieldLabel('plan.startDate', 'en')).toMatch(/start/i);
    expect(fieldLabel('baseline', 'nl')).toBe('nulmeting');
    expect(fieldLabel('plan.rules.mustMeet[0].value', 'nl')).toBe('waarde');
  });
});
