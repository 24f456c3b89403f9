import { describe, expect, it } from 'vitest';
import type { BBox, MultiPolygonGeometry, Position } from '../api/types';
import { boundingBox, createProjection, formatCoordinate, geometryToPath, lonFactorOf, PATH_FILL_RULE, ringToPath } from './svgMap';

const DEG = Math.PI / 180;
// Roughly the agency's territory (Pas-de-Calais, ~50.5° N).
const ARTOIS: BBox = [1.8, 50.2, 3.0, 50.8];

function corners(bbox: BBox): Position[] {
  const [w, s, e, n] = bbox;
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ];
}

describe('boundingBox', () => {
  it('covers every ring of every polygon and skips missing geometries', () => {
    const a: MultiPolygonGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [2, 50],
            [3, 50],
            [3, 51],
            [2, 50],
          ],
        ],
      ],
    };
    const b = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [1.5, 50.5],
          [2.5, 49.5],
          [2, 50.5],
          [1.5, 50.5],
        ],
      ] as Position[][],
    };
    expect(boundingBox([a, null, b, undefined])).toEqual([1.5, 49.5, 3, 51]);
  });

  it('is null without any position', () => {
    expect(boundingBox([])).toBeNull();
    expect(boundingBox([null, { type: 'MultiPolygon', coordinates: [] }])).toBeNull();
  });
});

describe('createProjection', () => {
  const viewBox = { width: 600, height: 400, padding: 10 };

  it('fits the bbox inside the viewBox, within the padding', () => {
    const project = createProjection(ARTOIS, viewBox);
    for (const corner of corners(ARTOIS)) {
      const [x, y] = project(corner);
      expect(x).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(x).toBeLessThanOrEqual(590 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(y).toBeLessThanOrEqual(390 + 1e-9);
    }
  });

  it('touches the padding on the limiting axis and centres the other one', () => {
    // 1.2° of longitude × cos(50.5°) ≈ 0.763 against 0.6° of latitude: a square viewBox is width-limited.
    const project = createProjection(ARTOIS, { width: 400, height: 400, padding: 10 });
    const [x0, y0] = project([ARTOIS[0], ARTOIS[3]]); // north-west
    const [x1, y1] = project([ARTOIS[2], ARTOIS[1]]); // south-east
    expect(x0).toBeCloseTo(10, 9);
    expect(x1).toBeCloseTo(390, 9);
    expect(y1 - y0).toBeLessThan(380);
    expect(y0 - 10).toBeCloseTo(390 - y1, 9); // same margin above and below
  });

  it('puts north up and east right', () => {
    const project = createProjection(ARTOIS, viewBox);
    const [xWest, yNorth] = project([2, 50.7]);
    const [xEast, ySouth] = project([2.5, 50.3]);
    expect(xEast).toBeGreaterThan(xWest);
    expect(ySouth).toBeGreaterThan(yNorth);
  });

  it('keeps the aspect ratio with cos(mean latitude)', () => {
    const project = createProjection(ARTOIS, viewBox);
    const meanLat = (ARTOIS[1] + ARTOIS[3]) / 2;
    expect(project.lonFactor).toBeCloseTo(Math.cos(meanLat * DEG), 12);

    const [x0, y0] = project([ARTOIS[0], ARTOIS[3]]);
    const [x1, y1] = project([ARTOIS[2], ARTOIS[1]]);
    const drawnRatio = (x1 - x0) / (y1 - y0);
    const groundRatio = ((ARTOIS[2] - ARTOIS[0]) * Math.cos(meanLat * DEG)) / (ARTOIS[3] - ARTOIS[1]);
    expect(drawnRatio).toBeCloseTo(groundRatio, 9);

    // One degree east is cos(lat) times as long as one degree north, whatever the viewBox shape.
    for (const vb of [viewBox, { width: 200, height: 900 }, { width: 1000, height: 100, padding: 5 }]) {
      const p = createProjection(ARTOIS, vb);
      const [ax, ay] = p([2, 50.5]);
      const [bx] = p([3, 50.5]);
      const [, cy] = p([2, 49.5]);
      expect((bx - ax) / (cy - ay)).toBeCloseTo(Math.cos(meanLat * DEG), 9);
    }
  });

  it('centres a bbox that is limited by its height', () => {
    const tall: BBox = [2.0, 49.0, 2.1, 51.0];
    const project = createProjection(tall, { width: 600, height: 400 });
    const [x0, y0] = project([tall[0], tall[3]]);
    const [x1, y1] = project([tall[2], tall[1]]);
    expect(y0).toBeCloseTo(0, 9);
    expect(y1).toBeCloseTo(400, 9);
    expect(x0).toBeCloseTo(600 - x1, 9);
  });

  it('copes with degenerate boxes (a line or a point)', () => {
    const point = createProjection([2, 50, 2, 50], { width: 100, height: 50 });
    expect(point([2, 50])).toEqual([50, 25]);
    const line = createProjection([2, 50, 3, 50], { width: 100, height: 50 });
    const [x0, y0] = line([2, 50]);
    const [x1] = line([3, 50]);
    expect([x0, x1, y0]).toEqual([expect.closeTo(0, 9), expect.closeTo(100, 9), 25]);
  });
});

describe('lonFactorOf', () => {
  it('is the cosine of the mean latitude', () => {
    expect(lonFactorOf(ARTOIS)).toBeCloseTo(Math.cos(50.5 * DEG), 12);
  });
});

describe('formatCoordinate', () => {
  it('rounds and writes the shortest form', () => {
    expect(formatCoordinate(12.04, 1)).toBe('12');
    expect(formatCoordinate(12.05, 1)).toBe('12.1');
    expect(formatCoordinate(-0.01, 1)).toBe('0');
    expect(formatCoordinate(3.14159, 2)).toBe('3.14');
  });
});

describe('path building', () => {
  const identity = (p: Position): [number, number] => [p[0], p[1]];

  it('writes a closed ring once, leaving the closing point to Z', () => {
    const square: Position[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(ringToPath(square, identity)).toBe('M0 0L10 0 10 10 0 10Z');
  });

  it('drops points that round to the previous one and rings that collapse', () => {
    const ring: Position[] = [
      [0, 0],
      [0.01, 0.02],
      [10, 0],
      [10, 10],
      [0, 0],
    ];
    expect(ringToPath(ring, identity)).toBe('M0 0L10 0 10 10Z');
    const tiny: Position[] = [
      [0, 0],
      [0.01, 0],
      [0.01, 0.01],
      [0, 0],
    ];
    expect(ringToPath(tiny, identity)).toBe('');
  });

  it('turns a MultiPolygon with holes into ONE path of sub-paths, for an evenodd fill', () => {
    const geometry: MultiPolygonGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        // a square with a square hole
        [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
          [
            [3, 3],
            [3, 7],
            [7, 7],
            [7, 3],
            [3, 3],
          ],
        ],
        // an island
        [
          [
            [20, 0],
            [25, 0],
            [25, 5],
            [20, 0],
          ],
        ],
      ],
    };
    const d = geometryToPath(geometry, identity);
    expect(d).toBe('M0 0L10 0 10 10 0 10ZM3 3L3 7 7 7 7 3ZM20 0L25 0 25 5Z');
    expect(d.match(/M/g)).toHaveLength(3); // three sub-paths…
    expect(d.match(/Z/g)).toHaveLength(3); // …all closed
    expect(PATH_FILL_RULE).toBe('evenodd');
  });

  it('projects every position and accepts a plain Polygon', () => {
    const project = createProjection([2, 50, 3, 51], { width: 100, height: 100 });
    const d = geometryToPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [2, 50],
            [3, 50],
            [3, 51],
            [2, 50],
          ],
        ],
      },
      project,
    );
    // 1° of longitude × cos(50.5°) ≈ 0.636 against 1° of latitude: the square viewBox is height-limited.
    const [xa, ya] = project([2, 50]);
    const [xb, yb] = project([3, 50]);
    const [xc, yc] = project([3, 51]);
    const f = (v: number): string => formatCoordinate(v, 1);
    expect(d).toBe(`M${f(xa)} ${f(ya)}L${f(xb)} ${f(yb)} ${f(xc)} ${f(yc)}Z`);
    expect(yc).toBeCloseTo(0, 9);
    expect(ya).toBeCloseTo(100, 9);
  });

  it('leaves out a polygon whose exterior collapses, with its holes, and empty geometries', () => {
    const identityRounded = (p: Position): [number, number] => [p[0], p[1]];
    const d = geometryToPath(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [0.01, 0],
              [0, 0.01],
              [0, 0],
            ],
            [
              [5, 5],
              [6, 5],
              [6, 6],
              [5, 5],
            ],
          ],
          [],
        ],
      },
      identityRounded,
    );
    expect(d).toBe('');
    expect(geometryToPath(null, identity)).toBe('');
  });
});
