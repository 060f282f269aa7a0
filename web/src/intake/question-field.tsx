import { useTranslation } from 'react-i18next';
import { notApplicableTest } from '../../../src/core/assessment/not-applicable.ts';
import {
  type DocumentPath,
  type ValueAtPath,
  valueAtPath,
  withNotApplicable,
  withValueAtPath,
} from '../../../src/core/use-case/use-case-paths.ts';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';
import {
  CheckGroupField,
  ChoiceField,
  NumberField,
  SelectField,
  TextField,
  YesNoField,
} from '../components/fields.tsx';
import type { ListItem, ListQuestion, Question } from './intake-questions.ts';

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

/**
 * One intake question, rendered by its kind, reading and writing its path in a document: the use
 * case, or one item of a list (a data source, a vendor, a KPI). `notApplicable` offers the "not
 * applicable" answer for a yes/no question (only questions of the use case itself have it).
 */
export function QuestionField<D extends object>({
  question,
  doc,
  onChange,
  notApplicable,
}: {
  question: Question<D>;
  doc: D;
  onChange: (d: D) => void;
  notApplicable?: { isOn: boolean; set: (on: boolean) => void } | undefined;
}) {
  const { t } = useTranslation();
  // Each kind of question names a path of its own value type (intake-questions.ts); here they are one.
  const path = question.path as DocumentPath<D>;
  const value: unknown = valueAtPath(doc, path);
  const set = (v: unknown) => onChange(withValueAtPath(doc, path, v as ValueAtPath<D, typeof path>));
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
          notApplicable={notApplicable?.isOn}
          onNotApplicable={notApplicable?.set}
        />
      );
    case 'select':
    case 'choice': {
      const Field = question.kind === 'select' ? SelectField : ChoiceField;
      return (
        <Field
          {...text}
          value={value as string | undefined}
          options={question.options.map((o) => ({
            value: String(o),
            label: t(`web.intake.option.${question.id}.${o}`),
          }))}
          onChange={set}
        />
      );
    }
    case 'multi':
      return (
        <CheckGroupField
          {...text}
          value={value as string[] | undefined}
          options={question.options.map((o) => ({
            value: String(o),
            label: t(`web.intake.option.${question.id}.${o}`),
          }))}
          exclusive={(question.exclusive ?? []).map(String)}
          onChange={set}
        />
      );
  }
}

/** A question of the use case itself, with "not applicable" where the question allows it. */
export function UseCaseQuestionField({
  question,
  doc,
  onChange,
}: {
  question: Question;
  doc: UseCase;
  onChange: (d: UseCase) => void;
}) {
  const notApplicable =
    question.kind === 'yesno' && question.na
      ? {
          isOn: notApplicableTest(doc.notApplicable)(question.path),
          set: (on: boolean) => onChange(withNotApplicable(doc, question.path, on)),
        }
      : undefined;
  return <QuestionField question={question} doc={doc} onChange={onChange} notApplicable={notApplicable} />;
}

/** A list of items (data sources, vendors, KPIs), each with its own sub-questions. */
export function ListEditor({
  question,
  doc,
  onChange,
}: {
  question: ListQuestion;
  doc: UseCase;
  onChange: (d: UseCase) => void;
}) {
  const { t } = useTranslation();
  type Item = ListItem<typeof question.path>;
  const items: Item[] = valueAtPath(doc, question.path) ?? [];
  const text = texts(t, question.id);
  const na = question.na ? notApplicableTest(doc.notApplicable)(question.path) : false;
  const setItems = (next: Item[]) =>
    onChange(withValueAtPath(doc, question.path, (next.length ? next : undefined) as never));
  const subQuestions = question.item as readonly Question<Item>[];
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
            onChange={(e) => onChange(withNotApplicable(doc, question.path, e.target.checked))}
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
              {subQuestions.map((sub) => (
                <QuestionField
                  key={sub.id}
                  question={sub}
                  doc={item}
                  onChange={(next) => setItems(items.map((x, j) => (j === i ? next : x)))}
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
