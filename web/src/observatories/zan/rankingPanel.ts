/**
 * The ranking panel: the communes of the territory (of a commune's EPCI) from the most to the least sober, in square
 * metres consumed per new inhabitant or private job; the divisor is chosen here and kept in the URL (route.per).
 */
import type { ApiClient } from '../../platform/api/client';
import type { TerritoryChoices } from '../../platform/context';
import { formatDecimal, formatInteger, MISSING } from '../../platform/format';
import { loading, selectField, showError, sortableTable, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { RankedCommune, ZanRanking } from './api';
import type { ZanRoute } from './route';
import type { PickedTerritory } from '../../platform/ui/territoryPicker';
import { rankingScope, scopeOf } from './territory';

/** What the panel reads of the view when it loads (the latest route and territory). */
export interface RankingState {
  route: ZanRoute;
  picked: PickedTerritory | null;
  choices: TerritoryChoices | null;
}

export interface RankingDeps {
  client: ApiClient;
  state(): RankingState;
  /** The divisor was chosen (the view puts it in the URL). */
  choosePer(per: ZanRoute['per']): void;
}

function columns(answer: ZanRanking, route: ZanRoute): Column<RankedCommune>[] {
  const unit = answer.per === 'job' ? 'emploi' : 'habitant';
  return [
    { key: 'rank', label: 'Rang', numeric: true, cell: (r) => (r.rank === null ? MISSING : formatInteger(r.rank)), sort: (r) => r.rank },
    {
      key: 'name',
      label: 'Commune',
      rowHeader: true,
      cell: (r) => h('a', { href: `/zan?territory=${r.commune}${route.per === 'job' ? '&per=job' : ''}`, 'data-nav': '' }, r.name),
      sort: (r) => r.name,
    },
    {
      key: 'consumed',
      label: `Consommation ${answer.from}–${answer.to} (ha)`,
      numeric: true,
      cell: (r) => formatDecimal(r.consumedHa, 2),
      sort: (r) => r.consumedHa,
    },
    {
      key: 'gain',
      label: answer.per === 'job' ? 'Emplois gagnés' : 'Habitants gagnés',
      numeric: true,
      cell: (r) => (r.gain === null ? MISSING : formatInteger(r.gain)),
      sort: (r) => r.gain,
    },
    {
      key: 'per',
      label: `m² par nouvel ${unit}`,
      numeric: true,
      cell: (r) => (r.squareMetresPer === null ? h('span', { title: 'Pas de gain sur la période' }, 'sans gain') : formatInteger(r.squareMetresPer)),
      sort: (r) => r.squareMetresPer,
    },
  ];
}

export class RankingPanel {
  private generation = 0;

  constructor(
    private readonly options: HTMLElement,
    private readonly slot: HTMLElement,
    private readonly deps: RankingDeps,
  ) {}

  /** The divisor's selector, then the ranking of the current territory (the latest call wins). */
  async load(): Promise<void> {
    const mine = ++this.generation;
    const { route, picked } = this.deps.state();
    const within = rankingScope(picked, route.territory);
    replaceContent(
      this.options,
      selectField(
        'Consommation rapportée',
        'per',
        [
          { value: 'inhabitant', label: 'à chaque nouvel habitant' },
          { value: 'job', label: 'à chaque nouvel emploi salarié privé' },
        ],
        route.per,
        (value) => this.deps.choosePer(value === 'job' ? 'job' : 'inhabitant'),
      ).field,
    );
    if (!within) {
      replaceContent(this.slot, h('p', {}, 'Pas d’intercommunalité connue pour cette commune : pas de classement.'));
      return;
    }
    replaceContent(this.slot, loading('Chargement du classement…'));
    try {
      const answer = await this.deps.client.get({ path: '/api/v1/zan/ranking', query: { within, per: route.per, from: 2011, to: 2020 } });
      if (mine !== this.generation) return;
      this.render(answer);
    } catch (error) {
      if (mine === this.generation) showError(this.slot, error, () => void this.load());
    }
  }

  /** Empties the ranking (the territory is unknown). */
  clear(): void {
    replaceContent(this.slot);
  }

  /** Forgets the requests under way (the view is left). */
  stop(): void {
    this.generation++;
  }

  private render(answer: ZanRanking): void {
    const { route, picked, choices } = this.deps.state();
    const unit = answer.per === 'job' ? 'emploi' : 'habitant';
    const table = sortableTable(
      `Communes ${scopeOf(answer.within, picked, choices)}, de la plus sobre à la moins sobre : mètres carrés consommés par nouvel ${unit}, ${answer.from}–${answer.to}`,
      columns(answer, route),
      answer.items,
      { key: 'rank', direction: 'ascending' },
      (r) => ({ 'data-commune': r.commune, class: r.commune === route.territory ? 'is-selected' : '' }),
    );
    replaceContent(
      this.slot,
      h(
        'p',
        { class: 'note' },
        `Consommation d’espaces ${answer.from}–${answer.to} divisée par le gain ${answer.per === 'job' ? 'd’emplois salariés privés (URSSAF)' : 'de population (INSEE)'} sur la même période. Une commune qui n’a pas gagné d’${unit}s n’est pas classée.`,
      ),
      table.element,
    );
  }
}
