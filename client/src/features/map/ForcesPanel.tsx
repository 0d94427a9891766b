// The forces panel: map, timeline, command post and adjudication report, all read from the store.
import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { AdjudicationReport } from './AdjudicationReport';
import { CommandPost } from './CommandPost';
import { MapView } from './MapView';
import { projectAt, schedulesOf } from './schedule';
import { hourLabeller } from './time';
import { Timeline, TIMELINE_STEP } from './Timeline';
import { UnitTable } from './UnitTable';
import { toCommand, useForces } from './useForces';
import { useOrderMenu } from './useOrderMenu';
import { useCheckedSend } from '../../components/checkedSend';
import type { ForcesCommand } from './types';
import './map.css';
import './mapSvg.css';
import './units.css';
import './panels.css';

/** The slider reaches past the last arrival on current orders: at least 3 days, at most 60. */
export function timelineEnd(now: number, arrivals: readonly number[]): number {
  const last = Math.max(now + 72, ...arrivals.map((h) => h + 12));
  const end = Math.min(now + 60 * 24, last);
  return now + Math.ceil((end - now) / TIMELINE_STEP) * TIMELINE_STEP;
}

export function ForcesPanel() {
  const t = useT();
  const { view, forces } = useForces();
  const { send: sendCommand, problem } = useCheckedSend();
  const busy = useStore((s) => s.pendingCommand !== null);
  const [selected, setSelection] = useState<string | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const setSelected = useCallback((unitId: string | null) => {
    setSelection(unitId);
    setDestination(null);
  }, []);
  // The selected unit's staging and chosen destination come with the server's arrivals.
  const orderMenu = useOrderMenu(view, selected, destination);
  const [chosenHour, setChosenHour] = useState<number | null>(null);

  const schedules = useMemo(() => (forces ? schedulesOf(forces) : new Map()), [forces]);
  const now = forces?.hour ?? 0;
  const end = useMemo(
    () =>
      timelineEnd(
        now,
        [...schedules.values()].flatMap((s) => (s.arrivesAt === null ? [] : [s.arrivesAt])),
      ),
    [now, schedules],
  );
  const atHour = Math.min(end, Math.max(now, chosenHour ?? now));
  const spots = useMemo(
    () => (forces ? projectAt(forces, atHour, schedules) : new Map()),
    [forces, atHour, schedules],
  );
  const startsAt = forces?.startsAt ?? null;
  const label = useMemo(() => hourLabeller(startsAt), [startsAt]);
  const send = useCallback((c: ForcesCommand) => void sendCommand(toCommand(c)), [sendCommand]);

  if (!forces) {
    return (
      <section data-testid="forces-panel" className="forces-panel" aria-labelledby="forces-title">
        <h2 id="forces-title">{t('map.title')}</h2>
        <p className="hint">{t('map.noForces')}</p>
      </section>
    );
  }
  const ctx = { view: forces, menu: orderMenu.menu ?? null };
  return (
    <section data-testid="forces-panel" className="forces-panel" aria-labelledby="forces-title">
      <h2 id="forces-title" className="visually-hidden">
        {t('map.title')}
      </h2>
      <div className="forces-panel__main">
        <MapView
          forces={forces}
          schedules={schedules}
          spots={spots}
          atHour={atHour}
          label={label}
          selected={selected}
          onSelect={setSelected}
        />
        <Timeline now={now} max={end} value={atHour} label={label} onChange={setChosenHour} />
        <UnitTable forces={forces} schedules={schedules} spots={spots} atHour={atHour} label={label} />
      </div>
      <div className="forces-panel__side">
        <CommandPost
          ctx={ctx}
          menu={orderMenu}
          selected={selected}
          onSelect={setSelected}
          destination={destination}
          onDestination={setDestination}
          send={send}
          problem={problem}
          busy={busy}
          label={label}
        />
        <AdjudicationReport forces={forces} label={label} />
      </div>
    </section>
  );
}
