// A message from Control to every seat: a banner on every screen and a line in every feed.
import type { ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { selectIsLive, selectPending, useStore } from '../../store';
import { TextAreaField } from './fields';
import { useDraft } from '../../components/useDraft';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

export function BroadcastForm({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const { send, problem } = useCheckedSend();
  const [text, setText] = useDraft('broadcast:text');
  const ended = view.clock.status === 'ended';
  return (
    <section className="console-box" aria-labelledby="console-broadcast-title">
      <h3 id="console-broadcast-title">{t('console.broadcast')}</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send({ type: 'broadcast', text: text.trim() }).then((ok) => ok && setText(''));
        }}
      >
        <TextAreaField
          id="control-broadcast-text"
          label={t('console.broadcastText')}
          rows={2}
          value={text}
          onValue={setText}
        />
        <FormProblem id="control-broadcast-problem" problem={problem} />
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
