import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RenderedAssessment } from '../../../src/api/assessment-schemas.ts';
import { useFormat } from '../format.ts';

type Rules = NonNullable<RenderedAssessment['rules']>;

/** A class or outcome as a badge colour: red for what stops or blocks, amber for duties, green for little. */
const TONE: Record<string, 'high' | 'medium' | 'low'> = {
  prohibited: 'high',
  'high-risk': 'high',
  transparency: 'medium',
  minimal: 'low',
  unclear: 'medium',
  required: 'high',
  recommended: 'medium',
  'not-indicated': 'low',
  'consent-required': 'medium',
  'no-works-council': 'low',
  'not-required': 'low',
};

/**
 * The "Regels" section of the results: the AI Act class and role with the reasons, the DPIA and
 * works council, what blocks a pilot, the questions that would settle an unclear class, and every
 * obligation with its article, owner and the day it applies from (marked when not verified).
 */
export function RulesPanel({ rules, intakeLink }: { rules: Rules; intakeLink: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const l = (key: string, params?: Record<string, unknown>) => t(`assessment.report.rules.${key}`, params);
  const outcomes = [
    {
      key: 'aiAct',
      value:
        rules.transparencyDuty && rules.classification !== 'transparency'
          ? `${rules.classificationName} ${l('plusTransparency')}`
          : rules.classificationName,
      tone: TONE[rules.classification],
      reasons: rules.reasons,
    },
    { key: 'role', value: rules.roleName, tone: undefined, reasons: [] },
    {
      key: 'dpia',
      value: rules.dpia.outcomeName,
      tone: TONE[rules.dpia.outcome],
      reasons: rules.dpia.reasons,
    },
    {
      key: 'worksCouncil',
      value: rules.worksCouncil.outcomeName,
      tone: TONE[rules.worksCouncil.outcome],
      reasons: rules.worksCouncil.reasons,
    },
  ];
  const notes = [
    ...new Set(rules.obligations.flatMap((o) => (o.verified || !o.dateNote ? [] : [o.dateNote]))),
  ];
  return (
    <div className="panel rules-panel">
      <h2>{l('title')}</h2>
      <p className="muted">{l('asOf', { day: fmt.longDay(rules.asOf) })}</p>
      {!rules.answered && (
        <p className="notice">
          {l('notAnswered')} <Link to={intakeLink}>{t('web.results.rulesAnswer')}</Link>
        </p>
      )}
      {rules.blockers.map((b) => (
        <p key={b} className="notice notice-bad">
          <strong>{l(`blocker.${b}`)}</strong>
        </p>
      ))}
      <dl className="rules-outcomes">
        {outcomes.map((o) => (
          <div key={o.key}>
            <dt>{l(o.key)}</dt>
            <dd>
              <span className={o.tone ? `badge risk-badge-${o.tone}` : 'badge'}>{o.value}</span>
              {o.reasons.length > 0 && (
                <ul>
                  {o.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {rules.questions.length > 0 && (
        <>
          <h3>{l('questions')}</h3>
          <ul>
            {rules.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{l('obligations')}</h3>
      <ul className="obligations">
        {rules.obligations.map((o) => (
          <li key={o.id} className={o.applies ? 'rules-obligation applies' : 'rules-obligation upcoming'}>
            <p>
              <strong>{o.text}</strong>
            </p>
            <p className="muted">
              {o.article} · {o.owner} ·{' '}
              {o.applies
                ? l('appliesSince', { day: fmt.longDay(o.appliesFrom) })
                : l('appliesFrom', { day: fmt.longDay(o.appliesFrom) })}
              {!o.verified && ` (${l('unverified')})`}
              {o.source.url && (
                <>
                  {' · '}
                  <a href={o.source.url} rel="noreferrer noopener" target="_blank">
                    {l('sources')}
                  </a>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      {notes.length > 0 && (
        <ul className="muted small">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
