// The forces part of Control's override form: a unit's strength after a battle, or which side holds
// a place. Shown only when the exercise has forces on the map (ADR 0009).
import { useState } from 'react';
import {
  numberHints,
  SIDES,
  UNIT_STRENGTH,
  type ExerciseView,
  type OverrideTarget,
  type Side,
} from '@council/shared';
import { useT } from '../../i18n';
import { NumberField, SelectField } from './fields';
import { tx } from '../../i18n/scenarioText';

export type ForcesKind = 'unitStrength' | 'placeControl';
type Forces = NonNullable<ExerciseView['forces']>;

/** The chosen unit and strength, or place and side, as an override target (null while invalid). */
export function useForcesOverride(forces: Forces | null) {
  const units = forces?.units ?? [];
  const places = forces?.places ?? [];
  const [unitId, setUnitId] = useState('');
  const [strength, setStrength] = useState<number | null>(null);
  const [placeId, setPlaceId] = useState('');
  const [side, setSide] = useState<Side | null>(null);
  const unit = units.find((u) => u.id === unitId) ?? units[0];
  const place = places.find((p) => p.id === placeId) ?? places[0];
  // Until Control types a value, the unit's own strength, and the side that does not hold the place.
  const shownStrength = strength ?? Math.round(unit?.strength ?? 0);
  const shownSide: Side = side ?? (place?.heldBy === 'red' ? 'blue' : 'red');
  const targetFor = (kind: ForcesKind): OverrideTarget | null =>
    kind === 'unitStrength'
      ? unit
        ? { kind, unitId: unit.id, strength: shownStrength }
        : null
      : place
        ? { kind, placeId: place.id, side: shownSide }
        : null;
  const fields = {
    units,
    places,
    unit,
    place,
    strength: shownStrength,
    side: shownSide,
    chooseUnit: (id: string) => {
      setUnitId(id);
      setStrength(null);
    },
    setStrength,
    choosePlace: (id: string) => {
      setPlaceId(id);
      setSide(null);
    },
    setSide,
  };
  return { available: forces !== null, targetFor, fields };
}

type Fields = ReturnType<typeof useForcesOverride>['fields'];

export function ForcesOverrideFields({
  kind,
  fields,
}: {
  readonly kind: ForcesKind;
  readonly fields: Fields;
}) {
  const t = useT();
  if (kind === 'unitStrength') {
    return (
      <div className="button-row">
        <SelectField
          id="control-override-unit"
          label={t('console.overrideUnit')}
          value={fields.unit?.id ?? ''}
          onValue={fields.chooseUnit}
          options={fields.units.map((u) => ({
            value: u.id,
            label:
              u.readiness === 'destroyed'
                ? t('console.overrideUnitDestroyed', { name: tx(u.name) })
                : t('console.overrideUnitAt', { name: tx(u.name), strength: Math.round(u.strength) }),
          }))}
        />
        <NumberField
          id="control-override-strength"
          label={t('console.overrideStrength')}
          {...numberHints(UNIT_STRENGTH)}
          value={fields.strength}
          onValue={fields.setStrength}
        />
      </div>
    );
  }
  return (
    <div className="button-row">
      <SelectField
        id="control-override-place"
        label={t('console.overridePlace')}
        value={fields.place?.id ?? ''}
        onValue={fields.choosePlace}
        options={fields.places.map((p) => ({
          value: p.id,
          label: t('console.overridePlaceHeld', {
            name: tx(p.name),
            side: t(`console.overrideSide.${p.heldBy}`),
          }),
        }))}
      />
      <SelectField
        id="control-override-side"
        label={t('console.overrideHeldBy')}
        value={fields.side}
        onValue={fields.setSide}
        options={SIDES.map((s) => ({ value: s, label: t(`console.overrideSide.${s}`) }))}
      />
    </div>
  );
}
