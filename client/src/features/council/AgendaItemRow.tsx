// One catalogue item: where it stands (catalogue, requested, on the table, adopted), what it does.
import type { CatalogueItemView, CouncilView, ExerciseView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { capabilities, selectIsLive, selectPending, selectSend, useStore } from '../../store';
import { EffectList } from './EffectList';
import { seatLabel } from './names';
import { useSpan } from './useSpan';
import { tx } from '../../i18n/scenarioText';
import { draftName } from './draftName';

export type ItemState = 'adopted' | 'tabled' | 'requested' | 'catalogue';

export function itemState(item: CatalogueItemView): ItemState {
  if (item.agenda?.adoptedAt) return 'adopted';
  if (item.draftId) return 'tabled';
  return item.agenda ? 'requested' : 'catalogue';
}

interface Props {
  readonly view: ExerciseView;
  readonly council: CouncilView;
  readonly item: CatalogueItemView;
}

export function AgendaItemRow({ view, council, item }: Props) {
  const t = useT();
  const span = useSpan();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const caps = capabilities(view);
  const state = itemState(item);
  const when = (iso: string) => gameTimeLabel(view.clock, iso);
  const { agenda } = item;
  const meta =
    agenda?.adoptedAt != null
      ? t('council.item.adoptedMeta', {
          time: when(agenda.adoptedAt),
          span: span(agenda.latencyHours ?? 0),
        })
      : agenda
        ? agenda.raisedBy
          ? t('council.item.requestedBy', {
              seat: seatLabel(view, agenda.raisedBy),
              time: when(agenda.raisedAt),
            })
          : t('council.item.raisedAt', { time: when(agenda.raisedAt) })
        : null;
  const canRequest = caps.mayRequest && caps.requestsOpen && !agenda;
  return (
    <li
      className={`agenda-item agenda-item--${state}`}
      data-testid={`agenda-item-${item.id}`}
      data-state={state}
    >
      <div className="agenda-item__head">
        <h4 className="agenda-item__title">{tx(item.title)}</h4>
        <span className={`tag tag--${state}`} data-testid={`item-state-${item.id}`}>
          {t(`council.item.state.${state}` as MessageKey, { draft: draftName(item.draftId ?? '') })}
        </span>
      </div>
      {meta && <p className="agenda-item__meta">{meta}</p>}
      {!item.public && <p className="agenda-item__meta">{t('council.item.confidential')}</p>}
      <p className="agenda-item__effects-label">
        {t(state === 'adopted' ? 'council.effectsApplied' : 'council.effectsIf')}
      </p>
      <EffectList council={council} effects={item.effects} testId={`effects-${item.id}`} />
      <details className="agenda-item__text">
        <summary>{t('council.item.text')}</summary>
        <p>{tx(item.text)}</p>
      </details>
      {canRequest && (
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid={`request-${item.id}`}
          aria-label={t('council.item.requestLabel', { item: tx(item.title) })}
          disabled={!live || pending}
          onClick={() => void send({ type: 'requestItem', itemId: item.id })}
        >
          {t('council.item.request')}
        </button>
      )}
    </li>
  );
}
