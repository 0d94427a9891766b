import { describe, expect, it } from 'vitest';
import { ERROR_CODES, refusalReasons } from '@council/shared';
import { en } from './en';
import { fr } from './fr';
import { errorText, SCREEN_PARAMS } from './errors';
import { placeholders } from './translate';

const wording = (catalogue: Record<string, string>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;

/** Every (code, reason) the rules and the server refuse with, read from the registry the call sites are typed by. */
const REASONS = ERROR_CODES.flatMap((code) =>
  Object.entries(refusalReasons(code)).map(([reason, params]) => ({ code, reason, params })),
);

describe('every refusal code has a wording', () => {
  it.each([...ERROR_CODES])('%s in English and in French', (code) => {
    expect(wording(en, `error.${code}`)?.trim(), `en error.${code}`).toBeTruthy();
    expect(wording(fr, `error.${code}`)?.trim(), `fr error.${code}`).toBeTruthy();
  });

  it.each([...ERROR_CODES])('%s alone is worded in French without the server’s English', (code) => {
    const template = wording(fr, `error.${code}`) ?? '';
    const allowed = SCREEN_PARAMS[code] ?? [];
    expect(placeholders(template).filter((p) => !allowed.includes(p))).toEqual([]);
  });
});

describe('every reason a refusal is sent with', () => {
  it('is known to the registry: there are reasons to word', () => {
    expect(REASONS.length).toBeGreaterThan(100);
  });

  it.each(REASONS.map((r) => [`${r.code}.${r.reason}`, r] as const))(
    '%s is worded in French from the params its call sites send',
    (_, { code, reason, params }) => {
      const template = wording(fr, `error.${code}.${reason}`);
      expect(template?.trim(), `fr error.${code}.${reason}`).toBeTruthy();
      const missing = placeholders(template ?? '').filter((p) => !params.includes(p));
      expect(missing, `fr error.${code}.${reason} needs what the refusal does not carry`).toEqual([]);
    },
  );

  it.each(REASONS.map((r) => [`${r.code}.${r.reason}`, r] as const))(
    '%s is worded in English from its params or the server’s sentence',
    (_, { code, reason, params }) => {
      const template = wording(en, `error.${code}.${reason}`);
      expect(template?.trim(), `en error.${code}.${reason}`).toBeTruthy();
      const missing = placeholders(template ?? '').filter((p) => p !== 'detail' && !params.includes(p));
      expect(missing).toEqual([]);
    },
  );
});

describe('errorText', () => {
  it('gives the French sentence for a refusal the server words the same way every time', () => {
    expect(
      errorText('fr', {
        code: 'PHASE_CLOSED',
        message: 'Orders are taken in the decision phase; wait for it to open.',
      }),
    ).toBe('Les ordres se donnent pendant la phase de décision ; attendez son ouverture.');
  });

  it('words the reason in French from the params: scenario texts, numbers and ids by their labels', () => {
    const unit = { en: '2nd Cavalry Regiment', fr: '2e régiment de cavalerie' };
    expect(
      errorText('fr', {
        code: 'BEYOND_AUTHORITY',
        message: 'SACEUR may alert, stage and prepare 2 CR but deploying it needs Article 5.',
        params: { reason: 'deployPlan', unit },
      }),
    ).toBe(
      'Le SACEUR peut mettre en alerte, prépositionner et préparer 2e régiment de cavalerie, mais la déployer demande un plan de réponse graduée actif ou l’article 5.',
    );
    expect(
      errorText('fr', {
        code: 'TOO_FEW_MEMBERS',
        message: 'Only 3 member states would take part; enhanced cooperation needs 9.',
        params: { reason: 'members', participants: 3, minimum: 9 },
      }),
    ).toBe('Seuls 3 États membres y prendraient part ; la coopération renforcée en demande 9.');
    expect(
      errorText('fr', {
        code: 'ALREADY_DONE',
        message: '2 CR is already alerted.',
        params: { reason: 'readiness', unit, readiness: 'alerted' },
      }),
    ).toBe('2e régiment de cavalerie est déjà en alerte.');
    expect(
      errorText('fr', {
        code: 'DRAFT_BLOCKED',
        message: 'Silence would be broken at once: Hungary, Türkiye still block draft d2. Amend it first.',
        params: {
          reason: 'blockers',
          draft: 'd2',
          allies: [
            { en: 'Hungary', fr: 'Hongrie' },
            { en: 'Türkiye', fr: 'Turquie' },
          ],
        },
      }),
    ).toBe(
      'Le silence serait rompu aussitôt : Hongrie et Turquie bloquent encore le projet 2. Amendez-le d’abord.',
    );
  });

  it('leaves the English reader the server’s own words where they name nothing the rules keep as an id', () => {
    const message = '2 CR is on the road to Riga: order it again once it gets there.';
    const params = {
      reason: 'onTheRoad',
      unit: { en: '2 CR', fr: '2 CR' },
      place: { en: 'Riga', fr: 'Riga' },
    };
    expect(errorText('en', { code: 'NOT_READY', message, params })).toBe(message);
  });

  it('words an id by its label in English too, never the raw id', () => {
    expect(
      errorText('en', {
        code: 'ALREADY_DONE',
        message: 'escalationRung already stands at 4.',
        params: { reason: 'measure', measure: 'escalationRung', value: 4 },
      }),
    ).toBe('Escalation rung already stands at 4.');
  });
});
