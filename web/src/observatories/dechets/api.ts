/** The Déchets observatory's answers, picked from the API's generated types. */
import type { components } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';

export type WasteStreams = JsonResponse<'/api/v1/dechets/streams/{territory}'>;
export type TargetFigures = components['schemas']['TargetFigures'];
export type StreamFigures = components['schemas']['StreamFigures'];

/** DMA per inhabitant and the recovery rate, the two indicators the plans set targets for. */
export const DMA = 'dechets.dma_kg_hab';
export const RECOVERY = 'dechets.taux_valorisation_matiere';
