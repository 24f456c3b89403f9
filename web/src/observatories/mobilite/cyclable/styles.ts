/**
 * How the map draws each family of facility: a colour, and a line pattern and width of its own, so that the families
 * are told apart without colour (greyscale print, colour blindness). The same table draws the legend.
 */
import { s } from '../../../platform/ui/dom';

export type Family = 'piste' | 'bande' | 'voie_verte' | 'double_sens' | 'partage' | 'autre';

export interface FamilyStyle {
  family: Family;
  label: string;
  colour: string;
  width: number;
  /** MapLibre's line-dasharray, in line widths; null for a solid line. */
  dash: number[] | null;
  /** How the legend says the pattern. */
  pattern: string;
}

export const FAMILY_STYLES: readonly FamilyStyle[] = [
  { family: 'piste', label: 'Piste cyclable', colour: '#000091', width: 4, dash: null, pattern: 'trait plein épais' },
  { family: 'bande', label: 'Bande cyclable', colour: '#c9191e', width: 2.5, dash: [2, 1.5], pattern: 'tirets' },
  { family: 'voie_verte', label: 'Voie verte', colour: '#18753c', width: 3, dash: [0.5, 1.2], pattern: 'pointillés' },
  { family: 'double_sens', label: 'Double sens cyclable', colour: '#b34000', width: 2, dash: [4, 1, 1, 1], pattern: 'tiret-point' },
  { family: 'partage', label: 'Voie partagée', colour: '#6e445a', width: 1.5, dash: null, pattern: 'trait plein fin' },
  { family: 'autre', label: 'Autre aménagement', colour: '#3a3a3a', width: 1, dash: [1, 2], pattern: 'pointillés fins' },
];

const BY_TYPE: Record<string, Family> = {
  'PISTE CYCLABLE': 'piste',
  'BANDE CYCLABLE': 'bande',
  'VOIE VERTE': 'voie_verte',
  'DOUBLE SENS CYCLABLE PISTE': 'double_sens',
  'DOUBLE SENS CYCLABLE BANDE': 'double_sens',
  'DOUBLE SENS CYCLABLE NON MATERIALISE': 'double_sens',
  'VELO RUE': 'partage',
  'COULOIR BUS+VELO': 'partage',
  'AMENAGEMENT MIXTE PIETON VELO HORS VOIE VERTE': 'partage',
  'CHAUSSEE A VOIE CENTRALE BANALISEE': 'partage',
  'ACCOTEMENT REVETU HORS CVCB': 'partage',
};

/** The family of a schema type (ame_d / ame_g); RAMPE, GOULOTTE, AUTRE and unknown values are "autre". */
export function familyOf(ame: string): Family {
  return BY_TYPE[ame] ?? 'autre';
}

/** A segment's main facility, as the layer says it: the right side's, else the left side's (null when neither has one). */
export function mainFacility(ameD: string, ameG: string): string | null {
  if (ameD !== 'AUCUN') return ameD;
  return ameG !== 'AUCUN' ? ameG : null;
}

/** The legend's sample of a family's line, an SVG the same pattern as the map's. */
export function lineSample(style: FamilyStyle): SVGSVGElement {
  const dash = style.dash ? style.dash.map((d) => d * style.width).join(' ') : null;
  return s(
    'svg',
    { width: 44, height: 12, viewBox: '0 0 44 12', 'aria-hidden': 'true', focusable: 'false' },
    s('line', { x1: 2, y1: 6, x2: 42, y2: 6, stroke: style.colour, 'stroke-width': style.width, 'stroke-dasharray': dash }),
  );
}
