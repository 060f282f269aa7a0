import { useTranslation } from 'react-i18next';
import type { UseCaseDocument } from '../api.ts';
import { NumberField, SelectField, TextField, YesNoField } from '../components/fields.tsx';
import { getPath, isNotApplicable, setNotApplicable, setPath } from '../document-paths.ts';
import type { ListQuestion, Question } from './intake-questions.ts';

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

/** One intake question, rendered by its kind, reading and writing its path in the document. */
export function QuestionField({
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

/** A list of items (data sources, vendors, KPIs), each with its own sub-questions. */
export function ListEditor({
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
