import { describe, expect, it } from 'vitest';
import { FAMILY_STYLES, familyOf, mainFacility } from './styles';

describe('the network’s line styles', () => {
  it('puts every type of the schema in its family', () => {
    expect(familyOf('PISTE CYCLABLE')).toBe('piste');
    expect(familyOf('DOUBLE SENS CYCLABLE NON MATERIALISE')).toBe('double_sens');
    expect(familyOf('COULOIR BUS+VELO')).toBe('partage');
    expect(familyOf('GOULOTTE')).toBe('autre');
  });

  it('reads the main facility on the right side, else on the left', () => {
    expect(mainFacility('BANDE CYCLABLE', 'AUCUN')).toBe('BANDE CYCLABLE');
    expect(mainFacility('AUCUN', 'VOIE VERTE')).toBe('VOIE VERTE');
    expect(mainFacility('AUCUN', 'AUCUN')).toBeNull();
  });

  it('tells every family apart by its line, not by colour alone', () => {
    const patterns = FAMILY_STYLES.map((f) => `${f.width}|${f.dash?.join(',') ?? 'solid'}`);
    expect(new Set(patterns).size).toBe(FAMILY_STYLES.length);
    expect(new Set(FAMILY_STYLES.map((f) => f.pattern)).size).toBe(FAMILY_STYLES.length);
  });
});
