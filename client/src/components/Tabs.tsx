// A tab list (WAI-ARIA pattern): arrow keys, Home and End move between tabs; one tab stop.
import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<K extends string> {
  readonly id: K;
  readonly label: string;
  /** A short note after the label, e.g. a count. */
  readonly badge?: string | undefined;
}

interface Props<K extends string> {
  readonly label: string;
  readonly tabs: readonly TabItem<K>[];
  readonly current: K;
  readonly onSelect: (id: K) => void;
  /** Prefix of the tab and panel ids: `${idPrefix}-tab-${id}` labels `${idPrefix}-panel-${id}`. */
  readonly idPrefix: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

export function Tabs<K extends string>({ label, tabs, current, onSelect, idPrefix }: Props<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const target = to === null ? undefined : tabs[to];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => {
        const selected = tab.id === current;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            aria-selected={selected}
            aria-controls={panelId(idPrefix, tab.id)}
            tabIndex={selected ? 0 : -1}
            className={selected ? 'tabs__tab tabs__tab--current' : 'tabs__tab'}
            data-testid={`tab-${tab.id}`}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => move(e, index)}
          >
            {tab.label}
            {tab.badge && <span className="tabs__badge"> {tab.badge}</span>}
          </button>
        );
      })}
    </div>
  );
}
