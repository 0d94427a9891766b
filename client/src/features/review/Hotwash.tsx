// The hot wash: Control asks at the end of a turn or of the game; each seat answers what it was asked.
import { useState } from 'react';
import type { ExerciseView, HotwashQuestionView } from '@council/shared';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { useDraft } from '../../components/useDraft';
import { tx } from '../../i18n/scenarioText';
import { FormProblem, useCheckedSend } from '../../components/checkedSend';

function AskForm({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const { send, problem } = useCheckedSend();
  const busy = useStore((s) => s.pendingCommand !== null);
  const [question, setQuestion] = useDraft('hotwash:ask');
  const [seat, setSeat] = useState('all');
  const { status, phase } = view.clock;
  const open =
    status === 'ended' ||
    ((status === 'running' || status === 'paused') && (phase === 'adjudication' || phase === 'hotwash'));
  const seats = view.seats.filter((s) => s.kind !== 'control');
  return (
    <form
      noValidate
      className="review__ask"
      data-testid="hotwash-ask"
      onSubmit={(e) => {
        e.preventDefault();
        const audience = seat === 'all' ? ('all' as const) : [seat];
        void send({ type: 'askHotwash', question, audience }).then((ok) => ok && setQuestion(''));
      }}
    >
      <label>
        <span>{t('hotwash.question')}</span>
        <textarea
          value={question}
          rows={2}
          onChange={(e) => setQuestion(e.target.value)}
          data-testid="hotwash-question"
        />
      </label>
      <label>
        <span>{t('hotwash.audience')}</span>
        <select value={seat} onChange={(e) => setSeat(e.target.value)} data-testid="hotwash-audience">
          <option value="all">{t('hotwash.everyone')}</option>
          {seats.map((s) => (
            <option key={s.id} value={s.id}>
              {tx(s.label)}
            </option>
          ))}
        </select>
      </label>
      <FormProblem id="hotwash-ask-problem" problem={problem} />
      <button
        type="submit"
        className="button button--small"
        disabled={busy || !open || question.trim() === ''}
        data-testid="hotwash-ask-submit"
      >
        {t('hotwash.ask')}
      </button>
      {!open && <p className="hint">{t('hotwash.when')}</p>}
    </form>
  );
}

function AnswerForm({ question }: { readonly question: HotwashQuestionView }) {
  const t = useT();
  const { send, problem } = useCheckedSend();
  const busy = useStore((s) => s.pendingCommand !== null);
  const [text, setText, forget] = useDraft(`hotwash:${question.id}`);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send({ type: 'answerHotwash', questionId: question.id, text }).then((ok) => ok && forget());
      }}
    >
      <label>
        <span className="visually-hidden">{t('hotwash.yourAnswer')}</span>
        <textarea
          value={text}
          rows={2}
          onChange={(e) => setText(e.target.value)}
          data-testid={`hotwash-answer-${question.id}`}
        />
      </label>
      <FormProblem id={`hotwash-answer-problem-${question.id}`} problem={problem} />
      <button type="submit" className="button button--small" disabled={busy || text.trim() === ''}>
        {t('hotwash.answer')}
      </button>
    </form>
  );
}

export function Hotwash({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const seatLabel = new Map(view.seats.map((s) => [s.id, s.label]));
  const questions = view.review.hotwash;
  return (
    <section className="review__hotwash" aria-labelledby="hotwash-title" data-testid="hotwash">
      <h3 id="hotwash-title">{t('hotwash.title')}</h3>
      {view.you.isControl && <AskForm view={view} />}
      {questions.length === 0 ? (
        <p className="hint">{t('hotwash.none')}</p>
      ) : (
        <ol className="review__questions">
          {questions.map((q) => (
            <li key={q.id} data-testid={`hotwash-${q.id}`}>
              <p className="review__question">
                <strong>{q.question}</strong>{' '}
                <span className="hint">{t('hotwash.askedAt', { turn: q.turn })}</span>
              </p>
              {q.answers.length > 0 && (
                <ul>
                  {q.answers.map((a) => (
                    <li key={a.seatId}>
                      <strong>{tx(seatLabel.get(a.seatId) ?? a.seatId)}:</strong> {a.text}
                    </li>
                  ))}
                </ul>
              )}
              {q.askedOfYou && q.yourAnswer === null && <AnswerForm question={q} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
