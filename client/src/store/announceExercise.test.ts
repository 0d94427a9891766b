import { describe, expect, it } from 'vitest';
import type { ExerciseView } from '@council/shared';
import { makeRunningView } from '../test/councilFixture';
import { describeChanges } from './announce';

const base = makeRunningView({ seatId: 'est', isControl: false });
const keys = (next: ExerciseView) => describeChanges(base, next).map((a) => a.key);

describe('exercise announcements', () => {
  it('says when the phase changes, the exercise pauses and the step changes', () => {
    expect(keys({ ...base, clock: { ...base.clock, phase: 'decision' } })).toEqual([
      'announce.phase.decision',
    ]);
    expect(keys({ ...base, clock: { ...base.clock, status: 'paused' } })).toEqual(['announce.paused']);
    expect(keys({ ...base, clock: { ...base.clock, stepHours: 6 } })).toEqual(['announce.step']);
  });

  it('says when a draft is tabled, put under silence, or adopted', () => {
    const council = base.council!;
    const [d2, d1] = council.drafts;
    const d3 = { ...d2!, id: 'd3', itemIds: ['article-5'] };
    const tabled = { ...base, council: { ...council, drafts: [d3, d2!, d1!] } };
    expect(describeChanges(base, tabled)).toEqual([
      {
        key: 'announce.tabled',
        params: { draft: '3', items: { en: 'Invoke Article 5', fr: 'Invoke Article 5' } },
      },
    ]);
    const adopted = {
      ...d2!,
      status: 'adopted' as const,
      adoptedVia: 'consensus' as const,
      adoptedAt: d2!.tabledAt,
    };
    expect(describeChanges(base, { ...base, council: { ...council, drafts: [adopted, d1!] } })).toEqual([
      {
        key: 'announce.adopted',
        params: {
          items: {
            en: 'Deploy the VJTF, Waive movement permits',
            fr: 'Deploy the VJTF, Waive movement permits',
          },
        },
      },
    ]);
    const silent = { ...d2!, status: 'silence' as const };
    expect(keys({ ...base, council: { ...council, drafts: [silent, d1!] } })).toEqual(['announce.silence']);
  });

  it('says when an inject arrives and when a message calls on the reader', () => {
    const inject = { id: 'mig31', title: 'MiG-31s', text: '…', turn: 2, gameTime: null, fired: true };
    expect(describeChanges(base, { ...base, injects: [inject] })).toEqual([
      { key: 'announce.inject', params: { title: 'MiG-31s' } },
    ]);
    const channels = { ...base.channels, unreadMentions: 2 };
    expect(describeChanges(base, { ...base, channels })).toEqual([
      { key: 'announce.mention', params: { count: 2 } },
    ]);
  });
});
