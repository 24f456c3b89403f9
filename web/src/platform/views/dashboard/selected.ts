/** The selected territory, under the map: its value (or why it is not published), its rank, its profile's link. */
import type { IndicatorSummary, ValueItem } from '../../api/types';
import { formatFigure, formatInteger, statusLabel } from '../../format';
import { routeToUrl } from '../../routes';
import { h } from '../../ui/dom';

export interface SelectedProps {
  row: ValueItem;
  /** How many territories are ranked. */
  total: number;
  ind: IndicatorSummary;
  onClear(): void;
}

export function selectedPanel({ row, total, ind, onClear }: SelectedProps): HTMLElement {
  const figure = h('strong', {}, formatFigure(row.value, row.status, ind.decimals, ind.unit));
  const clear = h('button', { type: 'button', class: 'button button--tertiary' }, 'Désélectionner');
  clear.addEventListener('click', onClear);
  return h(
    'div',
    { class: 'selected', 'data-selected': row.territory.id },
    h('h3', {}, row.territory.name),
    row.status === 'secret' || row.status === 'restricted'
      ? h(
          'p',
          {},
          figure,
          row.status === 'secret' ? ' : la valeur repose sur trop peu d’unités pour être publiée.' : ' : valeur réservée aux partenaires habilités.',
        )
      : h(
          'p',
          {},
          figure,
          ` — valeur ${statusLabel(row.status)}`,
          row.rank !== null ? `, rang ${formatInteger(row.rank)} sur ${formatInteger(total)}` : '',
          '.',
        ),
    h(
      'p',
      {},
      h(
        'a',
        { href: routeToUrl({ view: 'profile', territory: row.territory.id, q: '' }), 'data-nav': '' },
        `Tableau de bord territorial ${row.territory.names.of}`,
      ),
      ' ',
      clear,
    ),
  );
}
