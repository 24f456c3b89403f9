/**
 * The key figures as the activity report states them: the latest consumption with its gas share, the latest
 * production, the decarbonised balance naming both years, the latest emissions; and the coverage caveat.
 * data-testid and data-value carry the API's numbers for the tests.
 */
import { formatDecimal, MISSING } from '../../../platform/format';
import { h, replaceContent } from '../../../platform/ui/dom';
import { balanceYears, coverageCaveat, percent } from './accounts';
import type { TerritoryAccounts } from './api';

function tile(testId: string, label: string, value: number | null | undefined, shown: string, note: string): HTMLElement {
  return h(
    'div',
    { class: 'energie-tile' },
    h('dt', {}, label),
    h('dd', { class: 'energie-tile__value', 'data-testid': testId, 'data-value': value ?? '' }, value == null ? MISSING : shown),
    h('dd', { class: 'energie-tile__note' }, note),
  );
}

export function renderHeadline(slot: HTMLElement, accounts: TerritoryAccounts): void {
  const head = accounts.headline;
  const balance = head.decarbonisedBalance;
  const caveat = coverageCaveat(accounts);
  const demo = accounts.origins.some((o) => o.startsWith('Démonstration'));
  replaceContent(
    slot,
    h(
      'dl',
      { class: 'energie-headline', 'data-territory': accounts.id },
      tile(
        'consumption',
        'Consommation d’énergie',
        head.consumptionGwh,
        `${formatDecimal(head.consumptionGwh ?? 0, 0)} GWh`,
        head.consumptionYear ? `en ${head.consumptionYear}` : '',
      ),
      tile(
        'gas-share',
        'Part du gaz naturel',
        head.gasShare,
        percent(head.gasShare ?? 0, 0),
        head.consumptionYear ? `de la consommation ${head.consumptionYear}` : '',
      ),
      tile(
        'production',
        'Production renouvelable et de récupération',
        head.productionGwh,
        `${formatDecimal(head.productionGwh ?? 0, 0)} GWh`,
        head.productionYear ? `en ${head.productionYear}` : '',
      ),
      tile('balance', 'Bilan décarboné', balance?.share, percent(balance?.share ?? 0), balance ? balanceYears(balance) : ''),
      tile(
        'emissions',
        'Émissions directes de GES',
        head.emissionsKt,
        `${formatDecimal((head.emissionsKt ?? 0) / 1000, 2)} Mt CO₂e`,
        head.emissionsYear ? `en ${head.emissionsYear}` : '',
      ),
    ),
    caveat ? h('p', { class: 'note energie-caveat', 'data-testid': 'coverage-caveat' }, caveat) : null,
    h(
      'p',
      { class: 'note' },
      demo
        ? 'Source : rapport d’activité 2024 de l’AULA pour les totaux de l’AULA et des EPCI ; la répartition entre communes et les autres années sont des données de démonstration.'
        : `Source : ${accounts.origins.join(' ; ') || 'comptes importés'}.`,
    ),
  );
}
