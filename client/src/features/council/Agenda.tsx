// The agenda: items before the Council (on the table, requested, decided), then the rest of the catalogue.
import type { CouncilView, ExerciseView } from '@council/shared';
import { useT } from '../../i18n';
import { AgendaItemRow, itemState, type ItemState } from './AgendaItemRow';

const ORDER: readonly ItemState[] = ['tabled', 'requested', 'adopted'];

export function Agenda({ view, council }: { readonly view: ExerciseView; readonly council: CouncilView }) {
  const t = useT();
  const onAgenda = council.catalogue
    .filter((item) => itemState(item) !== 'catalogue')
    .sort((a, b) => ORDER.indexOf(itemState(a)) - ORDER.indexOf(itemState(b)));
  const rest = council.catalogue.filter((item) => itemState(item) === 'catalogue');
  return (
    <section className="card agenda" aria-labelledby="agenda-title" data-testid="agenda">
      <h2 id="agenda-title">{t('council.agenda')}</h2>
      <h3 className="agenda__group">{t('council.onAgenda', { count: onAgenda.length })}</h3>
      {onAgenda.length === 0 ? (
        <p className="agenda__empty">{t('council.agendaEmpty')}</p>
      ) : (
        <ul className="agenda__list">
          {onAgenda.map((item) => (
            <AgendaItemRow key={item.id} view={view} council={council} item={item} />
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <>
          <h3 className="agenda__group">{t('council.catalogue', { count: rest.length })}</h3>
          <ul className="agenda__list">
            {rest.map((item) => (
              <AgendaItemRow key={item.id} view={view} council={council} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
