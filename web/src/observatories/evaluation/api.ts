/** The evaluation's answers, picked from the API's generated types. */
import type { components } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';

type Schemas = components['schemas'];

export type Projects = JsonResponse<'/api/v1/evaluation/projects'>;
export type EvaluationProjectItem = Schemas['EvaluationProjectItem'];
export type Project = Schemas['EvaluationProject'];
export type Axis = Schemas['EvaluationAxis'];
export type Action = Schemas['EvaluationAction'];
export type Indicator = Schemas['EvaluationIndicator'];
export type Summary = Schemas['EvaluationSummary'];
