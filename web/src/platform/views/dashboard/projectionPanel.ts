/**
 * The projection panel ("Projection à 2030 et 2050"): the zone's series carried on by the method chosen (in the URL),
 * what it gives in 2030 and 2050 with its band, the fit's quality, the targets plans set and whether the current pace
 * meets them, the chart and its table. Its content (projectionContent.ts, with Plot) loads when it nears the screen,
 * so that the first view stays light; a projection is always said to be one.
 */
import { ApiError } from '../../api/client';
import type { ProjectionResponse } from '../../charts/projectionChart';
import type { ProjectionMethod } from '../../routes';
import { loading, selectField, showError } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { nearViewport } from '../../ui/nearViewport';

const METHODS: { value: ProjectionMethod | ''; label: string }[] = [
  { value: '', label: 'Automatique (modèle borné pour une part, tendance linéaire sinon)' },
  { value: 'linear', label: 'Tendance linéaire' },
  { value: 'compound', label: 'Croissance composée' },
  { value: 'bounded', label: 'Modèle borné (parts, entre 0 et 100 %)' },
];

/** The method in the URL, and whether the indicator is a share (the bounded model is offered for shares only). */
export interface MethodChoice {
  method: ProjectionMethod | null;
  share: boolean;
}

export interface ProjectionPanel {
  readonly element: HTMLElement;
  /** Shows the projection once it comes (unless a newer one was asked meanwhile); a 422 says why there is none. */
  load(request: () => Promise<ProjectionResponse>, csvUrl: string, choice: MethodChoice, retry: () => void): Promise<void>;
  destroy(): void;
}

/** `onMethod` receives the method chosen (null: the API's default). */
export function mountProjectionPanel(onMethod: (method: ProjectionMethod | null) => void): ProjectionPanel {
  const options = h('div', { class: 'chart-options' });
  const slot = h('div', { class: 'projection' }, loading('Chargement de la projection…'));
  const element = h(
    'section',
    { class: 'block', 'aria-labelledby': 'projection-title' },
    h('h2', { id: 'projection-title' }, 'Projection à 2030 et 2050'),
    options,
    slot,
  );
  const nearness = nearViewport(slot);
  let generation = 0;

  return {
    element,
    async load(request, csvUrl, { method, share }, retry) {
      const mine = ++generation;
      const methods = METHODS.filter((m) => share || m.value !== 'bounded');
      replaceContent(
        options,
        selectField('Méthode de projection', 'projection', methods, method ?? '', (value) => onMethod(value === '' ? null : (value as ProjectionMethod))).field,
      );
      replaceContent(slot, loading('Chargement de la projection…'));
      try {
        await nearness.near;
        const [answer, content] = await Promise.all([request(), import('./projectionContent')]);
        if (mine === generation) content.renderProjection(slot, answer, csvUrl);
      } catch (error) {
        if (mine !== generation) return;
        if (error instanceof ApiError && (error.status === 422 || error.status === 400))
          replaceContent(slot, h('p', { class: 'note' }, `Pas de projection : ${error.message}`));
        else showError(slot, error, retry);
      }
    },
    destroy() {
      generation++;
      nearness.cancel();
    },
  };
}
