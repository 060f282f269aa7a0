import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { StoredUseCase, UseCaseDocument } from '../api.ts';
import { NumberField, SelectField, TextField, YesNoField } from '../components/fields.tsx';
import { SaveState } from '../components/save-state.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { getPath, isNotApplicable, setNotApplicable, setPath } from '../document-paths.ts';
import { INTAKE_STEPS, type ListQuestion, type Question } from '../intake/intake-questions.ts';
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
              <QuestionField
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

function texts(t: (k: string) => string, id: string) {
  const key = `web.intake.q.${id}`;
  const hint = t(`${key}.hint`);
  const why = t(`${key}.why`);
  return {
    label: t(`${key}.label`),
    hint: hint === `${key}.hint` ? undefined : hint,
    why: why === `${key}.why` ? undefined : why,
  };
}

function QuestionField({
  question,
  doc,
  onChange,
  prefix = '',
}: {
  question: Question;
  doc: UseCaseDocument;
  onChange: (d: UseCaseDocument) => void;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const path = prefix + question.path;
  const value = getPath(doc, path);
  const set = (v: unknown) => onChange(setPath(doc, path, v));
  const text = texts(t, question.id);
  switch (question.kind) {
    case 'text':
    case 'multiline':
      return (
        <TextField
          {...text}
          multiline={question.kind === 'multiline'}
          value={value as string | undefined}
          onChange={set}
        />
      );
    case 'number':
      return (
        <NumberField
          {...text}
          value={value as number | undefined}
          onChange={set}
          {...(question.unit ? { unit: t(`web.intake.unit.${question.unit}`) } : {})}
          {...(question.min === undefined ? {} : { min: question.min })}
          {...(question.max === undefined ? {} : { max: question.max })}
          {...(question.scale === undefined ? {} : { scale: question.scale })}
        />
      );
    case 'yesno':
      return (
        <YesNoField
          {...text}
          value={value as boolean | undefined}
          onChange={set}
          notApplicable={question.na ? isNotApplicable(doc, path) : undefined}
          onNotApplicable={question.na ? (on) => onChange(setNotApplicable(doc, path, on)) : undefined}
        />
      );
    case 'select':
      return (
        <SelectField
          {...text}
          value={value as string | undefined}
          options={question.options.map((o) => ({
            value: o,
            label: t(`web.intake.option.${question.id}.${o}`),
          }))}
          onChange={set}
        />
      );
  }
}

function ListEditor({
  question,
  doc,
  onChange,
}: {
  question: ListQuestion;
  doc: UseCaseDocument;
  onChange: (d: UseCaseDocument) => void;
}) {
  const { t } = useTranslation();
  const items = (getPath(doc, question.path) as UseCaseDocument[] | undefined) ?? [];
  const text = texts(t, question.id);
  const na = question.na ? isNotApplicable(doc, question.path) : false;
  const setItems = (next: UseCaseDocument[]) =>
    onChange(setPath(doc, question.path, next.length ? next : undefined));
  return (
    <fieldset className="list-editor">
      <legend>{text.label}</legend>
      {text.hint && <p className="hint">{text.hint}</p>}
      {text.why && (
        <details className="why">
          <summary>{t('web.field.whyWeAsk')}</summary>
          <p>{text.why}</p>
        </details>
      )}
      {question.na && (
        <label className="inline-check">
          <input
            type="checkbox"
            checked={na}
            onChange={(e) => onChange(setNotApplicable(doc, question.path, e.target.checked))}
          />
          {t(`web.intake.q.${question.id}.na`)}
        </label>
      )}
      {!na &&
        items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity of their own; position is what the document stores
          <div className="list-item" key={`${question.id}-${i}`}>
            <div className="list-item-head">
              <strong>{t(`web.intake.q.${question.id}.item`, { n: i + 1 })}</strong>
              <button type="button" onClick={() => setItems(items.filter((_, j) => j !== i))}>
                {t('web.intake.remove')}
              </button>
            </div>
            <div className="grid-2">
              {question.item.map((sub) => (
                <QuestionField
                  key={sub.id}
                  question={sub}
                  doc={{ item }}
                  prefix="item."
                  onChange={(d) =>
                    setItems(items.map((x, j) => (j === i ? ((d.item as UseCaseDocument) ?? {}) : x)))
                  }
                />
              ))}
            </div>
          </div>
        ))}
      {!na && (
        <button type="button" onClick={() => setItems([...items, {}])}>
          {t(`web.intake.q.${question.id}.add`)}
        </button>
      )}
    </fieldset>
  );
}
