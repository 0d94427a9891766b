import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { errorText } from './errors';
import { plurals } from './plurals';
import { placeholders, translate } from './translate';

describe('catalogues', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s uses the same placeholders in both', (key) => {
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
    expect(errorText('fr', { code: 'SEAT_TAKEN', message: 'x' }, { seat: 'Estonia', name: 'Ann' })).toBe(
      'Le siège Estonia est déjà occupé par Ann. Choisissez-en un autre.',
    );
  });

  it('falls back to the server message for an unknown code', () => {
    expect(errorText('fr', { code: 'SOMETHING_NEW', message: 'Server says no.' })).toBe('Server says no.');
  });

  it('falls back to the server message when a needed detail is missing', () => {
    expect(
      errorText('en', { code: 'SEAT_TAKEN', message: 'Estonia is held by Ann.' }, { seat: 'Estonia' }),
    ).toBe('Estonia is held by Ann.');
  });
});
