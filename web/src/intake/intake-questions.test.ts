import { describe, expect, it } from 'vitest';
import { ZUseCase } from '../../../src/core/use-case/use-case-schema.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { setPath } from '../document-paths.ts';
import { INTAKE_STEPS, type ListQuestion, type Question } from './intake-questions.ts';

const all: (Question | ListQuestion)[] = INTAKE_STEPS.flatMap((s) => s.questions);
const flat: Question[] = all.flatMap((q) => (q.kind === 'list' ? q.item : [q]));

describe('intake questions', () => {
  it('has a label for every question and option in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const intake = resources[lang].web.intake as unknown as {
        q: Record<string, { label?: string; add?: string; item?: string; na?: string }>;
        option: Record<string, Record<string, string>>;
        step: Record<string, { title?: string; intro?: string }>;
      };
      for (const q of [...all, ...flat]) {
        expect(intake.q[q.id]?.label, `${lang}: ${q.id}`).toBeTruthy();
        if (q.kind === 'select')
          for (const o of q.options) expect(intake.option[q.id]?.[o], `${lang}: ${q.id}.${o}`).toBeTruthy();
        if (q.kind === 'list') {
          expect(intake.q[q.id]?.add).toBeTruthy();
          expect(intake.q[q.id]?.item).toBeTruthy();
          if (q.na) expect(intake.q[q.id]?.na).toBeTruthy();
        }
      }
      for (const s of INTAKE_STEPS) expect(intake.step[s.id]?.intro, `${lang}: step ${s.id}`).toBeTruthy();
    }
  });

  it('asks only for paths the use-case schema knows, with values it accepts', () => {
    for (const q of all) {
      const sample =
        q.kind === 'list'
          ? [{}]
          : q.kind === 'yesno'
            ? true
            : q.kind === 'number'
              ? 1
              : q.kind === 'select'
                ? q.options[0]
                : 'tekst';
      const doc = setPath({}, q.path, sample);
      expect(ZUseCase.safeParse(doc).success, q.path).toBe(true);
    }
  });

  it('uses ids that are unique', () => {
    const ids = [
      ...all.map((q) => q.id),
      ...all.flatMap((q) => (q.kind === 'list' ? q.item.map((i) => i.id) : [])),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
