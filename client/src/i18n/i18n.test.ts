import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { errorText } from './errors';
import { plurals } from './plurals';
import { placeholders, translate } from './translate';

/** Every interface module, by its part of the name (`en.council.ts` → `council`, `en.ts` → ``). */
function modules(language: 'en' | 'fr'): Map<string, Record<string, string>> {
  const found = import.meta.glob<Record<string, unknown>>('./{en,fr}*.ts', { eager: true });
  const out = new Map<string, Record<string, string>>();
  for (const [path, exports] of Object.entries(found)) {
    const match = /^\.\/(en|fr)((?:\.\w+)?)\.ts$/.exec(path);
    if (!match || match[1] !== language) continue;
    const catalogue = Object.values(exports).find((v) => v && typeof v === 'object' && !Array.isArray(v));
    out.set(match[2] ?? '', catalogue as Record<string, string>);
  }
  return out;
}

describe('catalogues', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('has a French module for every English one, with exactly its keys (translation audit)', () => {
    const english = modules('en');
    const french = modules('fr');
    expect(english.size).toBeGreaterThan(10);
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [name, strings] of english) {
      expect(Object.keys(french.get(name) ?? {}).sort(), `fr${name}.ts`).toEqual(Object.keys(strings).sort());
    }
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s uses the same placeholders in both', (key) => {
    // A refusal's English may be the server's own sentence ({detail}); French words it from its params.
    if (key.startsWith('error.') && placeholders(en[key]).includes('detail')) {
      expect(placeholders(fr[key])).not.toContain('detail');
      return;
    }
    expect(placeholders(fr[key])).toEqual(placeholders(en[key]));
  });

  it('has no empty message', () => {
    for (const catalogue of [en, fr]) {
      for (const value of Object.values(catalogue)) expect(value.trim()).not.toBe('');
    }
  });
});

describe('plurals and numbers', () => {
  it('words a count by the language’s plural rule', () => {
    expect(translate('fr', 'tab.unread', { count: 1 })).toBe('(1 non lu)');
    expect(translate('fr', 'tab.unread', { count: 3 })).toBe('(3 non lus)');
    expect(translate('fr', 'channels.unread', { count: 0 })).toBe('0 non lu');
    expect(translate('en', 'channels.unread', { count: 1 })).toBe('1 unread');
  });

  it('writes numbers the reader’s way', () => {
    expect(translate('fr', 'channels.unread', { count: 12500 })).toBe('12\u202f500 non lus');
    expect(translate('en', 'channels.unread', { count: 12500 })).toBe('12,500 unread');
  });

  it('gives each plural form the placeholders of its message', () => {
    for (const forms of Object.values(plurals)) {
      for (const [key, byRule] of Object.entries(forms)) {
        for (const form of Object.values(byRule ?? {})) {
          expect(placeholders(form)).toEqual(placeholders(en[key as keyof typeof en]));
        }
      }
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'yourSeat.holding', { seat: 'Estonia' })).toBe('You hold Estonia');
    expect(translate('fr', 'home.run.seatCount', { count: 17 })).toBe('Sièges : 17');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(translate('en', 'yourSeat.holding')).toBe('You hold {seat}');
  });
});

describe('errorText', () => {
  it('translates a known code with its details', () => {
    const params = { reason: 'held', seat: { en: 'Estonia', fr: 'Estonie' }, name: 'Ann' };
    expect(errorText('fr', { code: 'SEAT_TAKEN', message: 'x', params })).toBe(
      'Le siège Estonie est déjà occupé par Ann. Choisissez-en un autre.',
    );
  });

  it('falls back to the server message for an unknown code', () => {
    expect(errorText('fr', { code: 'SOMETHING_NEW', message: 'Server says no.' })).toBe('Server says no.');
  });

  it('words the code alone when the reason’s sentence cannot be filled', () => {
    const params = { reason: 'held', seat: 'Estonia' };
    expect(errorText('fr', { code: 'SEAT_TAKEN', message: 'Estonia is held by Ann.', params })).toBe(
      'Ce siège est déjà occupé. Choisissez-en un autre.',
    );
  });
});
