// Open a bilateral or small-group channel with named members (the reader's own seat is always in).
import { useState, type FormEvent } from 'react';
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { commandProblem, FormProblem } from '../../components/checkedSend';
import { selectIsLive, selectLocale, selectPending, useStore } from '../../store';
import { memberSeats } from './names';
import { tx } from '../../i18n/scenarioText';

export function OpenChannelForm({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const open = useStore((s) => s.openChannel);
  const [members, setMembers] = useState<string[]>([]);
  const [name, setName] = useState('');
  const locale = useStore(selectLocale);
  const [problem, setProblem] = useState<string | null>(null);
  const me = view.you.seatId;
  const others = memberSeats(view).filter((s) => s.id !== me);
  const all = me ? [me, ...members] : members;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    // Checked first, as the server would check it: a refused name stays in the box.
    const found = commandProblem(locale, {
      type: 'openChannel',
      members: all,
      ...(trimmed ? { name: trimmed } : {}),
    });
    setProblem(found);
    if (found !== null) return;
    const ok = await open(all, trimmed);
    if (ok) {
      setMembers([]);
      setName('');
    }
  };
  return (
    <details className="open-channel" data-testid="open-channel">
      <summary>{t('channels.open')}</summary>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="item-checklist">
          <legend>{t(me ? 'channels.openWith' : 'channels.openMembers')}</legend>
          {others.map((s) => (
            <div key={s.id} className="item-checklist__row">
              <input
                type="checkbox"
                id={`open-member-${s.id}`}
                data-testid={`open-member-${s.id}`}
                checked={members.includes(s.id)}
                onChange={(e) =>
                  setMembers(e.target.checked ? [...members, s.id] : members.filter((x) => x !== s.id))
                }
              />
              <label htmlFor={`open-member-${s.id}`}>{tx(s.label)}</label>
            </div>
          ))}
        </fieldset>
        <label htmlFor="open-channel-name">{t('channels.openName')}</label>
        <input
          id="open-channel-name"
          className="input"
          value={name}
          aria-describedby={problem === null ? undefined : 'open-channel-problem'}
          data-testid="open-channel-name"
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="button button--small"
          data-testid="open-channel-submit"
          disabled={!live || pending || all.length < 2}
        >
          {t('channels.openSubmit')}
        </button>
        <FormProblem id="open-channel-problem" problem={problem} />
      </form>
    </details>
  );
}
