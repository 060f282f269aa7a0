import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';
import type { StoredUseCase } from '../api.ts';
import { LoadFailed } from '../components/load-failed.tsx';
import { SaveState } from '../components/save-state.tsx';
import { useSavingClick } from '../components/saving-link.ts';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { useCurrentStepVisible } from '../components/use-current-step-visible.ts';
import { useFormat } from '../format.ts';
import { INTAKE_STEPS, type Step } from '../intake/intake-questions.ts';
import { ListEditor, UseCaseQuestionField } from '../intake/question-field.tsx';
import { flushAllEdits, useAutosave } from '../use-autosave.ts';
import { useIsSavingUseCase, useUseCase } from '../use-case-query.ts';

/**
 * The intake wizard: the problem (with the title) first, then one step per failure factor and the
 * success conditions, saved as you go. Every way off a step saves first.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const { orgId, useCaseId } = useParams();
  const query = useUseCase(orgId, useCaseId);
  const isSaving = useIsSavingUseCase(orgId, useCaseId);
  const [isReady, setReady] = useState(false);
  // Wait for a save sent from another page as it was left, once, before the wizard takes the document.
  if (!isReady && !isSaving && !query.isPending) setReady(true);
  if (query.isPending || !isReady) return <p>{t('web.common.loading')}</p>;
  if (query.isError) return <LoadFailed error={query.error} />;
  return <Wizard key={query.data.id} useCase={query.data} orgId={orgId!} />;
}

function Wizard({ useCase, orgId }: { useCase: StoredUseCase; orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { step: stepParam } = useParams();
  const index = Math.max(
    0,
    INTAKE_STEPS.findIndex((s) => s.id === stepParam),
  );
  const step = INTAKE_STEPS[index]!;
  const autosave = useAutosave(useCase, orgId);
  const base = `/o/${orgId}/use-cases/${useCase.id}`;
  const stepList = useCurrentStepVisible<HTMLOListElement>(index);

  async function go(to: string) {
    if (await flushAllEdits()) navigate(to);
  }

  return (
    <section>
      <UseCaseHeader useCase={useCase} />
      <div className="wizard">
        <nav className="steps" aria-label={t('web.intake.stepsLabel')}>
          <ol ref={stepList}>
            {INTAKE_STEPS.map((s, i) => (
              <li key={s.id}>
                <StepLink step={s} number={i + 1} isCurrent={i === index} base={base} />
              </li>
            ))}
          </ol>
        </nav>
        <div className="step-body">
          <h2>{t(`web.intake.step.${step.id}.title`)}</h2>
          <p className="lead">{t(`web.intake.step.${step.id}.intro`)}</p>
          {step.questions.map((question) =>
            question.kind === 'list' ? (
              <ListEditor
                key={question.id}
                question={question}
                doc={autosave.doc}
                onChange={autosave.update}
              />
            ) : (
              <UseCaseQuestionField
                key={question.id}
                question={question}
                doc={autosave.doc}
                onChange={autosave.update}
              />
            ),
          )}
          {step.id === 'problem' && <LabourPerWeek doc={autosave.doc} />}
          <div className="form-actions sticky">
            {index > 0 && (
              <button type="button" onClick={() => void go(`${base}/intake/${INTAKE_STEPS[index - 1]!.id}`)}>
                {t('web.intake.previous')}
              </button>
            )}
            {index < INTAKE_STEPS.length - 1 ? (
              <button
                type="button"
                className="primary"
                onClick={() => void go(`${base}/intake/${INTAKE_STEPS[index + 1]!.id}`)}
              >
                {t('web.intake.next')}
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => void go(`${base}/results?assess=1`)}>
                {t('web.intake.assess')}
              </button>
            )}
            <SaveState state={autosave.state} error={autosave.error} />
          </div>
        </div>
      </div>
    </section>
  );
}

/** A step of the step bar; it saves before it switches. */
function StepLink({
  step,
  number,
  isCurrent,
  base,
}: {
  step: Step;
  number: number;
  isCurrent: boolean;
  base: string;
}) {
  const { t } = useTranslation();
  const to = `${base}/intake/${step.id}`;
  return (
    <Link
      to={to}
      aria-current={isCurrent ? 'step' : undefined}
      className={isCurrent ? 'current' : ''}
      onClick={useSavingClick(to)}
    >
      <span className="step-number">{number}</span> {t(`web.intake.step.${step.id}.title`)}
    </Link>
  );
}

/** What the manual work costs a week, as soon as hours and the hourly cost are known. */
function LabourPerWeek({ doc }: { doc: UseCase }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const hours = doc.problem?.hoursPerWeek;
  const rate = doc.problem?.hourlyCost;
  if (hours === undefined || rate === undefined) return null;
  return (
    <p className="computed" aria-live="polite">
      {t('web.useCase.labourPerWeek', { amount: fmt.eur(hours * rate) })}
    </p>
  );
}
