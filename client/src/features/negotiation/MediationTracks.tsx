// The mediation and back-channel tracks the scenario expects, for their members (Control sees all):
// open one as a channel in one step, or go to it once it is open.
import type { ExerciseView, NegotiationView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { partyName } from './names';
import { tx } from '../../i18n/scenarioText';

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((m) => b.includes(m));

export function MediationTracks({
  view,
  talks,
}: {
  readonly view: ExerciseView;
  readonly talks: NegotiationView;
}) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const selectChannel = useStore((s) => s.selectChannel);
  const setTab = useStore((s) => s.setExerciseTab);
  if (talks.tracks.length === 0) return null;
  return (
    <section className="card tracks" aria-labelledby="tracks-title" data-testid="mediation-tracks">
      <h3 id="tracks-title">{t('negotiation.tracks')}</h3>
      <p className="party-actions__hint">{t('negotiation.tracks.hint')}</p>
      <ul className="tracks__list">
        {talks.tracks.map((track) => {
          const open = view.channels.channels.find((c) => sameMembers(c.members, track.members));
          const others = track.members.filter((m) => m !== view.you.seatId);
          return (
            <li key={track.id} className="tracks__item" data-testid={`track-${track.id}`}>
              <strong>{tx(track.name)}</strong>
              <span className="tracks__members">
                {t('negotiation.tracks.members', { names: others.map((m) => partyName(view, m)).join(', ') })}
              </span>
              {track.note && <span className="tracks__note">{tx(track.note)}</span>}
              {open ? (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  data-testid={`track-go-${track.id}`}
                  aria-label={t('negotiation.tracks.goLabel', { name: open.name })}
                  onClick={() => {
                    selectChannel(open.id);
                    setTab('channels');
                  }}
                >
                  {t('negotiation.tracks.go')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  data-testid={`track-open-${track.id}`}
                  aria-label={t('negotiation.tracks.openLabel', { name: tx(track.name) })}
                  disabled={!live || pending}
                  onClick={() =>
                    void send({ type: 'openChannel', members: [...track.members], name: tx(track.name) })
                  }
                >
                  {t('negotiation.tracks.open')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
