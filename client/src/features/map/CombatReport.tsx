// A combat round's whole record (Control's view): forces, modifiers, ratio and column, result, losses.
import { modifierWhy } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';
import { selectLocale, useStore } from '../../store';
import type { CombatRecord, PlaceView } from './types';
import { tx } from '../../i18n/scenarioText';

const MODIFIERS: Readonly<Record<string, MessageKey>> = {
  terrain: 'adjudication.modifier.terrain',
  posture: 'adjudication.modifier.posture',
  air: 'adjudication.modifier.air',
};

const r2 = (n: number) => String(Math.round(n * 100) / 100);

interface Props {
  readonly record: Omit<CombatRecord, 'dice'>;
  /** The place fought over, for its terrain and name in the reader's language. */
  readonly place: PlaceView | null;
}

export function CombatDetail({ record, place }: Props) {
  const t = useT();
  const locale = useStore(selectLocale);
  const defender = record.attackerSide === 'red' ? 'blue' : 'red';
  const name = (id: string) =>
    record.attackers.find((u) => u.unitId === id)?.name ??
    record.defenders.find((u) => u.unitId === id)?.name ??
    id;
  const sides = [
    ['attackers', record.attackerSide, record.attackers],
    ['defenders', defender, record.defenders],
  ] as const;
  return (
    <div className="map-report__combat">
      <div className="map-report__sides">
        {sides.map(([role, side, units]) => (
          <div key={role}>
            <h5>{t(`map.report.${role}`, { side: t(`map.side.${side}`) })}</h5>
            <ul>
              {units.map((u) => (
                <li key={u.unitId}>
                  {tx(u.name)}: {t('map.report.power', { power: r2(u.power) })}
                  {role === 'defenders' && <>, {t('map.report.posture', { factor: r2(u.posture) })}</>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <h5>{t('map.report.modifiers')}</h5>
      <ul>
        {record.modifiers.map((m, i) => (
          <li key={i}>
            {t('map.report.modifier', {
              name: MODIFIERS[m.name] ? t(MODIFIERS[m.name]!) : m.name,
              factor: r2(m.factor),
              who: t(`map.report.who.${m.appliesTo}`),
              why: modifierWhy(m, place, record.defenders.length > 0, locale),
            })}
          </li>
        ))}
      </ul>
      <p>
        {t('map.report.ratio', {
          attacker: r2(record.attackerPower),
          defender: r2(record.defenderPower),
          ratio: r2(record.ratio),
          column: record.column,
        })}
      </p>
      <p>
        {t('map.report.result', {
          attacker: r2(record.result.attackerLoss),
          defender: r2(record.result.defenderLoss),
          retreat: record.result.defenderRetreats ? t('map.report.retreats') : '',
        })}
      </p>
      <h5>{t('map.report.losses')}</h5>
      <ul>
        {record.losses.map((l) => (
          <li key={l.unitId}>
            {t('map.report.loss', { unit: tx(name(l.unitId)), before: r2(l.before), after: r2(l.after) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
