// Checkboxes of catalogue items, for tabling a draft or reshaping one into a package.
import type { CatalogueItemView } from '@council/shared';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly legend: string;
  readonly items: readonly CatalogueItemView[];
  readonly chosen: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly testIdPrefix: string;
  readonly idPrefix: string;
}

export function ItemChecklist({ legend, items, chosen, onChange, testIdPrefix, idPrefix }: Props) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <fieldset className="item-checklist">
      <legend>{legend}</legend>
      {items.map((item) => (
        <div key={item.id} className="item-checklist__row">
          <input
            type="checkbox"
            id={`${idPrefix}-${item.id}`}
            data-testid={`${testIdPrefix}-${item.id}`}
            checked={chosen.includes(item.id)}
            onChange={(e) => toggle(item.id, e.target.checked)}
          />
          <label htmlFor={`${idPrefix}-${item.id}`}>{tx(item.title)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Items a new draft may decide: not adopted, and on no live draft other than `except`. */
export const freeItems = (catalogue: readonly CatalogueItemView[], except: string | null = null) =>
  catalogue.filter((i) => !i.agenda?.adoptedAt && (i.draftId === null || i.draftId === except));
