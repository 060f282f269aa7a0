import { describe, expect, it } from 'vitest';
import { type DocumentPath, withValueAtPath } from '../../../src/core/use-case/use-case-paths.ts';
import { type UseCase, ZUseCase } from '../../../src/core/use-case/use-case-schema.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { INTAKE_STEPS } from './intake-questions.ts';

/** What these tests read of a question, whatever document it asks about. */
type AnyQuestion = {
  kind: string;
  id: string;
  path: string;
  options?: readonly string[];
  item?: readonly AnyQuestion[];
  na?: boolean;
};
const all: AnyQuestion[] = INTAKE_STEPS.flatMap((s) => s.questions);
const flat: AnyQuestion[] = all.flatMap((q) => q.item ?? [q]);

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
        for (const o of q.options ?? [])
          expect(intake.option[q.id]?.[o], `${lang}: ${q.id}.${o}`).toBeTruthy();
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
              : q.kind === 'select' || q.kind === 'choice'
                ? q.options?.[0]
                : q.kind === 'multi'
                  ? q.options?.slice(0, 1)
                  : 'tekst';
      // The paths are typed per kind (intake-questions.ts); this test checks them at run time too.
      const doc = withValueAtPath<UseCase, DocumentPath<UseCase>>({}, q.path as never, sample as never);
      expect(ZUseCase.safeParse(doc).success, q.path).toBe(true);
    }
  });

  it('uses ids that are unique', () => {
    const ids = [...all.map((q) => q.id), ...all.flatMap((q) => (q.item ?? []).map((i) => i.id))];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
