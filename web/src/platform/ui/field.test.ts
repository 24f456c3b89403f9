// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { field, input, select, setFieldError } from './field';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a dialog’s field', () => {
  it('labels its control and describes it by its hint, then by its error while one is said', () => {
    const { element, slot } = field('Seuil', input('bound', '20', { inputmode: 'decimal' }), 'Au-dessus de 0.');
    document.body.append(element);
    const control = element.querySelector('input')!;
    expect(element.querySelector('label')!.htmlFor).toBe(control.id);
    expect((control as HTMLInputElement).value).toBe('20');
    expect(control.getAttribute('aria-describedby')).toBe(`${control.id}-hint`);
    expect(slot.error.hidden).toBe(true);

    setFieldError(slot, 'Le seuil est un nombre au-dessus de 0.');
    expect(control.getAttribute('aria-describedby')).toBe(`${control.id}-hint ${control.id}-error`);
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${control.id}-error`)!.textContent).toBe('Le seuil est un nombre au-dessus de 0.');

    setFieldError(slot, null);
    expect(control.getAttribute('aria-describedby')).toBe(`${control.id}-hint`);
    expect(control.hasAttribute('aria-invalid')).toBe(false);
    expect(slot.error.hidden).toBe(true);
  });

  it('without a hint, is described by its error only while one is said', () => {
    const { element, slot } = field(
      'Anneau',
      select('ring', 'ecological', [
        ['social', 'Plancher social'],
        ['ecological', 'Plafond écologique'],
      ]),
    );
    document.body.append(element);
    const control = element.querySelector('select')!;
    expect(control.value).toBe('ecological');
    expect(control.hasAttribute('aria-describedby')).toBe(false);
    setFieldError(slot, 'Choisissez un anneau.');
    expect(control.getAttribute('aria-describedby')).toBe(`${control.id}-error`);
    setFieldError(slot, null);
    expect(control.hasAttribute('aria-describedby')).toBe(false);
  });
});
