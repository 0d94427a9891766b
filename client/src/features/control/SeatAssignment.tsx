// Control puts a named person in a free seat (their seat link is shown here once, to hand over),
// or swaps two seats' holders.
import { useState } from 'react';
import type { ExerciseView } from '@council/shared';
import { CopyField } from '../../components/CopyField';
import { useErrorText, useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, seatLink, useStore } from '../../store';
import { useSecretCommand } from './useSecretCommand';

export function SeatAssignment({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const errorText = useErrorText();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const secret = useSecretCommand();
  const seats = view.seats.filter((s) => s.kind !== 'control');
  const free = seats.filter((s) => !s.holder);
  const [seatId, setSeatId] = useState('');
  const [name, setName] = useState('');
  const [link, setLink] = useState<{ readonly seat: string; readonly url: string } | null>(null);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const target = free.find((s) => s.id === seatId) ?? free[0];
  const assign = async () => {
    if (!target) return;
    const reply = await secret.send({ type: 'assignSeat', seatId: target.id, displayName: name.trim() });
    if (reply.ok && reply.seatToken) {
      setLink({ seat: target.label, url: seatLink(window.location.origin, view.code, reply.seatToken) });
      setName('');
    }
  };
  const swapReady = a !== '' && b !== '' && a !== b;
  return (
    <div className="console-subsection">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void assign();
        }}
      >
        <h4>{t('console.assign')}</h4>
        <div className="button-row">
          <label htmlFor="control-assign-seat">{t('seats.col.seat')}</label>
          <select
            id="control-assign-seat"
            className="input select"
            value={target?.id ?? ''}
            data-testid="control-assign-seat"
            onChange={(e) => setSeatId(e.target.value)}
          >
            {free.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
          <label htmlFor="control-assign-name">{t('console.assignName')}</label>
          <input
            id="control-assign-name"
            className="input"
            maxLength={60}
            value={name}
            data-testid="control-assign-name"
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="submit"
            className="button"
            data-testid="control-assign"
            disabled={!live || secret.pending || !target || !name.trim()}
          >
            {t('console.assignSend')}
          </button>
        </div>
      </form>
      {secret.error && (
        <p className="field__error" role="alert" data-testid="control-assign-error">
          {errorText(secret.error)}
        </p>
      )}
      {link && (
        <div data-testid="control-assign-link">
          <p className="hint">{t('console.assignLinkHint', { seat: link.seat })}</p>
          <CopyField
            label={t('console.assignLink', { seat: link.seat })}
            value={link.url}
            testId="control-seat-link"
          />
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send({ type: 'swapSeats', a, b }).then((ok) => ok && (setA(''), setB('')));
        }}
      >
        <h4>{t('console.swap')}</h4>
        <div className="button-row">
          {(
            [
              ['control-swap-a', a, setA],
              ['control-swap-b', b, setB],
            ] as const
          ).map(([id, value, set]) => (
            <select
              key={id}
              id={id}
              aria-label={t('seats.col.seat')}
              className="input select"
              value={value}
              data-testid={id}
              onChange={(e) => set(e.target.value)}
            >
              <option value="">—</option>
              {seats.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                  {s.holder ? ` (${s.holder.displayName})` : ''}
                </option>
              ))}
            </select>
          ))}
          <button
            type="submit"
            className="button button--secondary"
            data-testid="control-swap"
            disabled={!live || pending || !swapReady}
          >
            {t('console.swapSend')}
          </button>
        </div>
      </form>
    </div>
  );
}
