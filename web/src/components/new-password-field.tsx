import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../src/core/message.ts';
import {
  checkNewPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from '../../../src/core/password-policy.ts';

/**
 * A field for choosing a new password: the rule underneath, and the reasons it is refused once the
 * person leaves the field (the policy from src/core, without the common-password list, which only the
 * server has). `serverReasons` are those of the server's last answer; the parent clears them on change.
 */
export function NewPasswordField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  email: string;
  name?: string;
  serverReasons?: readonly Message[];
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const reasonsId = useId();
  const [isTouched, setIsTouched] = useState(false);
  const local =
    props.value === '' ? [] : checkNewPassword(props.value, { email: props.email, name: props.name ?? '' });
  const reasons = props.serverReasons && props.serverReasons.length > 0 ? props.serverReasons : local;
  const isShown = (isTouched || props.serverReasons !== undefined) && reasons.length > 0;
  return (
    <label>
      {props.label}
      <input
        type="password"
        autoComplete="new-password"
        value={props.value}
        maxLength={MAX_PASSWORD_LENGTH}
        aria-invalid={isShown}
        aria-describedby={isShown ? `${hintId} ${reasonsId}` : hintId}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={() => setIsTouched(true)}
        required
      />
      <span className="hint" id={hintId}>
        {t('common.password.rule', { min: MIN_PASSWORD_LENGTH })}
      </span>
      {isShown && (
        <ul className="field-error" id={reasonsId}>
          {reasons.map((r) => (
            <li key={r.key}>{t(r.key, r.params ?? {})}</li>
          ))}
        </ul>
      )}
    </label>
  );
}

/** The policy reasons in a WEAK_PASSWORD error's details, or undefined for any other error. */
export function weakPasswordReasons(details: unknown): Message[] | undefined {
  const reasons = (details as { reasons?: unknown } | undefined)?.reasons;
  if (!Array.isArray(reasons)) return undefined;
  return reasons.filter((r): r is Message => typeof (r as Message | null)?.key === 'string');
}
