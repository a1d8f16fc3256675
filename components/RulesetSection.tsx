// Import / export / remove the user's own ruleset. Nothing is saved until the file validates; every
// error is listed with its JSON path and reason in the popup's language.
import { useState } from 'preact/hooks';
import { MAX_RULESET_BYTES, parseRuleset, tooLarge } from '../rules/ruleset';
import type { Ruleset, ValidationError } from '../rules/types';
import type { RulesetSummary, Setting } from '../settings/resolve';
import { LockedNote, Section } from './controls';
import { useI18n } from './i18n';

export function RulesetSection(props: {
  current?: (RulesetSummary & { active: boolean }) | undefined;
  allowed: Setting<boolean>;
  onImport: (ruleset: Ruleset) => Promise<void>;
  onExport: () => void;
  onRemove: () => void;
}) {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [status, setStatus] = useState('');
  const locked = !props.allowed.value;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus('');
    // Refused before reading: a file of many megabytes is no ruleset (docs/ruleset-format.md, limits).
    if (file.size > MAX_RULESET_BYTES) {
      setErrors([tooLarge(file.size)]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setErrors([{ path: '', message: { vi: t('ruleset_read_error'), en: t('ruleset_read_error') } }]);
      return;
    }
    const result = parseRuleset(text, { layer: 'user' });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    try {
      await props.onImport(result.ruleset);
    } catch {
      // Storage refused it (quota): say so, the previous ruleset stays.
      setErrors([{ path: '', message: { vi: t('ruleset_save_error'), en: t('ruleset_save_error') } }]);
      return;
    }
    setStatus(t('ruleset_imported', result.ruleset.name));
  };

  return (
    <Section id="ruleset" title={t('ruleset_heading')} fold>
      {locked ? (
        <p>
          {t('ruleset_disabled')} <LockedNote />
        </p>
      ) : null}
      <p data-testid="user-ruleset">
        {props.current ? t('ruleset_current', props.current.name, props.current.rules) : t('ruleset_none')}
        {props.current && !props.current.active ? ` — ${t('ruleset_inactive')}` : ''}
      </p>
      <div class="row">
        <label class={`button${locked ? ' is-disabled' : ''}`}>
          {t('ruleset_import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            disabled={locked}
            onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        <button type="button" disabled={!props.current} onClick={props.onExport}>
          {t('ruleset_export')}
        </button>
        <button type="button" disabled={!props.current} onClick={props.onRemove}>
          {t('ruleset_remove')}
        </button>
      </div>
      {status ? <p role="status">{status}</p> : null}
      {errors.length > 0 ? (
        <div role="alert" class="errors" data-testid="ruleset-errors">
          <p>{t('ruleset_errors', errors.length)}</p>
          <ul>
            {errors.map((e, i) => (
              <li key={`${i}:${e.path}`}>
                <code>{e.path || t('root')}</code>: {e.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
