/** The transitions' answers, picked from the API's generated types. */
import type { components } from '../../platform/api/schema';

type Schemas = components['schemas'];

export type Donut = Schemas['TransitionsDonut'];
export type DonutReading = Schemas['DonutReading'];
export type RiskMatrix = Schemas['TransitionsRiskMatrix'];
export type RiskColumn = Schemas['RiskColumn'];
export type RiskCell = Schemas['RiskCell'];
export type RiskRow = Schemas['RiskRow'];
export type DonutSet = Schemas['DonutSet'];
export type DonutDimension = Schemas['DonutDimension'];
