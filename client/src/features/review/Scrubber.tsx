// The timeline: a slider over the moments, the tags on it, and a list to jump to a key moment.
import type { MomentTag, TimelineEntry } from '@council/shared';
import { useT, type MessageKey } from '../../i18n';

/** Moments a reviewer looks for first: the council's decisions, injects, blows on the ground. */
const KEY_TYPES: ReadonlySet<string> = new Set([
  'turnStarted',
  'draftTabled',
  'draftAdopted',
  'silenceBroken',
  'injectFired',
  'incursionBegan',
  'placeCaptured',
  'negotiationDealSigned',
  'negotiationWalkedOut',
  'hotwashAsked',
  'exerciseEnded',
  'rolledBack',
]);

interface Props {
  readonly entries: readonly TimelineEntry[];
  /** Position in `entries`. */
  readonly index: number;
  readonly onChange: (index: number) => void;
  readonly tags: readonly MomentTag[];
}

export function Scrubber({ entries, index, onChange, tags }: Props) {
  const t = useT();
  const last = Math.max(0, entries.length - 1);
  const tagged = new Set(tags.map((tag) => tag.seq));
  const key = entries.flatMap((entry, i) =>
    KEY_TYPES.has(entry.type) || tagged.has(entry.seq) ? [{ entry, i }] : [],
  );
  const positionOf = (seq: number) => {
    const found = entries.findIndex((e) => e.seq >= seq);
    return found < 0 ? last : found;
  };
  return (
    <div className="review__timeline">
      <label className="review__scrubber">
        <span>{t('review.scrubber', { seq: entries[index]?.seq ?? 0, last: entries[last]?.seq ?? 0 })}</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          data-testid="review-scrubber"
          list="review-tag-marks"
          onChange={(e) => onChange(Number(e.target.value))}
        />
        {/* Tagged moments as tick marks on the slider. */}
        <datalist id="review-tag-marks">
          {tags.map((tag) => (
            <option key={tag.id} value={positionOf(tag.seq)} label={tag.kind} />
          ))}
        </datalist>
      </label>
      {entries[index]?.setAside && (
        <p className="hint" data-testid="review-set-aside">
          {t('branch.setAsideMoment')}
        </p>
      )}
      {tags.length > 0 && (
        <ol className="review__tags" aria-label={t('review.tags')} data-testid="review-tags">
          {tags.map((tag) => (
            <li key={tag.id}>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => onChange(positionOf(tag.seq))}
                data-testid={`review-tag-${tag.id}`}
              >
                {t('review.tag', { kind: t(`review.tagKind.${tag.kind}` as MessageKey), seq: tag.seq })}
              </button>{' '}
              {tag.note}
            </li>
          ))}
        </ol>
      )}
      <label className="review__jump">
        <span>{t('review.jump')}</span>
        <select
          data-testid="review-jump"
          value=""
          onChange={(e) => e.target.value !== '' && onChange(Number(e.target.value))}
        >
          <option value="">{t('review.jumpPlaceholder')}</option>
          {key.map(({ entry, i }) => (
            <option key={entry.seq} value={i} data-type={entry.type}>
              {`${entry.seq} · ${entry.label}${tagged.has(entry.seq) ? ` · ${t('review.tagged')}` : ''}${
                entry.setAside ? ` · ${t('branch.setAside')}` : ''
              }`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
