import { useId, type KeyboardEvent } from 'react';
import { settingName, type SettingSchema } from '../../../engine';
import { defaultText, rangeText } from './spec';

interface Props {
  setting: SettingSchema;
  /** The value in the document; undefined: absent, so the default applies. */
  value: string | undefined;
  /** The AWS error of the last refused value. */
  error: string | undefined;
  busy: boolean;
  onCommit: (value: string | undefined) => void;
}

/**
 * One setting: its AWS name, an input, its range and default, a reset-to-default button and the
 * AWS error of a refused value (aria-describedby ties all of it to the input).
 */
export function SettingField({ setting, value, error, busy, onCommit }: Props) {
  const name = settingName(setting);
  const defaultValue = defaultText(setting);
  const id = useId();
  const infoId = `${id}-info`;
  const errorId = `${id}-error`;
  const describedBy = error === undefined ? infoId : `${infoId} ${errorId}`;
  const commitText = (text: string) => {
    const next = text === '' && defaultValue === undefined ? undefined : text;
    if (next !== value) onCommit(next);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commitText(e.currentTarget.value);
  };
  const common = {
    id,
    disabled: busy,
    'aria-describedby': describedBy,
    'aria-invalid': error !== undefined,
    className:
      'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-amber-500 disabled:opacity-60 aria-invalid:border-red-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100',
  };
  let input;
  if (setting.readOnly === true) {
    input = (
      <output id={id} aria-describedby={infoId} className="block font-mono text-sm">
        {value ?? '—'}
      </output>
    );
  } else if (setting.type === 'boolean' || setting.type === 'block') {
    input = (
      <input
        {...common}
        type="checkbox"
        className="h-4 w-4 accent-amber-600"
        checked={(value ?? defaultValue) === 'true'}
        onChange={(e) => onCommit(String(e.currentTarget.checked))}
      />
    );
  } else if (setting.type === 'choice') {
    input = (
      <select
        {...common}
        value={value ?? defaultValue ?? ''}
        // A choice with no default may be left out: "none" removes it.
        onChange={(e) => onCommit(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      >
        {defaultValue === undefined && <option value="">none</option>}
        {setting.choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  } else if (setting.type === 'text' && setting.multiline === true) {
    input = (
      <textarea
        {...common}
        key={value ?? ''}
        rows={2}
        defaultValue={value ?? ''}
        placeholder={defaultValue}
        onBlur={(e) => commitText(e.currentTarget.value)}
      />
    );
  } else {
    input = (
      <input
        {...common}
        key={value ?? ''}
        type="text"
        inputMode={
          setting.type === 'integer' ? 'numeric' : setting.type === 'decimal' ? 'decimal' : 'text'
        }
        defaultValue={value ?? ''}
        placeholder={defaultValue ?? 'none'}
        onBlur={(e) => commitText(e.currentTarget.value)}
        onKeyDown={onKey}
      />
    );
  }
  return (
    <div className="border-b border-slate-200 py-2 last:border-b-0 dark:border-slate-800">
      <div className="flex items-center justify-between gap-2">
        <label
          htmlFor={id}
          className="font-mono text-xs font-semibold break-all text-slate-800 dark:text-slate-200"
        >
          {name}
        </label>
        {setting.readOnly !== true && (
          <button
            type="button"
            className="shrink-0 rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-amber-500 disabled:opacity-40 dark:text-slate-300 dark:hover:bg-slate-800"
            disabled={busy || value === undefined}
            aria-label={`Reset ${name} to its default`}
            onClick={() => onCommit(undefined)}
          >
            Reset
          </button>
        )}
      </div>
      <div className="mt-1">{input}</div>
      <p id={infoId} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {describe(setting)}
      </p>
      {error !== undefined && (
        <p
          id={errorId}
          role="alert"
          className="mt-1 text-xs font-medium text-red-700 dark:text-red-400"
        >
          {error}
        </p>
      )}
    </div>
  );
}

function describe(setting: SettingSchema): string {
  const parts: string[] = [];
  const range = rangeText(setting);
  if (range !== undefined) parts.push(`Range ${range}.`);
  if (setting.readOnly !== true) parts.push(`Default ${defaultText(setting) ?? 'none'}.`);
  if (setting.help !== undefined) parts.push(setting.help);
  return parts.join(' ');
}
