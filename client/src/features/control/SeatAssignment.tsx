// Control puts a named person in a free seat (their seat link is shown here once, to hand over),
// or swaps two seats' holders.
import { useState } from 'react';
import type { ExerciseView } from '@council/shared';
import { CopyField } from '../../components/CopyField';
import { useErrorText, useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, seatLink, useStore } from '../../store';
import { Select, SelectField, TextField } from './fields';
import { useSecretCommand } from './useSecretCommand';
import { FormProblem } from '../../components/checkedSend';
import { tx } from '../../i18n/scenarioText';

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
      setLink({ seat: tx(target.label), url: seatLink(window.location.origin, view.code, reply.seatToken) });
      setName('');
    }
  };
  const swapReady = a !== '' && b !== '' && a !== b;
  const swapOptions = [
    { value: '', label: '—' },
    ...seats.map((s) => ({
      value: s.id,
      label: s.holder ? `${tx(s.label)} (${s.holder.displayName})` : tx(s.label),
    })),
  ];
  return (
    <div className="console-subsection">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void assign();
        }}
      >
        <h4>{t('console.assign')}</h4>
        <div className="button-row">
          <SelectField
            id="control-assign-seat"
            label={t('seats.col.seat')}
            value={target?.id ?? ''}
            onValue={setSeatId}
            options={free.map((s) => ({ value: s.id, label: tx(s.label) }))}
          />
          <TextField
            id="control-assign-name"
            label={t('console.assignName')}
            value={name}
            onValue={setName}
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
        <FormProblem id="control-assign-problem" problem={secret.problem} />
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
            <Select
              key={id}
              id={id}
              aria-label={t('seats.col.seat')}
              value={value}
              onValue={set}
              options={swapOptions}
            />
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
