// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { viewport } from '../testing/viewport';
import { nearViewport } from './nearViewport';

describe('nearViewport', () => {
  it('resolves once the element nears the screen, not before', async () => {
    const screen = viewport();
    const element = document.createElement('div');
    element.className = 'far';
    const seen = vi.fn();
    void nearViewport(element).near.then(seen);
    await Promise.resolve();
    expect(seen).not.toHaveBeenCalled();
    expect(screen.watched).toEqual([element]);
    screen.reveal('.far');
    await Promise.resolve();
    expect(seen).toHaveBeenCalledOnce();
    // Watched no more.
    expect(screen.watched).toEqual([]);
  });

  it('stops watching when cancelled', () => {
    const screen = viewport();
    nearViewport(document.createElement('div')).cancel();
    expect(screen.watched).toEqual([]);
  });

  it('resolves at once without IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    await expect(nearViewport(document.createElement('div')).near).resolves.toBeUndefined();
  });
});
