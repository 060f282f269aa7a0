import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_SURVEY_GROUPS,
  SURVEY_K_DEFAULT,
  SURVEY_K_MAX,
  SURVEY_K_MIN,
  SURVEY_WAVES,
  type SurveyWave,
} from '../../../src/core/survey/survey-types.ts';
import { apiHref } from '../api.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { useSurveyLabels } from './survey-labels.ts';
import { useCloseRound, useOpenRound } from './survey-queries.ts';
import type { RoundView, UseCaseIds } from './survey-types.ts';

/** The groups typed one per line: trimmed, empty lines and repeats left out. */
export function groupsFromLines(text: string): string[] {
  const seen = new Set<string>();
  const groups: string[] = [];
  for (const line of text.split('\n')) {
    const group = line.trim();
    if (group === '' || seen.has(group.toLowerCase())) continue;
    seen.add(group.toLowerCase());
    groups.push(group);
  }
  return groups;
}

/** Opens a round: the wave, optional groups (one per line) and k, the smallest group shown. */
export function OpenRoundForm({ ids, onOpened }: { ids: UseCaseIds; onOpened: (round: RoundView) => void }) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const open = useOpenRound(ids);
  const id = useId();
  const [wave, setWave] = useState<SurveyWave>('before');
  const [groupText, setGroupText] = useState('');
  const [k, setK] = useState(String(SURVEY_K_DEFAULT));
  const kValue = Number(k);
  const isKValid = Number.isInteger(kValue) && kValue >= SURVEY_K_MIN && kValue <= SURVEY_K_MAX;
  const groups = groupsFromLines(groupText);
  const hasTooManyGroups = groups.length > MAX_SURVEY_GROUPS;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!isKValid || hasTooManyGroups) return;
    const round = await open.mutateAsync({ wave, k: kValue, ...(groups.length > 0 ? { groups } : {}) });
    setGroupText('');
    onOpened(round);
  }

  return (
    <form className="survey-open-form" onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
      <h3>{t('surveyWeb.rounds.openTitle')}</h3>
      <fieldset className="field survey-waves">
        <legend>{t('surveyWeb.rounds.wave')}</legend>
        {SURVEY_WAVES.map((w) => (
          <label key={w} className={wave === w ? 'checked' : ''}>
            <input
              type="radio"
              name={`${id}-wave`}
              value={w}
              checked={wave === w}
              onChange={() => setWave(w)}
            />{' '}
            {l.wave(w)}
            <span className="hint">{t(`surveyWeb.rounds.waveHint.${w}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-groups`}>{t('surveyWeb.rounds.groups')}</label>
        <textarea
          id={`${id}-groups`}
          rows={3}
          value={groupText}
          onChange={(e) => setGroupText(e.target.value)}
          aria-describedby={`${id}-groups-hint`}
          aria-invalid={hasTooManyGroups || undefined}
        />
        <span className="hint" id={`${id}-groups-hint`}>
          {t('surveyWeb.rounds.groupsHint')}
        </span>
        {hasTooManyGroups && (
          <span className="field-error" role="alert">
            {t('surveyWeb.rounds.tooManyGroups', { max: MAX_SURVEY_GROUPS })}
          </span>
        )}
      </div>
      <div className="field survey-k">
        <label htmlFor={`${id}-k`}>{t('surveyWeb.rounds.k')}</label>
        <input
          id={`${id}-k`}
          type="number"
          inputMode="numeric"
          min={SURVEY_K_MIN}
          max={SURVEY_K_MAX}
          step={1}
          value={k}
          onChange={(e) => setK(e.target.value)}
          aria-describedby={`${id}-k-hint`}
          aria-invalid={!isKValid || undefined}
        />
        <span className="hint" id={`${id}-k-hint`}>
          {t('surveyWeb.rounds.kHint', { k: isKValid ? kValue : SURVEY_K_DEFAULT })}
        </span>
        {!isKValid && (
          <span className="field-error" role="alert">
            {t('surveyWeb.rounds.kInvalid', { min: SURVEY_K_MIN, max: SURVEY_K_MAX })}
          </span>
        )}
      </div>
      {open.isError && (
        <p className="error" role="alert">
          {open.error.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={open.isPending}>
        {open.isPending ? t('web.common.busy') : t('surveyWeb.rounds.open')}
      </button>
    </form>
  );
}

/** The rounds with their links to copy, their state, and a way to close an open one. */
export function RoundList({
  ids,
  rounds,
  chosenId,
  onChoose,
  canManage,
}: {
  ids: UseCaseIds;
  rounds: RoundView[];
  chosenId: string | undefined;
  onChoose: (id: string) => void;
  /** Owners and advisers close and export rounds. */
  canManage: boolean;
}) {
  const { t } = useTranslation();
  if (rounds.length === 0) return <p className="muted">{t('surveyWeb.rounds.none')}</p>;
  return (
    <ul className="survey-rounds">
      {rounds.map((r) => (
        <RoundCard
          key={r.id}
          ids={ids}
          round={r}
          isChosen={r.id === chosenId}
          onChoose={() => onChoose(r.id)}
          canManage={canManage}
        />
      ))}
    </ul>
  );
}

function RoundCard({
  ids,
  round,
  isChosen,
  onChoose,
  canManage,
}: {
  ids: UseCaseIds;
  round: RoundView;
  isChosen: boolean;
  onChoose: () => void;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const close = useCloseRound(ids);
  const [isConfirming, setConfirming] = useState(false);
  const headingId = useId();
  return (
    <li className={`survey-round${isChosen ? ' is-chosen' : ''}`} data-round={round.id}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          {t('surveyWeb.rounds.roundTitle', { wave: l.wave(round.wave), date: l.day(round.openedOn) })}
        </h3>
        <p className="survey-round-meta">
          <span className={`badge survey-status-${round.status}`}>
            {t(`surveyWeb.rounds.status.${round.status}`)}
          </span>{' '}
          {round.closedOn
            ? t('surveyWeb.rounds.closedOn', { date: l.day(round.closedOn) })
            : t('surveyWeb.rounds.openedOn', { date: l.day(round.openedOn) })}
          {' · '}
          {round.responses === null
            ? t('surveyWeb.rounds.countHidden', { count: round.k })
            : round.status === 'open'
              ? t('surveyWeb.rounds.countOpen', { count: round.responses, k: round.k })
              : t('surveyWeb.count.responses', { count: round.responses })}
          {' · '}
          {t('surveyWeb.rounds.kShort', { k: round.k })}
        </p>
        {round.status === 'open' && (
          <>
            <p className="hint">
              {round.links.length > 1
                ? t('surveyWeb.rounds.linksHintGroups')
                : t('surveyWeb.rounds.linksHint')}
            </p>
            <ul className="survey-links">
              {round.links.map((link) => {
                const url = `${window.location.origin}${link.path}`;
                const name = link.group === null ? l.generalLink() : (link.label ?? link.group);
                return (
                  <li key={link.token}>
                    <span className="survey-link-name">{name}</span>
                    <input
                      readOnly
                      value={url}
                      aria-label={t('surveyWeb.rounds.linkLabel', { name })}
                      onFocus={(e) => e.target.select()}
                    />
                    <CopyButton text={url} label={t('surveyWeb.rounds.copy')} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <div className="survey-round-actions">
          <button type="button" onClick={onChoose} aria-pressed={isChosen}>
            {t('surveyWeb.rounds.showResults')}
          </button>
          {round.status === 'closed' && canManage && (
            <a
              className="button"
              href={apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/export.csv', {
                params: { ...ids, roundId: round.id },
                query: {},
              })}
              download
            >
              {t('surveyWeb.rounds.export')}
            </a>
          )}
          {round.status === 'open' && canManage && !isConfirming && (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('surveyWeb.rounds.close')}
            </button>
          )}
        </div>
        {isConfirming && (
          <div className="survey-confirm">
            <p>{t('surveyWeb.rounds.closeConfirm')}</p>
            <button
              type="button"
              className="danger"
              disabled={close.isPending}
              onClick={() => close.mutate(round.id, { onSuccess: () => setConfirming(false) })}
            >
              {t('surveyWeb.rounds.closeYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('surveyWeb.common.cancel')}
            </button>
          </div>
        )}
        {close.isError && (
          <p className="error" role="alert">
            {close.error.message}
          </p>
        )}
      </article>
    </li>
  );
}
