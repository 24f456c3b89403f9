import { describe, expect, it } from 'vitest';
import type { Legend } from '../api/types';
import { classLabel } from './dashboard';

const legend: Legend = {
  method: 'jenks',
  breaks: [34, 1535, 4077, 7624],
  classes: [
    { index: 0, lower: 34, upper: 1535, count: 5, colour: '#ca0020' },
    { index: 1, lower: 1535, upper: 4077, count: 5, colour: '#f4a582' },
    { index: 2, lower: 4077, upper: 7624.5, count: 4, colour: '#0571b0' },
  ],
  palette: 'RdBu',
  secretColour: '#7b7b7b',
  noDataColour: '#e5e5e5',
  counts: { total: 14, classified: 14, secret: 0, noData: 0 },
};

describe('classLabel', () => {
  it('says each class in French, the last one closed', () => {
    expect(classLabel(legend, 0, 0)).toBe(`de 34 à moins de 1\u202f535`);
    expect(classLabel(legend, 2, 0)).toBe(`de 4\u202f077 à 7\u202f624,5`);
    expect(classLabel(legend, 5, 0)).toBe('');
  });
});
