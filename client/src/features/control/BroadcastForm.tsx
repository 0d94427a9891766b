// A message from Control to every seat: a banner on every screen and a line in every feed.
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { TextAreaField } from './fields';
import { useDraft } from '../../components/useDraft';

export function BroadcastForm({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const [text, setText] = useDraft('broadcast:text');
  const ended = view.clock.status === 'ended';
  return (
    <section className="console-box" aria-labelledby="console-broadcast-title">
      <h3 id="console-broadcast-title">{t('console.broadcast')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send({ type: 'broadcast', text: text.trim() }).then((ok) => ok && setText(''));
        }}
      >
        <TextAreaField
          id="control-broadcast-text"
          label={t('console.broadcastText')}
          rows={2}
          maxLength={1000}
          value={text}
          onValue={setText}
        />
        <button
          type="submit"
          className="button"
          data-testid="control-broadcast-send"
          disabled={!live || pending || ended || !text.trim()}
        >
          {t('console.broadcastSend')}
        </button>
      </form>
    </section>
  );
}
