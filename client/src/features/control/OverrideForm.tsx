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
import { selectIsLive, selectPending, useStore } from '../../store';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';
import { NumberField, SelectField, TextAreaField } from './fields';
import { ForcesOverrideFields, useForcesOverride } from './ForcesOverrideFields';
import { useDraft } from '../../components/useDraft';
import { tx } from '../../i18n/scenarioText';

type Kind = OverrideTarget['kind'];

export function OverrideForm({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const [kind, setKind] = useState<Kind>('measure');
  const [measure, setMeasure] = useState<Measure>(MEASURES[0]);
  const [value, setValue] = useState<number>(view.measures[MEASURES[0]] ?? 0);
  const drafts = (view.council?.drafts ?? []).filter((d) => LIVE_DRAFT_STATUSES.includes(d.status));
  const allies = view.council?.allies ?? [];
  const [draftId, setDraftId] = useState('');
  const [allyId, setAllyId] = useState('');
  const [position, setPosition] = useState<Position>('support');
  const [rationale, setRationale] = useDraft('override:rationale');
  const [share, setShare] = useState(false);
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
      ? { kind, measure, value }
      : draft && ally
        ? { kind: 'position', draftId: draft.id, allyId: ally.id, position }
        : null;
  const started = view.clock.status !== 'lobby';
  const ready = live && !pending && started && target !== null && rationale.trim() !== '';
  const submit = async () => {
    if (!target) return;
    const shareRationale = target.kind === 'position' && share ? { shareRationale: true } : {};
    if (await send({ type: 'overrideResult', target, rationale: rationale.trim(), ...shareRationale })) {
      setRationale('');
    }
  };
  return (
    <section className="console-box console-box--wide" aria-labelledby="console-override-title">
      <h3 id="console-override-title">{t('console.override')}</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="button-row">
          <SelectField<Kind>
            id="control-override-kind"
            label={t('console.overrideWhat')}
            value={kind}
            onValue={setKind}
            options={[
              { value: 'measure', label: t('console.overrideMeasure') },
              { value: 'position', label: t('console.overridePosition'), disabled: drafts.length === 0 },
              ...(forces.available
                ? ([
                    { value: 'unitStrength', label: t('console.overrideUnitStrength') },
                    { value: 'placeControl', label: t('console.overridePlaceControl') },
                  ] as const)
                : []),
            ]}
          />
        </div>
        {forcesKind ? (
          <ForcesOverrideFields kind={forcesKind} fields={forces.fields} />
        ) : kind === 'measure' ? (
          <div className="button-row">
            <SelectField
              id="control-override-measure"
              label={t('console.adHocMeasure')}
              value={measure}
              onValue={(next) => {
                setMeasure(next);
                setValue(view.measures[next] ?? MEASURE_RANGES[next][0]);
              }}
              options={MEASURES.map((m) => ({ value: m, label: t(`measure.${m}` as MessageKey) }))}
            />
            <NumberField
              id="control-override-value"
              label={t('console.overrideValue', { lo, hi })}
              min={lo}
              max={hi}
              value={value}
              onValue={setValue}
            />
          </div>
        ) : (
          <div className="button-row">
            <SelectField
              id="control-override-draft"
              label={t('console.overrideDraft')}
              value={draft?.id ?? ''}
              onValue={setDraftId}
              options={drafts.map((d) => ({ value: d.id, label: d.id }))}
            />
            <SelectField
              id="control-override-ally"
              label={t('console.overrideAlly')}
              value={ally?.id ?? ''}
              onValue={setAllyId}
              options={allies.map((a) => ({ value: a.id, label: tx(a.name) }))}
            />
            <SelectField
              id="control-override-position"
              label={t('console.overrideTo')}
              value={position}
              onValue={setPosition}
              options={POSITIONS.map((p) => ({ value: p, label: t(`stance.${p}` as MessageKey) }))}
            />
          </div>
        )}
        <TextAreaField
          id="control-override-rationale"
          label={t('console.overrideRationale', { min: MIN_RATIONALE_LENGTH })}
          rows={2}
          value={rationale}
          onValue={setRationale}
        />
        {kind === 'position' && (
          <div className="item-checklist__row">
            <input
              type="checkbox"
              id="control-override-share"
              data-testid="control-override-share"
              checked={share}
              onChange={(e) => setShare(e.target.checked)}
            />
            <label htmlFor="control-override-share">{t('console.overrideShare')}</label>
          </div>
        )}
        <FormProblem id="control-override-problem" problem={problem} />
        <button type="submit" className="button" data-testid="control-override-send" disabled={!ready}>
          {t('console.overrideSend')}
        </button>
      </form>
    </section>
  );
}
