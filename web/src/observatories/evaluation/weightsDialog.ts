/**
 * The dialog of every weight of a project at once (axes, actions, indicators), with the scores those weights give
 * as one types them (the API's rule, edits.ts › scoresWith); saved with one PUT …/weights of the weights changed.
 */
import { h, replaceContent } from '../../platform/ui/dom';
import type { Project } from './api';
import { field, input, type FieldSlots } from '../../platform/ui/field';
import { openFormDialog } from './dialog';
import { changedWeights, parseWeight, scoresWith, weightsOf, type Weights } from './edits';
import { number, projectPath, type EditorOptions } from './partDialogs';
import { scoreWords } from './words';

export function weightsDialog(options: EditorOptions, refocus: () => void): void {
  const project = options.state.project();
  const inputs: { part: keyof Weights; code: string; control: HTMLInputElement }[] = [];
  const fields: FieldSlots = {};
  const preview = h('p', { role: 'status', class: 'evaluation-dialog__preview', 'data-testid': 'weights-preview' });
  const axisPreviews = new Map<string, HTMLElement>();
  const weightInput = (part: keyof Weights, code: string, label: string, value: number): HTMLElement => {
    const control = input(`${part}.${code}`, number(value), { inputmode: 'decimal', size: 5, 'data-part': part, 'data-code': code });
    inputs.push({ part, code, control });
    const f = field(label, control);
    fields[`${part}.${code}`] = f.slot;
    f.element.classList.add('evaluation-dialog__weight');
    return f.element;
  };
  const content = project.axes.map((x) => {
    const axisPreview = h('span', { class: 'evaluation-dialog__axis-score' });
    axisPreviews.set(x.code, axisPreview);
    return h(
      'fieldset',
      { class: 'form-dialog__fieldset' },
      h('legend', {}, `Axe : ${x.title} `, axisPreview),
      weightInput('axes', x.code, `Poids de l’axe « ${x.title} »`, x.weight),
      ...x.actions.map((a) =>
        h(
          'div',
          { class: 'evaluation-dialog__weights-action' },
          weightInput('actions', a.code, `Poids de l’action « ${a.title} »`, a.weight),
          ...a.indicators.map((i) => weightInput('indicators', i.code, `Poids de l’indicateur « ${i.label} »`, i.weight)),
        ),
      ),
    );
  });
  const read = (): { weights: Weights; problems: Record<string, string> } => {
    const weights = weightsOf(options.state.project());
    const problems: Record<string, string> = {};
    for (const { part, code, control } of inputs) {
      const { weight, problem } = parseWeight(control.value);
      if (weight === null) problems[`${part}.${code}`] = problem!;
      else weights[part][code] = weight;
    }
    return { weights, problems };
  };
  const update = (): void => {
    const { weights, problems } = read();
    if (Object.keys(problems).length > 0) {
      replaceContent(preview, 'Un poids n’est pas valable : l’aperçu attend sa correction.');
      return;
    }
    const scores = scoresWith(options.state.project(), weights);
    replaceContent(preview, `Score du projet avec ces poids : ${scoreWords(scores.project)} (enregistré : ${scoreWords(options.state.project().score)}).`);
    for (const [code, element] of axisPreviews) replaceContent(element, `— score avec ces poids : ${scoreWords(scores.axes[code])}`);
  };
  for (const { control } of inputs) control.addEventListener('input', update);
  update();
  openFormDialog({
    document: options.document,
    title: 'Modifier les poids',
    intro:
      'Le score d’une action est la moyenne de la progression de ses indicateurs pondérée par leurs poids, celui d’un axe la moyenne pondérée de ses actions, celui du projet la moyenne pondérée de ses axes. L’aperçu suit vos saisies ; le tableau de bord montre ensuite les scores que l’API calcule.',
    content: [preview, ...content],
    fields,
    saveLabel: 'Enregistrer les poids',
    state: options.state,
    refocus,
    prepare() {
      const { weights, problems } = read();
      if (Object.keys(problems).length > 0) return { problems, send: null };
      return {
        problems: {},
        send: async (base) => {
          const body = changedWeights(base, weights);
          if (!body) return base;
          return (await options.client.send<Project>('PUT', `${projectPath(base.id)}/weights`, { body, ifMatch: base.etag })).body;
        },
      };
    },
  });
}
