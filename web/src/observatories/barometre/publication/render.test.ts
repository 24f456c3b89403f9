// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { barometre, restrictedBarometre } from '../fixtures';
import { briefParagraphs, changeText, RESTRICTED_TITLE } from './blocks';
import { chartRows } from './chart';
import { briefLength, renderPublication } from './render';

/** The words of an element as a reader meets them: its text nodes one after another, spaces normalised, minus signs as hyphens. */
function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/ ([,.)])/g, '$1')
    .trim();
}

function page(element: HTMLElement, side: 'recto' | 'verso'): Element {
  return element.querySelector(`.bp-page--${side}`)!;
}

describe('the publication', () => {
  it('prints the territory and the quarter as its title, and the key figures on the recto', () => {
    const pub = renderPublication(barometre());
    const recto = page(pub, 'recto');
    expect(textOf(recto.querySelector('.bp-title'))).toBe('Pôle Métropolitain de l’Artois');
    expect(textOf(recto.querySelector('.bp-quarter'))).toContain('4e trimestre 2024');
    expect([...recto.querySelectorAll('.bp-keys li')].map(textOf)).toEqual([
      '+1,8 % d’emplois salariés privés en un an',
      '37 660 demandeurs d’emploi en catégorie A',
      '118 défaillances d’entreprises sur 12 mois',
    ]);
    expect(textOf(pub)).toContain('Agence d’urbanisme de l’Artois');
  });

  it('puts employment and job seekers on the recto, failures, Nota-PME, the brief and the sources on the verso', () => {
    const pub = renderPublication(barometre());
    const keys = (side: 'recto' | 'verso'): (string | null)[] =>
      [...page(pub, side).querySelectorAll('[data-indicator]')].map((e) => e.getAttribute('data-indicator'));
    expect(keys('recto')).toEqual(['emploi_prive', 'demandeurs_emploi']);
    expect(keys('verso')).toEqual(['defaillances', 'nota_pme']);
    const verso = page(pub, 'verso');
    expect([...verso.querySelectorAll('.bp-brief p')].map(textOf)).toEqual([
      'L’emploi salarié privé progresse encore ce trimestre.',
      'Les défaillances restent au-dessus de leur niveau de 2019.',
    ]);
    expect([...verso.querySelectorAll('.bp-sources li')].map(textOf)).toContain('Capfi, Nota-PME');
    expect(textOf(verso.querySelector('.bp-generated'))).toBe('Baromètre généré le 3 février 2025 par l’Agence d’urbanisme de l’Artois (AULA).');
    expect(pub.querySelectorAll('.bp-page')).toHaveLength(2);
  });

  it('shows a headline figure with its unit, its changes, and flags the provisional quarter', () => {
    const emploi = renderPublication(barometre()).querySelector('[data-indicator="emploi_prive"]')!;
    expect(textOf(emploi.querySelector('.bp-value'))).toBe('182 516 salariés p provisoire');
    expect([...emploi.querySelectorAll('.bp-changes li')].map(textOf)).toEqual([
      'Sur un trimestre (3e trimestre 2024) : +1 260 (+0,7 %)',
      'Sur un an (4e trimestre 2023) : +3 260 (+1,8 %)',
    ]);
  });

  it('says a revised quarter is revised, with its previous figure and the date', () => {
    const seekers = renderPublication(barometre()).querySelector('[data-indicator="demandeurs_emploi"]')!;
    expect(textOf(seekers.querySelector('.bp-revision'))).toBe('r Révisé : 35 900 personnes à la publication précédente, révisé le 14 mars 2025.');
    expect(textOf(seekers.querySelector('.bp-details'))).toBe('Catégories A, B, C : 61 000 personnes (+1 000 (+1,7 %) sur un an)');
  });

  it('draws each chart with the provisional point hollow and marked p, a revised one square and marked r', () => {
    const emploi = renderPublication(barometre()).querySelector('[data-indicator="emploi_prive"]')!;
    const svg = emploi.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toBe('Emploi salarié privé, salariés, sur 20 trimestres');
    expect(svg.getAttribute('aria-description')).toContain('4e trimestre 2024 : 182\u202f516 (provisoire)');
    expect(svg.getAttribute('aria-description')).toContain('2e trimestre 2024 : 181\u202f492 (révisé)');
    const letters = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(letters.filter((t) => t === 'p')).toHaveLength(1);
    expect(letters.filter((t) => t === 'r')).toHaveLength(1);
    // The filled dots are the plain quarters; the two hollow marks are white-filled with the ink's stroke.
    expect(svg.querySelectorAll('[fill="white"] path, path[fill="white"], [fill="white"] circle, circle[fill="white"]').length).toBeGreaterThan(0);
  });

  it('marks the provisional quarter only, and a revised quarter unless it is the provisional one', () => {
    const rows = chartRows([
      { period: '2024-Q2', value: 1, status: 'ok', provisional: false, revised: true },
      { period: '2024-Q3', value: 2, status: 'ok', provisional: false, revised: false },
      { period: '2024-Q4', value: 3, status: 'ok', provisional: true, revised: true },
      { period: '2025-Q1', value: null, status: 'secret', provisional: false, revised: false },
    ]);
    expect(rows.map((r) => r.mark)).toEqual(['revised', 'plain', 'provisional']);
  });

  it('draws the Nota-PME risk classes as labelled bars for a caller who may see them', () => {
    const nota = renderPublication(barometre()).querySelector('[data-indicator="nota_pme"]')!;
    expect(textOf(nota.querySelector('.bp-value'))).toBe('19,4 %');
    expect([...nota.querySelectorAll('.bp-classes tbody tr')].map(textOf)).toEqual([
      '1. Risque très faible 22,5 % 410',
      '2. Risque faible 31,2 % 569',
      '3. Risque modéré 26,9 % 491',
      '4. Risque élevé 13,1 % 239',
      '5. Risque très élevé 6,3 % 115',
    ]);
    expect(nota.textContent).not.toContain(RESTRICTED_TITLE);
  });

  it('shows the partners’ box in place of every Nota-PME figure when they are restricted', () => {
    const pub = renderPublication(restrictedBarometre());
    const nota = pub.querySelector('[data-indicator="nota_pme"]')!;
    expect(textOf(nota.querySelector('.bp-restricted__title'))).toBe(RESTRICTED_TITLE);
    expect(nota.querySelector('svg, .bp-classes, .bp-value')).toBeNull();
    expect(textOf(nota)).not.toMatch(/19,4|22,5|410/);
    // The other indicators are untouched.
    expect(textOf(pub.querySelector('[data-indicator="emploi_prive"] .bp-value'))).toContain('182 516');
  });

  it('says a secret or missing figure in words', () => {
    const data = barometre();
    const [first, ...rest] = data.indicators;
    const pub = renderPublication({ ...data, indicators: [{ ...first!, status: 'secret', value: null }, ...rest] });
    expect(textOf(pub.querySelector('[data-indicator="emploi_prive"] .bp-value'))).toBe('Secret statistique');
  });

  it('says when no brief is written, and sets a long brief smaller', () => {
    const none = renderPublication(barometre({ brief: null }));
    expect(textOf(none.querySelector('.bp-brief__none'))).toBe('Pas d’analyse rédigée pour ce trimestre.');
    expect(briefLength('x'.repeat(100))).toBe('short');
    expect(briefLength('x'.repeat(2000))).toBe('long');
    expect(briefLength('x'.repeat(4000))).toBe('very-long');
    const long = renderPublication(barometre({ brief: { text: 'x'.repeat(4000), version: 1, updatedAt: '2025-01-01T00:00:00Z', updatedBy: 'a' } }));
    expect(long.querySelector('.bp-brief-wrap--very-long')).not.toBeNull();
  });

  it('splits the brief on blank lines and changes into words', () => {
    expect(briefParagraphs('Un.\n\n\nDeux\nlignes.\r\n\r\nTrois.')).toEqual(['Un.', 'Deux lignes.', 'Trois.']);
    expect(changeText({ period: '2024-Q3', value: 1, change: -120, changePercent: -2.5 }, 0)).toMatch(/^[-\u2212]120 \([-\u2212]2,5\s%\)$/);
    expect(changeText(null, 0)).toBe('non disponible');
  });
});
