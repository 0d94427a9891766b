// One message: who, when, which template, the text, mentions; a request for information shows
// whether Control answered, and Control gets a form to answer it.
import { useState, type FormEvent } from 'react';
import type { ChannelMessageView, ExerciseView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';
import { selectIsLive, selectPending, useStore } from '../../store';
import { seatName, senderName } from './names';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly view: ExerciseView;
  readonly message: ChannelMessageView;
}

export function MessageItem({ view, message: m }: Props) {
  const t = useT();
  const me = view.you.seatId;
  const mine = m.from !== null && m.from === me;
  const mentionsMe = me !== null && m.mentions.includes(me);
  return (
    <li
      className={`message message--${m.template}${mine ? ' message--mine' : ''}${mentionsMe ? ' message--mention' : ''}`}
      data-testid={`message-${m.id}`}
    >
      <p className="message__head">
        <strong className="message__from">{senderName(t, view, m.from)}</strong>{' '}
        <span className="message__template">{t(`channels.template.${m.template}` as MessageKey)}</span>{' '}
        <span className="message__when">
          {t('channels.when', { turn: m.turn, time: gameTimeLabel(view.clock, m.gameTime) })}
        </span>
      </p>
      {m.subject && <p className="message__subject">{m.subject}</p>}
      {/* A bot's set line is read in the reader's language; a person's words as written. */}
      <p className="message__body">{m.line ? tx(m.line) : m.body}</p>
      {m.mentions.length > 0 && (
        <p className="message__mentions">
          {t('channels.calls', { names: m.mentions.map((id) => seatName(view, id)).join(', ') })}
        </p>
      )}
      {m.rfi && (
        <p className={`message__rfi message__rfi--${m.rfi.status}`} data-testid={`rfi-status-${m.id}`}>
          {t(m.rfi.status === 'open' ? 'channels.rfiOpen' : 'channels.rfiAnswered')}
        </p>
      )}
      {m.rfi?.status === 'open' && view.you.isControl && <AnswerForm messageId={m.id} />}
    </li>
  );
}

function AnswerForm({ messageId }: { readonly messageId: string }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const checked = useCheckedSend();
  const [body, setBody] = useState('');
  const id = `answer-${messageId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Checked first: an answer the server would refuse stays in the box with the reason why.
    if (await checked.send({ type: 'answerRfi', messageId, body: body.trim() })) setBody('');
  };
  return (
    <form className="message__answer" noValidate onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{t('channels.answerLabel')}</label>
      <textarea
        id={id}
        className="input textarea"
        rows={2}
        value={body}
        aria-describedby={checked.problem === null ? undefined : `${id}-problem`}
        data-testid={`answer-text-${messageId}`}
        onChange={(e) => setBody(e.target.value)}
      />
      <button
        type="submit"
        className="button button--small"
        data-testid={`answer-${messageId}`}
        disabled={!live || pending || !body.trim()}
      >
        {t('channels.answer')}
      </button>
      <FormProblem id={`${id}-problem`} problem={checked.problem} />
    </form>
  );
}
