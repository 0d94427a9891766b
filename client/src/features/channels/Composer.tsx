// Write to a channel: a template (statements only in public), a subject, the text, seats to call on.
import { useState, type FormEvent } from 'react';
import { MESSAGE_TEMPLATES, PUBLIC_TEMPLATES, type ChannelView, type ExerciseView } from '@council/shared';
import { useDraft } from '../../components/useDraft';
import { useT, type MessageKey } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { composerDraft } from '../../store/channelSlice';
import { readersOf, seatName } from './names';

export function Composer({ view, channel }: { readonly view: ExerciseView; readonly channel: ChannelView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const templates = channel.kind === 'public' ? PUBLIC_TEMPLATES : MESSAGE_TEMPLATES;
  const [template, setTemplate] = useState<(typeof MESSAGE_TEMPLATES)[number]>(templates[0] ?? 'freeText');
  const draft = composerDraft(channel.id);
  const [subject, setSubject] = useDraft(`${draft}:subject`);
  const [body, setBody] = useDraft(draft);
  const [mentions, setMentions] = useState<string[]>([]);
  const chosen = templates.includes(template) ? template : (templates[0] ?? 'freeText');
  // Members and Control can be called on; never oneself.
  const callable = [
    ...channel.members,
    ...view.seats.filter((s) => s.kind === 'control').map((s) => s.id),
  ].filter((id) => id !== view.you.seatId);
  const base = `composer-${channel.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await send({
      type: 'postMessage',
      channelId: channel.id,
      template: chosen,
      body: body.trim(),
      ...(subject.trim() ? { subject: subject.trim() } : {}),
      ...(mentions.length ? { mentions } : {}),
    });
    if (ok) {
      setSubject('');
      setBody('');
      setMentions([]);
    }
  };
  return (
    <form className="composer" onSubmit={(e) => void submit(e)} aria-label={t('channels.compose')}>
      <div className="composer__row">
        <div>
          <label htmlFor={`${base}-template`}>{t('channels.templateLabel')}</label>
          <select
            id={`${base}-template`}
            className="input select"
            value={chosen}
            data-testid="composer-template"
            onChange={(e) => setTemplate(e.target.value as typeof template)}
          >
            {templates.map((tpl) => (
              <option key={tpl} value={tpl}>
                {t(`channels.template.${tpl}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="composer__subject">
          <label htmlFor={`${base}-subject`}>{t('channels.subject')}</label>
          <input
            id={`${base}-subject`}
            className="input"
            maxLength={120}
            value={subject}
            data-testid="composer-subject"
            onChange={(e) => setSubject(e.target.value)}
          />
        </div>
      </div>
      <label htmlFor={`${base}-body`}>{t('channels.body')}</label>
      <textarea
        id={`${base}-body`}
        className="input textarea"
        rows={3}
        maxLength={4000}
        value={body}
        data-testid="composer-body"
        onChange={(e) => setBody(e.target.value)}
      />
      {callable.length > 0 && (
        <details className="composer__mentions">
          <summary>{t('channels.callOn', { count: mentions.length })}</summary>
          {callable.map((id) => (
            <div key={id} className="item-checklist__row">
              <input
                type="checkbox"
                id={`${base}-mention-${id}`}
                data-testid={`mention-${id}`}
                checked={mentions.includes(id)}
                onChange={(e) =>
                  setMentions(e.target.checked ? [...mentions, id] : mentions.filter((x) => x !== id))
                }
              />
              <label htmlFor={`${base}-mention-${id}`}>{seatName(view, id)}</label>
            </div>
          ))}
        </details>
      )}
      <div className="composer__send">
        <button
          type="submit"
          className="button"
          data-testid="composer-send"
          aria-describedby={`${base}-readers`}
          disabled={!live || pending || !body.trim()}
        >
          {t('channels.send')}
        </button>
        <span id={`${base}-readers`} className="composer__readers" data-testid="composer-readers">
          {t('channels.readers', { names: readersOf(t, view, channel) })}
        </span>
      </div>
    </form>
  );
}
