import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { StoredUseCase } from '../api.ts';
import { SaveState } from '../components/save-state.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { INTAKE_STEPS } from '../intake/intake-questions.ts';
import { ListEditor, UseCaseQuestionField } from '../intake/question-field.tsx';
import { useAutosave } from '../use-autosave.ts';
import { useUseCase } from '../use-case-query.ts';

/** The intake wizard: one step per failure factor plus the success conditions, saved as you go. */
export function IntakePage() {
  const { t } = useTranslation();
  const { orgId, useCaseId } = useParams();
  const query = useUseCase(orgId, useCaseId);
  if (query.isPending) return <p>{t('web.common.loading')}</p>;
  if (query.isError) return <p role="alert">{(query.error as Error).message}</p>;
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

  async function go(to: string) {
    await autosave.flush();
    navigate(to);
  }

  return (
    <section>
      <UseCaseHeader useCase={useCase} />
      <div className="wizard">
        <nav className="steps" aria-label={t('web.intake.stepsLabel')}>
          <ol>
            {INTAKE_STEPS.map((s, i) => (
              <li key={s.id}>
                <Link
                  to={`${base}/intake/${s.id}`}
                  aria-current={i === index ? 'step' : undefined}
                  className={i === index ? 'current' : ''}
                  onClick={() => void autosave.flush()}
                >
                  <span className="step-number">{i + 1}</span> {t(`web.intake.step.${s.id}.title`)}
                </Link>
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
