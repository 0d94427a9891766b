import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@council/shared';
import { en } from './en';
import { fr } from './fr';
import { errorText } from './errors';

const wording = (catalogue: Record<string, string>, code: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(catalogue, `error.${code}`) ? catalogue[`error.${code}`] : undefined;

describe('every refusal code has a wording', () => {
  it.each([...ERROR_CODES])('%s in English and in French', (code) => {
    expect(wording(en, code)?.trim(), `en error.${code}`).toBeTruthy();
    expect(wording(fr, code)?.trim(), `fr error.${code}`).toBeTruthy();
  });

  it('words every code in French in words of its own, not the server’s English alone', () => {
    const bare = ERROR_CODES.filter((code) => wording(fr, code)?.trim() === '{detail}');
    expect(bare).toEqual([]);
  });
});

describe('errorText in French', () => {
  it('gives the French sentence for a refusal the server words the same way every time', () => {
    expect(
      errorText('fr', {
        code: 'PHASE_CLOSED',
        message: 'Orders are taken in the decision phase; wait for it to open.',
      }),
    ).toBe('Les ordres se donnent pendant la phase de décision ; attendez son ouverture.');
    expect(
      errorText('fr', {
        code: 'WALKED_OUT',
        message: 'Your party has left the talks: return to them first.',
      }),
    ).toBe('Votre partie a quitté la négociation : revenez d’abord à la table.');
  });

  it('keeps the server’s specifics after the French sentence', () => {
    const message = 'SACEUR may alert, stage and prepare 2 CR but deploying it needs Article 5.';
    expect(errorText('fr', { code: 'BEYOND_AUTHORITY', message })).toBe(
      `Cet ordre dépasse l’autorité dont vous disposez. (${message})`,
    );
    const missing = 'Only 3 member states would take part; enhanced cooperation needs 9.';
    expect(errorText('fr', { code: 'TOO_FEW_MEMBERS', message: missing })).toBe(
      `Trop peu d’États membres pour une coopération renforcée. (${missing})`,
    );
  });

  it('leaves the English reader the server’s own words where they carry the specifics', () => {
    const message = '2 CR is on the road to Riga: order it again once it gets there.';
    expect(errorText('en', { code: 'NOT_READY', message })).toBe(message);
  });
});
