import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PERSONAL_DATA_GATES,
  VENDOR_ANSWER_VALUES,
  VENDOR_GATES,
  VENDOR_LIMITS,
  VENDOR_SCORED_QUESTIONS,
  type VendorAnswer,
  type VendorAnswers,
  type VendorAnswerValue,
  type VendorEvidence,
  type VendorQuestionId,
} from '../../../src/core/vendors/vendor-types.ts';
import { ChoiceField, NumberField } from '../components/fields.tsx';
import { useFormat } from '../format.ts';

type FileEvidence = Extract<VendorEvidence, { kind: 'file' }>;

export type QuestionnaireFormProps = {
  answers: VendorAnswers;
  onChange: (next: VendorAnswers) => void;
  /** Whether personal data is involved: without it the processing agreement and EU hosting do not apply. */
  personalData: boolean | null;
  /** Shows the answers without controls (a member of the organisation). */
  isReadOnly?: boolean;
  /** Sends an evidence file and returns the evidence that names it; absent, no upload is offered. */
  upload?: ((file: File) => Promise<FileEvidence>) | undefined;
  /** Where an evidence file can be downloaded (the organisation's own view only). */
  fileHref?: ((fileId: string) => string) | undefined;
  /** The level of the two part headings: 2 on the vendor's own page, 4 inside a vendor on the tab. */
  headingLevel: 2 | 4;
};

/** An answer with an empty question-specific field left out, so the saved answer holds what was said. */
function cleaned(answer: VendorAnswer): VendorAnswer {
  const next: VendorAnswer = { ...answer };
  if (next.comment !== undefined && next.comment.trim() === '') delete next.comment;
  if (next.evidence !== undefined && next.evidence.length === 0) delete next.evidence;
  if (next.subProcessors !== undefined) {
    const rows = next.subProcessors.filter((s) => s.name.trim() !== '' || s.location.trim() !== '');
    if (rows.length === 0) delete next.subProcessors;
  }
  return next;
}

/** Whether an answer says anything beyond its value. */
const hasContent = (a: VendorAnswer) => Object.keys(cleaned(a)).some((k) => k !== 'value');

/**
 * The vendor questionnaire as a form: the must-pass gates first, then the scored questions; per
 * question the answer (yes, partly, no, unknown), a comment, the question's own figures and the
 * evidence (a URL, a contract clause, a file). Used by the owner on the Vendors tab and by the vendor
 * through its link.
 */
export function QuestionnaireForm(props: QuestionnaireFormProps) {
  const { t } = useTranslation();
  const H = `h${props.headingLevel}` as 'h2' | 'h4';
  const set = (question: VendorQuestionId, answer: VendorAnswer | undefined) => {
    const next = { ...props.answers };
    if (answer === undefined) delete next[question];
    else next[question] = cleaned(answer);
    props.onChange(next);
  };
  const block = (question: VendorQuestionId, isGate: boolean) => (
    <QuestionBlock
      key={question}
      {...props}
      question={question}
      isGate={isGate}
      answer={props.answers[question]}
      onAnswer={(a) => set(question, a)}
    />
  );
  return (
    <div className="vendor-questionnaire">
      {/* Not a landmark: a page may hold the questionnaires of several vendors. */}
      <div className="vendor-part">
        <H>{t('vendorsWeb.form.gatesTitle')}</H>
        <p className="hint">{t('vendorsWeb.form.gatesIntro')}</p>
        {VENDOR_GATES.map((g) => block(g, true))}
      </div>
      <div className="vendor-part">
        <H>{t('vendorsWeb.form.scoredTitle')}</H>
        <p className="hint">{t('vendorsWeb.form.scoredIntro')}</p>
        {VENDOR_SCORED_QUESTIONS.map((q) => block(q, false))}
      </div>
    </div>
  );
}

function QuestionBlock(
  props: QuestionnaireFormProps & {
    question: VendorQuestionId;
    isGate: boolean;
    answer: VendorAnswer | undefined;
    onAnswer: (a: VendorAnswer | undefined) => void;
  },
) {
  const { t } = useTranslation();
  const id = useId();
  const { question, answer, isReadOnly } = props;
  const isEvidenced = (answer?.evidence?.length ?? 0) > 0;
  const update = (patch: Partial<VendorAnswer>) =>
    props.onAnswer({ ...(answer ?? { value: 'unknown' }), ...patch } as VendorAnswer);
  const notNeeded = props.personalData === false && PERSONAL_DATA_GATES.some((g) => g === question);
  return (
    <fieldset className="vendor-question" data-question={question} aria-describedby={`${id}-help`}>
      <legend className="vendor-question-title">
        {t(`vendors.question.${question}.title`)}
        {props.isGate && <span className="badge vendor-gate-badge">{t('vendorsWeb.form.mustPass')}</span>}
      </legend>
      <p className="hint" id={`${id}-help`}>
        {t(`vendors.question.${question}.help`)}
      </p>
      {notNeeded && <p className="hint">{t('vendorsWeb.form.noPersonalData')}</p>}
      {isReadOnly ? (
        <ReadOnlyAnswer answer={answer} fileHref={props.fileHref} />
      ) : (
        <>
          <ChoiceField<VendorAnswerValue>
            label={t('vendorsWeb.form.answer')}
            value={answer?.value}
            options={VENDOR_ANSWER_VALUES.map((v) => ({ value: v, label: t(`vendors.answer.${v}`) }))}
            onChange={(value) => {
              if (value !== undefined) update({ value });
              else if (answer && hasContent(answer)) update({ value: 'unknown' });
              else props.onAnswer(undefined);
            }}
          />
          {answer && (
            <p className="vendor-basis">
              <span className={`badge ${isEvidenced ? 'vendor-evidenced' : 'vendor-self-declared'}`}>
                {t(isEvidenced ? 'vendors.basis.evidenced' : 'vendors.basis.selfDeclared')}
              </span>
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-comment`}>{t('vendorsWeb.form.comment')}</label>
            <textarea
              id={`${id}-comment`}
              rows={3}
              maxLength={VENDOR_LIMITS.comment}
              value={answer?.comment ?? ''}
              onChange={(e) => update({ comment: e.target.value })}
            />
          </div>
          <SpecificFields question={question} answer={answer} update={update} />
          <EvidenceEditor
            evidence={answer?.evidence ?? []}
            onChange={(evidence) => update({ evidence })}
            upload={props.upload}
            fileHref={props.fileHref}
          />
        </>
      )}
    </fieldset>
  );
}

/** The figures one question asks for besides its answer. */
function SpecificFields({
  question,
  answer,
  update,
}: {
  question: VendorQuestionId;
  answer: VendorAnswer | undefined;
  update: (patch: Partial<VendorAnswer>) => void;
}) {
  const { t } = useTranslation();
  switch (question) {
    case 'subProcessors':
      return (
        <SubProcessors
          rows={answer?.subProcessors ?? []}
          onChange={(rows) => update({ subProcessors: rows })}
        />
      );
    case 'exitTerms':
      return (
        <NumberField
          label={t('vendorsWeb.form.noticeMonths')}
          unit={t('vendorsWeb.form.months')}
          min={0}
          max={240}
          value={answer?.noticeMonths}
          onChange={(v) => update({ noticeMonths: v })}
        />
      );
    case 'pilotFirst':
      return (
        <NumberField
          label={t('vendorsWeb.form.contractMonths')}
          unit={t('vendorsWeb.form.months')}
          min={0}
          max={240}
          value={answer?.contractMonths}
          onChange={(v) => update({ contractMonths: v })}
        />
      );
    case 'threeYearCost':
      return <Tco tco={answer?.tco} onChange={(tco) => update({ tco })} />;
    case 'ownDataAccuracy':
      return (
        <NumberField
          label={t('vendorsWeb.form.accuracy')}
          hint={t('vendorsWeb.form.accuracyHint')}
          unit="%"
          scale={100}
          min={0}
          max={100}
          value={answer?.accuracy}
          onChange={(v) => update({ accuracy: v })}
        />
      );
    case 'humanShare':
      return (
        <NumberField
          label={t('vendorsWeb.form.humanShare')}
          hint={t('vendorsWeb.form.humanShareHint')}
          unit="%"
          scale={100}
          min={0}
          max={100}
          value={answer?.humanShare}
          onChange={(v) => update({ humanShare: v })}
        />
      );
    default:
      return null;
  }
}

const TCO_PARTS = ['licence', 'implementation', 'support', 'other'] as const;
type Tco = NonNullable<VendorAnswer['tco']>;

/** The three-year cost by part; a part left empty counts as €0 once another part is filled in. */
function Tco({ tco, onChange }: { tco: Tco | undefined; onChange: (tco: Tco | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field vendor-tco">
      <legend>{t('vendorsWeb.form.tcoTitle')}</legend>
      <div className="vendor-grid">
        {TCO_PARTS.map((part) => (
          <NumberField
            key={part}
            label={t(`vendorsWeb.form.tco.${part}`)}
            unit="€"
            min={0}
            max={1_000_000_000}
            value={tco?.[part]}
            onChange={(v) => {
              const next = { licence: 0, implementation: 0, support: 0, other: 0, ...tco, [part]: v ?? 0 };
              onChange(TCO_PARTS.every((p) => next[p] === 0) && v === undefined ? undefined : next);
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}

type SubProcessor = { name: string; location: string };

function SubProcessors({
  rows,
  onChange,
}: {
  rows: SubProcessor[];
  onChange: (rows: SubProcessor[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const shown = rows.length === 0 ? [{ name: '', location: '' }] : rows;
  const change = (i: number, patch: Partial<SubProcessor>) =>
    onChange(shown.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field vendor-subprocessors">
      <legend>{t('vendorsWeb.form.subProcessors')}</legend>
      <ul className="vendor-plain-list">
        {shown.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <li key={i} className="vendor-grid">
            <div className="field">
              <label htmlFor={`${id}-${i}-name`}>{t('vendorsWeb.form.subProcessorName', { n: i + 1 })}</label>
              <input
                id={`${id}-${i}-name`}
                maxLength={200}
                value={row.name}
                onChange={(e) => change(i, { name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${i}-location`}>
                {t('vendorsWeb.form.subProcessorLocation', { n: i + 1 })}
              </label>
              <input
                id={`${id}-${i}-location`}
                maxLength={200}
                value={row.location}
                onChange={(e) => change(i, { location: e.target.value })}
              />
            </div>
            {shown.length > 1 && (
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(shown.filter((_, j) => j !== i))}
              >
                {t('vendorsWeb.form.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {shown.length < VENDOR_LIMITS.subProcessors && (
        <button type="button" onClick={() => onChange([...shown, { name: '', location: '' }])}>
          {t('vendorsWeb.form.addSubProcessor')}
        </button>
      )}
    </fieldset>
  );
}

const isWebAddress = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** The evidence behind an answer: a web address, a contract clause, a file; each can be taken back. */
function EvidenceEditor({
  evidence,
  onChange,
  upload,
  fileHref,
}: {
  evidence: VendorEvidence[];
  onChange: (next: VendorEvidence[]) => void;
  upload: ((file: File) => Promise<FileEvidence>) | undefined;
  fileHref: ((fileId: string) => string) | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState('');
  const [clause, setClause] = useState('');
  const [urlError, setUrlError] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [isUploading, setUploading] = useState(false);
  const isFull = evidence.length >= VENDOR_LIMITS.evidencePerAnswer;

  async function send(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file || !upload) return;
    setUploadError(null);
    if (file.size > VENDOR_LIMITS.evidenceFileBytes) {
      setUploadError(
        t('vendorsWeb.evidence.tooLarge', { mb: VENDOR_LIMITS.evidenceFileBytes / 1024 / 1024 }),
      );
      input.value = '';
      return;
    }
    setUploading(true);
    try {
      const stored = await upload(file);
      onChange([...evidence, stored]);
    } catch (e) {
      setUploadError(e instanceof Error ? e.message : String(e));
    } finally {
      setUploading(false);
      input.value = '';
    }
  }

  return (
    <div className="vendor-evidence">
      <p className="vendor-evidence-title">{t('vendorsWeb.evidence.title')}</p>
      {evidence.length === 0 ? (
        <p className="hint">{t('vendorsWeb.evidence.none')}</p>
      ) : (
        <EvidenceList
          evidence={evidence}
          fileHref={fileHref}
          onRemove={(i) => onChange(evidence.filter((_, j) => j !== i))}
        />
      )}
      {isFull ? (
        <p className="hint">{t('vendorsWeb.evidence.full', { max: VENDOR_LIMITS.evidencePerAnswer })}</p>
      ) : (
        <details className="vendor-evidence-add">
          <summary className="vendor-summary">{t('vendorsWeb.evidence.add')}</summary>
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('vendorsWeb.evidence.url')}</label>
            <div className="vendor-inline-add">
              <input
                id={`${id}-url`}
                className="vendor-inline-input"
                type="url"
                inputMode="url"
                placeholder="https://"
                maxLength={VENDOR_LIMITS.url}
                value={url}
                aria-invalid={urlError || undefined}
                onChange={(e) => {
                  setUrl(e.target.value);
                  setUrlError(false);
                }}
              />
              <button
                type="button"
                onClick={() => {
                  const text = url.trim();
                  if (!isWebAddress(text)) return setUrlError(true);
                  onChange([...evidence, { kind: 'url', url: text }]);
                  setUrl('');
                }}
              >
                {t('vendorsWeb.evidence.addUrl')}
              </button>
            </div>
            {urlError && (
              <span className="field-error" role="alert">
                {t('vendorsWeb.evidence.urlInvalid')}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-clause`}>{t('vendorsWeb.evidence.clause')}</label>
            <textarea
              id={`${id}-clause`}
              rows={3}
              maxLength={VENDOR_LIMITS.clause}
              value={clause}
              onChange={(e) => setClause(e.target.value)}
            />
            <button
              type="button"
              disabled={clause.trim() === ''}
              onClick={() => {
                onChange([...evidence, { kind: 'clause', text: clause.trim() }]);
                setClause('');
              }}
            >
              {t('vendorsWeb.evidence.addClause')}
            </button>
          </div>
          {upload && (
            <div className="field">
              <label htmlFor={`${id}-file`}>{t('vendorsWeb.evidence.file')}</label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,.txt,.docx,.xlsx"
                aria-describedby={`${id}-file-hint`}
                disabled={isUploading}
                onChange={(e) => void send(e.target)}
              />
              <span className="hint" id={`${id}-file-hint`}>
                {t('vendorsWeb.evidence.fileHint', { mb: VENDOR_LIMITS.evidenceFileBytes / 1024 / 1024 })}
              </span>
              {isUploading && <span role="status">{t('web.common.busy')}</span>}
              {uploadError && (
                <span className="field-error" role="alert">
                  {uploadError}
                </span>
              )}
            </div>
          )}
        </details>
      )}
    </div>
  );
}

/** The evidence items as a list; with `onRemove`, each can be taken back. */
export function EvidenceList({
  evidence,
  fileHref,
  onRemove,
}: {
  evidence: VendorEvidence[];
  fileHref?: ((fileId: string) => string) | undefined;
  onRemove?: (index: number) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const item = (e: VendorEvidence): ReactNode => {
    switch (e.kind) {
      case 'url':
        return (
          <>
            <span className="vendor-evidence-kind">{t('vendorsWeb.evidence.kind.url')}</span>{' '}
            <a href={e.url} rel="noreferrer noopener" target="_blank">
              {e.url}
            </a>
          </>
        );
      case 'clause':
        return (
          <>
            <span className="vendor-evidence-kind">{t('vendorsWeb.evidence.kind.clause')}</span>{' '}
            <q className="vendor-quote">{e.text}</q>
          </>
        );
      case 'file':
        return (
          <>
            <span className="vendor-evidence-kind">{t('vendorsWeb.evidence.kind.file')}</span>{' '}
            {fileHref ? (
              <a href={fileHref(e.fileId)} download>
                {e.name}
              </a>
            ) : (
              e.name
            )}{' '}
            <span className="muted">
              ({t('vendorsWeb.evidence.kb', { kb: fmt.number(Math.max(1, Math.round(e.bytes / 1024))) })})
            </span>
          </>
        );
    }
  };
  return (
    <ul className="vendor-evidence-list">
      {evidence.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: evidence items have no identity but their place
        <li key={i} className="vendor-evidence-item">
          {item(e)}
          {onRemove && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => onRemove(i)}>
                {t('vendorsWeb.form.remove')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One answer as text, for a member who reads but does not edit. */
function ReadOnlyAnswer({
  answer,
  fileHref,
}: {
  answer: VendorAnswer | undefined;
  fileHref: ((fileId: string) => string) | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!answer) return <p className="muted">{t('vendorsWeb.form.notAnswered')}</p>;
  const isEvidenced = (answer.evidence?.length ?? 0) > 0;
  const figures: string[] = [];
  if (answer.noticeMonths !== undefined)
    figures.push(`${t('vendorsWeb.form.noticeMonths')}: ${fmt.number(answer.noticeMonths)}`);
  if (answer.contractMonths !== undefined)
    figures.push(`${t('vendorsWeb.form.contractMonths')}: ${fmt.number(answer.contractMonths)}`);
  if (answer.accuracy !== undefined)
    figures.push(`${t('vendorsWeb.form.accuracy')}: ${fmt.percent(answer.accuracy)}`);
  if (answer.humanShare !== undefined)
    figures.push(`${t('vendorsWeb.form.humanShare')}: ${fmt.percent(answer.humanShare)}`);
  if (answer.tco)
    figures.push(
      TCO_PARTS.map((p) => `${t(`vendorsWeb.form.tco.${p}`)} ${fmt.eur(answer.tco?.[p] ?? 0)}`).join(', '),
    );
  return (
    <div className="vendor-readonly">
      <p>
        <strong>{t(`vendors.answer.${answer.value}`)}</strong>{' '}
        <span className={`badge ${isEvidenced ? 'vendor-evidenced' : 'vendor-self-declared'}`}>
          {t(isEvidenced ? 'vendors.basis.evidenced' : 'vendors.basis.selfDeclared')}
        </span>
      </p>
      {answer.comment && <q className="vendor-quote">{answer.comment}</q>}
      {figures.length > 0 && (
        <ul className="vendor-plain-list">
          {figures.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
      {answer.subProcessors && answer.subProcessors.length > 0 && (
        <ul className="vendor-plain-list">
          {answer.subProcessors.map((s) => (
            <li key={`${s.name}|${s.location}`}>
              {s.name} ({s.location})
            </li>
          ))}
        </ul>
      )}
      {answer.evidence && answer.evidence.length > 0 && (
        <EvidenceList evidence={answer.evidence} fileHref={fileHref} />
      )}
    </div>
  );
}
