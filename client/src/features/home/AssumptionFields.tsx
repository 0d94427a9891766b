// The assumption register on the "Run an exercise" form (ADR 0027): each assumption at its default,
// within its bounds; Control changes what the exercise should assume. The server checks them again.
import type { Assumption } from '@council/shared';
import { useT } from '../../i18n';
import { selectLocale, useStore } from '../../store';

export type AssumptionChoices = Readonly<Record<string, string | number>>;

/** Only what differs from the register's defaults is sent; the server stores every value in force. */
export function changedAssumptions(
  register: readonly Assumption[],
  chosen: AssumptionChoices,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const a of register) {
    const raw = chosen[a.key];
    // A number field's text is sent as a number when it reads as one; else as typed, for the server to refuse.
    const v =
      a.kind === 'number' && typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))
        ? Number(raw)
        : raw;
    if (v !== undefined && v !== a.default) out[a.key] = v;
  }
  return out;
}

export function AssumptionFields({
  register,
  chosen,
  onChange,
}: {
  readonly register: readonly Assumption[];
  readonly chosen: AssumptionChoices;
  readonly onChange: (next: AssumptionChoices) => void;
}) {
  const t = useT();
  const locale = useStore(selectLocale);
  const text = (b: { en: string; fr: string }) => (locale === 'fr' ? b.fr : b.en);
  const set = (key: string, value: string | number) => onChange({ ...chosen, [key]: value });
  return (
    <details className="field" data-testid="exercise-assumptions">
      <summary>{t('home.run.assumptions')}</summary>
      <p className="hint">{t('home.run.assumptionsHint')}</p>
      {register.map((a) => {
        const id = `assumption-${a.key}`;
        const value = chosen[a.key] ?? a.default;
        return (
          <div className="field" key={a.key}>
            <label htmlFor={id}>{text(a.label)}</label>
            <p className="hint" id={`${id}-hint`}>
              {text(a.description)}{' '}
              {a.kind === 'number' &&
                t('home.run.assumptionRange', { min: a.min, max: a.max, unit: a.unit, default: a.default })}
            </p>
            {a.kind === 'number' ? (
              <input
                id={id}
                type="number"
                className="input"
                min={a.min}
                max={a.max}
                step="any"
                value={value}
                aria-describedby={`${id}-hint`}
                onChange={(e) => set(a.key, e.target.value)}
              />
            ) : (
              <select
                id={id}
                className="input"
                value={String(value)}
                aria-describedby={`${id}-hint`}
                onChange={(e) => set(a.key, e.target.value)}
              >
                {a.choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {text(c.label)}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </details>
  );
}
