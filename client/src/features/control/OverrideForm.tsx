// Control sets aside an adjudicated result (a measure, an ally's position on a live draft, and with
// forces on the map a unit's strength or who holds a place) and must say why: the review lists every
// override with its rationale.
import { useState } from 'react';
import {
  LIVE_DRAFT_STATUSES,
  MEASURE_RANGES,
  MEASURES,
  MIN_RATIONALE_LENGTH,
  POSITIONS,
  type ExerciseView,
  type Measure,
  type OverrideTarget,
  type Position,
} from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { ForcesOverrideFields, useForcesOverride } from './ForcesOverrideFields';

type Kind = OverrideTarget['kind'];

export function OverrideForm({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const [kind, setKind] = useState<Kind>('measure');
  const [measure, setMeasure] = useState<Measure>(MEASURES[0]);
  const [value, setValue] = useState<number>(view.measures[MEASURES[0]] ?? 0);
  const drafts = (view.council?.drafts ?? []).filter((d) => LIVE_DRAFT_STATUSES.includes(d.status));
  const allies = view.council?.allies ?? [];
  const [draftId, setDraftId] = useState('');
  const [allyId, setAllyId] = useState('');
  const [position, setPosition] = useState<Position>('support');
  const [rationale, setRationale] = useState('');
  const forces = useForcesOverride(view.forces);
  const [lo, hi] = MEASURE_RANGES[measure];
  const draft = drafts.find((d) => d.id === draftId) ?? drafts[0];
  const ally = allies.find((a) => a.id === allyId) ?? allies[0];
  const forcesKind = kind === 'unitStrength' || kind === 'placeControl' ? kind : null;
  const target: OverrideTarget | null = forcesKind
    ? forces.available
      ? forces.targetFor(forcesKind)
      : null
    : kind === 'measure'
      ? Number.isFinite(value) && value >= lo && value <= hi
        ? { kind, measure, value }
        : null
      : draft && ally
        ? { kind: 'position', draftId: draft.id, allyId: ally.id, position }
        : null;
  const started = view.clock.status !== 'lobby';
  const reasoned = rationale.trim().length >= MIN_RATIONALE_LENGTH;
  const ready = live && !pending && started && target !== null && reasoned;
  const submit = async () => {
    if (!target) return;
    if (await send({ type: 'overrideResult', target, rationale: rationale.trim() })) setRationale('');
  };
  return (
    <section className="console-box console-box--wide" aria-labelledby="console-override-title">
      <h3 id="console-override-title">{t('console.override')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="button-row">
          <label htmlFor="control-override-kind">{t('console.overrideWhat')}</label>
          <select
            id="control-override-kind"
            className="input select"
            value={kind}
            data-testid="control-override-kind"
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            <option value="measure">{t('console.overrideMeasure')}</option>
            <option value="position" disabled={drafts.length === 0}>
              {t('console.overridePosition')}
            </option>
            {forces.available && (
              <>
                <option value="unitStrength">{t('console.overrideUnitStrength')}</option>
                <option value="placeControl">{t('console.overridePlaceControl')}</option>
              </>
            )}
          </select>
        </div>
        {forcesKind ? (
          <ForcesOverrideFields kind={forcesKind} fields={forces.fields} />
        ) : kind === 'measure' ? (
          <div className="button-row">
            <label htmlFor="control-override-measure">{t('console.adHocMeasure')}</label>
            <select
              id="control-override-measure"
              className="input select"
              value={measure}
              data-testid="control-override-measure"
              onChange={(e) => {
                const next = e.target.value as Measure;
                setMeasure(next);
                setValue(view.measures[next] ?? MEASURE_RANGES[next][0]);
              }}
            >
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(`measure.${m}` as MessageKey)}
                </option>
              ))}
            </select>
            <label htmlFor="control-override-value">{t('console.overrideValue', { lo, hi })}</label>
            <input
              id="control-override-value"
              className="input input--short"
              type="number"
              min={lo}
              max={hi}
              value={Number.isNaN(value) ? '' : value}
              data-testid="control-override-value"
              onChange={(e) => setValue(e.target.valueAsNumber)}
            />
          </div>
        ) : (
          <div className="button-row">
            <label htmlFor="control-override-draft">{t('console.overrideDraft')}</label>
            <select
              id="control-override-draft"
              className="input select"
              value={draft?.id ?? ''}
              data-testid="control-override-draft"
              onChange={(e) => setDraftId(e.target.value)}
            >
              {drafts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.id}
                </option>
              ))}
            </select>
            <label htmlFor="control-override-ally">{t('console.overrideAlly')}</label>
            <select
              id="control-override-ally"
              className="input select"
              value={ally?.id ?? ''}
              data-testid="control-override-ally"
              onChange={(e) => setAllyId(e.target.value)}
            >
              {allies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <label htmlFor="control-override-position">{t('console.overrideTo')}</label>
            <select
              id="control-override-position"
              className="input select"
              value={position}
              data-testid="control-override-position"
              onChange={(e) => setPosition(e.target.value as Position)}
            >
              {POSITIONS.map((p) => (
                <option key={p} value={p}>
                  {t(`stance.${p}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
        )}
        <label htmlFor="control-override-rationale">
          {t('console.overrideRationale', { min: MIN_RATIONALE_LENGTH })}
        </label>
        <textarea
          id="control-override-rationale"
          className="input textarea"
          rows={2}
          maxLength={2000}
          value={rationale}
          data-testid="control-override-rationale"
          onChange={(e) => setRationale(e.target.value)}
        />
        <button type="submit" className="button" data-testid="control-override-send" disabled={!ready}>
          {t('console.overrideSend')}
        </button>
      </form>
    </section>
  );
}
