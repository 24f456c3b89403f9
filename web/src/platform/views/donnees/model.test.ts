/** The catalogue's rules: the search's API URL, facets in the URL, the recipes' exact URLs, the citation, a CSV's head. */
import { describe, expect, it } from 'vitest';
import { createRouter, datasetsRoute, routeToUrl } from '../../routes';
import { EMPLOI_DATASET, FRICHES_DATASET, REFUSED } from './fixtures';
import { temporalText } from './sheet';
import { citation, csvHead, datasetsUrl, formatBytes, lineageEntries, lineageUrls, ogcLanding, recipes, resultsText, toggleFacet } from './model';

const router = createRouter([]);

describe('the search’s state', () => {
  it('reads and writes every facet, the date, the watch and the page in the URL', () => {
    const url =
      '/donnees?q=emploi+salari%C3%A9&observatory=emploi&theme=%C3%89conomie&source=URSSAF&level=commune&periodicity=quarter&licence=Licence+Ouverte+2.0&access=public&updatedSince=2024-01-01&watch=1&offset=20';
    const route = router.parse('/donnees', url.slice('/donnees'.length));
    expect(route).toEqual({
      view: 'datasets',
      q: 'emploi salarié',
      facets: {
        observatory: 'emploi',
        theme: 'Économie',
        source: 'URSSAF',
        level: 'commune',
        periodicity: 'quarter',
        licence: 'Licence Ouverte 2.0',
        access: 'public',
      },
      updatedSince: '2024-01-01',
      watch: true,
      offset: 20,
    });
    expect(router.parse('/donnees', new URL(`http://x${router.toUrl(route)}`).search)).toEqual(route);
  });

  it('drops what is malformed and keeps the URL short', () => {
    expect(router.parse('/donnees', '?updatedSince=hier&offset=-3&watch=oui&access=')).toEqual(datasetsRoute());
    expect(routeToUrl(datasetsRoute())).toBe('/donnees');
  });

  it('opens a dataset’s page by its id', () => {
    expect(router.parse('/donnees/emploi.urssaf', '')).toEqual({ view: 'dataset', id: 'emploi.urssaf' });
    expect(routeToUrl({ view: 'dataset', id: 'layer:friches-sites' })).toBe('/donnees/layer:friches-sites');
    expect(router.parse('/donnees/a%20b', '').view).toBe('notFound');
  });

  it('says the temporal coverage in words', () => {
    expect(temporalText({ start: '2013-01-01', end: '2024-12-31' })).toBe('du 1er janvier 2013 au 31 décembre 2024');
    expect(temporalText({ start: '2013-Q1', end: '2024-Q4' })).toBe('du 1er trimestre 2013 au 4e trimestre 2024');
    expect(temporalText({ start: '2013', end: '2024' })).toBe('de 2013 à 2024');
    expect(temporalText(null)).toBe('—');
  });

  it('sets a facet, clears it when chosen again, and goes back to the first page', () => {
    const on = toggleFacet(datasetsRoute({ offset: 40 }), 'source', 'INSEE');
    expect(routeToUrl(on)).toBe('/donnees?source=INSEE');
    expect(routeToUrl(toggleFacet(on, 'source', 'INSEE'))).toBe('/donnees');
  });

  it('asks the API for the same filters', () => {
    const route = datasetsRoute({ q: ' friches ', facets: { observatory: 'friches', access: 'partner' }, updatedSince: '2024-06-01', offset: 20 });
    expect(datasetsUrl(route)).toBe('/api/v1/datasets?q=friches&observatory=friches&access=partner&updatedSince=2024-06-01&limit=20&offset=20');
  });

  it('says how many datasets were found', () => {
    expect(resultsText(0, 0, 0)).toBe('Aucun jeu de données ne correspond à ces critères.');
    expect(resultsText(1, 0, 1)).toBe('1\u00a0jeu de données trouvé.');
    expect(resultsText(45, 20, 20)).toBe('45\u00a0jeux de données trouvés (21 à 40).');
  });
});

describe('a dataset’s page', () => {
  it('gives the API and CSV recipes with the exact URLs', () => {
    expect(recipes(EMPLOI_DATASET)).toEqual([
      { title: 'API (JSON) avec curl', text: "curl 'https://observatoires.aula.fr/api/v1/indicators?observatory=emploi'" },
      {
        title: 'CSV avec curl',
        text: "curl -o emploi.salaries_prives.csv 'https://observatoires.aula.fr/api/v1/indicators/emploi.salaries_prives/values?level=commune&format=csv'",
      },
      {
        title: 'CSV en Python (pandas)',
        text: "import pandas as pd\ndf = pd.read_csv('https://observatoires.aula.fr/api/v1/indicators/emploi.salaries_prives/values?level=commune&format=csv')",
      },
    ]);
  });

  it('gives a layer’s GDAL and QGIS recipes on its OGC API, with the key for a partner layer', () => {
    const texts = recipes(FRICHES_DATASET).map((r) => r.text);
    expect(texts).toContain(
      `curl -H "Authorization: Bearer $OBSERVATOIRES_CLE" -o friches-sites.csv 'https://observatoires.aula.fr/ogc/collections/friches-sites/items?f=csv'`,
    );
    expect(texts).toContain(
      'ogr2ogr --config GDAL_HTTP_HEADERS "Authorization: Bearer $OBSERVATOIRES_CLE" -f GPKG friches-sites.gpkg OAPIF:https://observatoires.aula.fr/ogc friches-sites',
    );
    expect(texts.find((t) => t.startsWith('Couche ›'))).toContain('URL https://observatoires.aula.fr/ogc ');
    expect(texts).toContain(
      `curl -H "Authorization: Bearer $OBSERVATOIRES_CLE" -o friches-sites.gpkg 'https://observatoires.aula.fr/ogc/collections/friches-sites/items?f=gpkg'`,
    );
    // pandas cannot send the key: no recipe that would fail.
    expect(texts.some((t) => t.includes('pandas'))).toBe(false);
    expect(ogcLanding('https://h/ogc/collections/x')).toBe('https://h/ogc');
  });

  it('cites the publisher, the title, the year, the URL and the day consulted', () => {
    expect(citation(EMPLOI_DATASET, 'https://observatoires.aula.fr/donnees/emploi.urssaf', new Date('2026-12-06T12:00:00Z'))).toBe(
      'Agence d’urbanisme de l’Artois, « Emploi salarié privé (URSSAF) », 2025. https://observatoires.aula.fr/donnees/emploi.urssaf (consulté le 6 décembre 2026).',
    );
    // Never loaded: the year consulted.
    expect(citation(FRICHES_DATASET, 'u', new Date('2026-12-06T12:00:00Z'))).toContain('« Sites en friche », 2026.');
  });

  it('reads its lineage by module and the values imports that wrote its indicators, or by the layer', () => {
    expect(lineageUrls(EMPLOI_DATASET)).toEqual(['/api/v1/imports?module=emploi&limit=20', '/api/v1/imports?indicator=emploi.salaries_prives&limit=100']);
    expect(lineageUrls(FRICHES_DATASET)).toEqual(['/api/v1/imports?module=friches&limit=100']);
    const own = { ...REFUSED, id: 1, at: '2025-01-01T00:00:00Z' };
    const wrote = { ...REFUSED, id: 2, module: 'platform', target: 'values', indicators: ['emploi.salaries_prives', 'x.y'], at: '2025-02-01T00:00:00Z' };
    // Only when the log names one of its indicators (a filter the API already applied, checked again).
    const other = { ...REFUSED, id: 3, module: 'platform', target: 'values', indicators: ['x.y'], at: '2025-03-01T00:00:00Z' };
    const unnamed = { ...REFUSED, id: 6, module: 'platform', target: 'values', indicators: null, at: '2025-04-01T00:00:00Z' };
    expect(lineageEntries(EMPLOI_DATASET, [{ items: [own] }, { items: [unnamed, other, wrote] }]).map((e) => e.id)).toEqual([2, 1]);
    // A layer's: its module's imports into the tables it reads, not the module's others.
    const sites = { ...REFUSED, id: 4, module: 'friches', target: 'friches.site' };
    const scores = { ...REFUSED, id: 5, module: 'friches', target: 'friches.score' };
    expect(lineageEntries(FRICHES_DATASET, [{ items: [sites, scores] }]).map((e) => e.id)).toEqual([4]);
  });

  it('says sizes in French units', () => {
    expect(formatBytes(null)).toBeNull();
    expect(formatBytes(512)).toBe('512\u00a0octets');
    expect(formatBytes(1_534_000)).toBe('1,5\u00a0Mo');
    expect(formatBytes(88_000)).toBe('88\u00a0ko');
  });

  it('reads a CSV’s first rows, quotes and all, without a line cut by the byte limit', () => {
    const text = '\ufeffcode,nom,valeur\n62119,"Béthune, ville",12\n62498,"Lens ""centre""",3\r\n62510,Liév';
    expect(csvHead(text, 10, false)).toEqual([
      ['code', 'nom', 'valeur'],
      ['62119', 'Béthune, ville', '12'],
      ['62498', 'Lens "centre"', '3'],
    ]);
    expect(csvHead(text, 10, true).at(-1)).toEqual(['62510', 'Liév']);
    expect(csvHead(text, 2)).toHaveLength(2);
  });
});
