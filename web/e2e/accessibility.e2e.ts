/**
 * End-to-end, accessibility: axe-core (WCAG 2.0 A and AA, WCAG 2.1 AA: support.ts AXE_TAGS) on the platform's views,
 * each opened from its URL and audited once everything it loads is drawn: the portal, an observatory's dashboard (on
 * the Emploi demo data), a commune's profile with its trend lines, the catalogue with a sheet open, the sign-in page.
 * A violation fails the test with its rule, element and help. Then every page the observatories register (PAGES, checked
 * against their index.ts), once its figures are drawn; each observatory's e2e file also audits its pages in their other
 * states (a sheet open, an editor signed in).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, chartDrawn, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, registeredPaths, type Chromium } from './support';

const EPCI = 'epci:246200299'; // CA d'Hénin-Carvin
const COMMUNE = 'commune:62427'; // Hénin-Beaumont

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

const open = (path: string, ready: string): Promise<void> => openSettled(page, path, ready);

/** Every page the observatories register, with what says it is drawn. */
const PAGES = [
  { name: 'the brownfields’ map', path: '/friches', ready: '.friches-summary__total' },
  { name: 'the ZAN counter', path: '/zan', ready: '.chart__figure svg' },
  { name: 'the business parks', path: '/observatories/foncier-eco/zae', ready: '.figures-slot .figures' },
  { name: 'the energy accounts', path: '/energie', ready: '.energie-sankey svg' },
  { name: 'the energy production sites', path: '/energie/sites', ready: '#energie-sites-tableau tbody tr' },
  { name: 'the Toile énergétique', path: '/energie/toile', ready: '[data-pair]' },
  { name: 'the road accidents', path: '/mobilite/accidents', ready: '.accidents-hot-spots-slot table' },
  { name: 'the cycling network', path: '/mobilite/cyclable', ready: '[data-testid="types-table"]' },
  { name: 'the stations', path: '/mobilite/gares', ready: '[data-testid="stations-table"]' },
  { name: 'the PDU follow-up', path: '/mobilite/pdu', ready: '.pdu-card' },
  { name: 'the business demography', path: '/emploi/entreprises', ready: '.entreprises-chart svg' },
  { name: 'the evaluated projects', path: '/evaluation', ready: '.evaluation-project [data-testid="project-score"]' },
  { name: 'a project’s evaluation', path: '/evaluation/projet?id=cabbalr-projet-de-territoire', ready: '.evaluation-dashboard[data-loaded]' },
  { name: 'the housing key figures', path: '/habitat', ready: '.habitat-chart svg' },
  { name: 'the property prices', path: '/habitat/prix', ready: '[data-testid="distribution-median"]' },
  { name: 'the PLH follow-up', path: '/habitat/plh', ready: '.plh-card' },
  { name: 'the commerce dashboard', path: '/commerce', ready: '[data-testid="centralities-table"]' },
  { name: 'the commerce map', path: '/commerce/carte', ready: '[data-testid="legend"]' },
  { name: 'the centralities', path: '/commerce/centralites', ready: '[data-testid="centralities-list"]' },
  { name: 'the economic barometer', path: '/barometre', ready: '.barometre-publication .bp-keys' },
  { name: 'the CLS key figures', path: '/sante?territory=epci:246200364', ready: '[data-testid="sante.densite_generalistes"]' },
  { name: 'the care supply', path: '/sante/offre', ready: '#sante-map[data-drawn]' },
  { name: 'the income deciles', path: '/social/deciles', ready: '.social-chart svg' },
  { name: 'the QPVs and programmes', path: '/politique-ville', ready: '[data-testid="qpvs"][data-loaded]' },
  { name: 'a QPV’s sheet', path: '/politique-ville/qpv?code=QN06201M', ready: '.pv-sheet[data-loaded]' },
  { name: 'an NPNRU programme', path: '/politique-ville/npnru?id=npnru-cabbalr', ready: '.pv-programme[data-loaded]' },
  { name: 'the urban overheating', path: '/environnement/surchauffe?territory=commune:62498', ready: '[data-testid="buildings-count"]' },
  { name: 'the ecological networks', path: '/trames', ready: 'fieldset.trames-toggles' },
  { name: 'the tourist accommodation', path: '/tourisme/carte', ready: '[data-testid="tourist-beds"]' },
  { name: 'the short-supply-chain outlets', path: '/foncier-agricole/circuits-courts', ready: '[data-testid="outlet-count"]' },
  { name: 'the waste streams', path: '/dechets', ready: '.dechets-chart svg' },
  { name: 'the transitions dashboard', path: '/transitions', ready: '.transitions-themes' },
  { name: 'the Donut', path: '/transitions/donut', ready: '.transitions-donut[data-drawn="1"]' },
  { name: 'the risk matrix', path: '/transitions/risques?within=epci:246200364', ready: '.transitions-table[data-drawn="1"]' },
] as const;

it('lists every page the observatories register', () => {
  const listed = new Set<string>(PAGES.map((v) => new URL(v.path, BASE).pathname));
  expect(registeredPaths().filter((path) => !listed.has(path))).toEqual([]);
});

describe('axe-core finds no violation', () => {
  it('on the portal', async () => {
    await open('/', '.card .card__figure[data-value]');
    await expectNoAxeViolations(page, 'the portal');
  });

  it('on an observatory’s dashboard: map, legend, chart, ranking', async () => {
    await open(`/observatories/emploi?zone=${EPCI}`, '#dashboard-map[data-drawn]');
    await chartDrawn(page);
    await page.waitForSelector('#classement tbody tr');
    await expectNoAxeViolations(page, 'the dashboard');
  });

  it('on a commune’s profile, with its trend lines', async () => {
    await open(`/territories/${COMMUNE}`, '.figure-card');
    await page.waitForSelector('.figure-card__spark svg');
    await page.waitForSelector('.locator .locator__subject');
    await expectNoAxeViolations(page, 'the profile');
  });

  it('on the catalogue, an indicator’s sheet open', async () => {
    await open('/catalogue', '#cat-indicators ~ div table');
    await page.click('button[aria-label="Fiche de emploi.salaries_prives"]');
    await page.waitForSelector('.sheet .api-links');
    await expectNoAxeViolations(page, 'the catalogue');
  });

  it('on the sign-in page', async () => {
    await open('/connexion', 'input[name="apiKey"]');
    await expectNoAxeViolations(page, 'the sign-in page');
  });

  for (const view of PAGES) {
    it(`on ${view.name}`, async () => {
      await open(view.path, view.ready);
      await expectNoAxeViolations(page, view.name);
    });
  }

  it('logged no script error and no Content-Security-Policy violation (axe is not injected as a script tag)', () => {
    expect(chromium.problems).toEqual([]);
  });
});
