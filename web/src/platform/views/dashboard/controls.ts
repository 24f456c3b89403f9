/** The controls form: indicator (grouped by theme), period, level, zone, classification method, number of classes. */
import type { IndicatorDetail, ObservatoryDetail } from '../../api/types';
import type { TerritoryChoices } from '../../context';
import type { DashboardRoute } from '../../routes';
import { selectField } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { territoryOptions } from '../portal';
import { classCountOptions, effectiveMethod, levelOptions, methodOptions, periodOptions } from './model';

export interface ControlsProps {
  observatory: ObservatoryDetail;
  detail: IndicatorDetail;
  /** The period shown (the route's, or the latest). */
  period: string;
  route: DashboardRoute;
  choices: TerritoryChoices | null;
}

export interface Controls {
  readonly element: HTMLFormElement;
  update(props: ControlsProps): void;
}

/** `onChange` receives the route's changes a control asks for. */
export function mountControls(doc: Document, onChange: (changes: Partial<DashboardRoute>) => void): Controls {
  const element = h('form', { class: 'controls', 'aria-label': 'Choix de l’indicateur, de la période et du territoire' });
  element.addEventListener('submit', (e) => e.preventDefault());

  function fields({ observatory, detail, period, route, choices }: ControlsProps): HTMLElement[] {
    const indicators = observatory.themes.flatMap((t) => t.indicators.map((i) => ({ value: i.code, label: i.label, group: t.name })));
    return [
      selectField('Indicateur', 'indicator', indicators, detail.indicator.code, (value) => onChange({ indicator: value, period: null, selected: null })).field,
      selectField('Période', 'period', periodOptions(detail.periods), period, (value) => onChange({ period: value })).field,
      selectField('Niveau', 'level', levelOptions(detail), route.level, (value) =>
        onChange({ level: value === 'epci' ? 'epci' : 'commune', selected: null, map: null }),
      ).field,
      selectField('Zone', 'zone', choices ? territoryOptions(choices) : [{ value: route.zone, label: route.zone }], route.zone, (value) =>
        onChange({ zone: value, selected: null, map: null }),
      ).field,
      selectField('Méthode de classement', 'method', methodOptions(detail.indicator), effectiveMethod(route.method, detail.indicator), (value) =>
        onChange({ method: value === 'jenks' || value === 'equal' || value === 'fixed' ? value : 'quantile' }),
      ).field,
      selectField('Nombre de classes', 'classes', classCountOptions(), String(route.classes), (value) => onChange({ classes: Number(value) })).field,
    ];
  }

  return {
    element,
    update(props) {
      // Keep the focused control focused across the re-render (keyboard users stay where they were).
      const focusedName = (doc.activeElement as HTMLSelectElement | null)?.name;
      replaceContent(element, h('fieldset', { class: 'controls__fieldset' }, h('legend', { class: 'visually-hidden' }, 'Choix de la vue'), ...fields(props)));
      if (focusedName && element.contains(doc.activeElement) === false) {
        (element.querySelector(`[name="${focusedName}"]`) as HTMLElement | null)?.focus();
      }
    },
  };
}
