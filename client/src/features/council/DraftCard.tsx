// One draft: what it decides, its text and effects, silence, every ally's stance, and what the
// reader may do with it (take a position, or as chair revise, silence or withdraw it).
import type { CouncilView, DraftView, ExerciseView } from '@council/shared';
import { gameTimeLabel } from '../../format/time';
import { useT, type MessageKey } from '../../i18n';
import { capabilities } from '../../store';
import { ChairTools } from './ChairTools';
import { DraftPositions } from './DraftPositions';
import { EffectList } from './EffectList';
import { allyName, itemTitle } from './names';
import { PositionForm } from './PositionForm';
import { SilenceDeadline } from './SilenceDeadline';
import { tx } from '../../i18n/scenarioText';
import { draftName } from './draftName';

interface Props {
  readonly view: ExerciseView;
  readonly council: CouncilView;
  readonly draft: DraftView;
}

export const isLiveDraft = (d: DraftView) => d.status === 'open' || d.status === 'silence';

export function DraftCard({ view, council, draft }: Props) {
  const t = useT();
  const caps = capabilities(view);
  const when = (iso: string) => gameTimeLabel(view.clock, iso);
  const live = isLiveDraft(draft);
  const effects = draft.itemIds.flatMap((id) => council.catalogue.find((i) => i.id === id)?.effects ?? []);
  const titleId = `draft-title-${draft.id}`;
  const status =
    draft.status === 'adopted' && draft.adoptedAt
      ? t(`draft.status.adopted.${draft.adoptedVia ?? 'consensus'}` as MessageKey, {
          time: when(draft.adoptedAt),
        })
      : t(`draft.status.${draft.status}` as MessageKey);
  return (
    <article
      className={`card draft draft--${draft.status}`}
      data-testid={`draft-${draft.id}`}
      data-status={draft.status}
      aria-labelledby={titleId}
    >
      <header className="draft__head">
        <h3 id={titleId}>
          {t('draft.title', { draft: draftName(draft.id) })}
          {draft.revision > 1 && (
            <span className="draft__rev"> · {t('draft.revision', { n: draft.revision })}</span>
          )}
        </h3>
        <span className={`tag tag--draft-${draft.status}`} data-testid={`draft-status-${draft.id}`}>
          {status}
        </span>
      </header>
      <p className="draft__meta">
        {t('draft.tabledAt', { time: when(draft.tabledAt) })}
        {draft.supersedes && ` · ${t('draft.supersedes', { draft: draftName(draft.supersedes) })}`}
        {draft.accommodates.length > 0 &&
          ` · ${t('draft.answers', { names: draft.accommodates.map((id) => allyName(council, id)).join(', ') })}`}
      </p>
      <div className="draft__items">
        <span className="draft__label">
          {draft.itemIds.length > 1
            ? t('draft.package', { count: draft.itemIds.length })
            : t('draft.decides')}
        </span>
        <ul data-testid={`draft-items-${draft.id}`}>
          {draft.itemIds.map((id) => (
            <li key={id}>{itemTitle(council, id)}</li>
          ))}
        </ul>
      </div>
      <blockquote className="draft__text" data-testid={`draft-text-${draft.id}`}>
        {tx(draft.text)}
      </blockquote>
      <p className="draft__label">
        {t(draft.status === 'adopted' ? 'council.effectsApplied' : 'council.effectsIf')}
      </p>
      <EffectList council={council} effects={effects} testId={`draft-effects-${draft.id}`} />
      <SilenceDeadline draft={draft} clock={view.clock} />
      <DraftPositions draft={draft} council={council} clock={view.clock} myAllyId={caps.allyId} />
      {live && caps.councilSits && caps.allyId && (
        <PositionForm draft={draft} allyId={caps.allyId} clock={view.clock} />
      )}
      {live && caps.councilSits && caps.chairs && <ChairTools draft={draft} council={council} />}
    </article>
  );
}
