import { describe, expect, it } from 'vitest';
import type { Encounter } from '../shared/records';
import { dayRange, peopleReached, tally, topThemes } from './tally';

let n = 0;
function enc(patch: Partial<Encounter>): Encounter {
  n++;
  return {
    id: `e${n}`,
    centreId: 'c',
    deviceId: 'd',
    agentId: 'a',
    createdAt: '2026-11-14T10:00:00.000Z',
    rev: 1,
    type: 'individuel',
    themes: ['email'],
    actions: [{ kind: 'aide_sur_place' }],
    ...patch,
  };
}

describe('today’s tally', () => {
  it('counts people: one per individual or information, the participants of a group', () => {
    expect(peopleReached(enc({}))).toBe(1);
    expect(peopleReached(enc({ type: 'information' }))).toBe(1);
    expect(peopleReached(enc({ type: 'collectif', participants: { count: 7 } }))).toBe(7);
  });

  it('adds up encounters, people, themes, orientations, sign-ups and pending contacts', () => {
    const encounters = [
      enc({ themes: ['email', 'sante'] }),
      enc({ type: 'collectif', participants: { count: 5 }, themes: ['sante'] }),
      enc({ type: 'information', themes: ['sante'], actions: [] }),
      enc({
        contactId: 'c1',
        actions: [
          { kind: 'orientation', redirectionKind: 'aide_sociale' },
          { kind: 'inscription_activite', activityId: 'x' },
          { kind: 'inscription_activite', activityId: 'y' },
        ],
      }),
      enc({ contactId: 'c2', actions: [{ kind: 'orientation', redirectionKind: 'administration' }] }),
    ];
    const pending = new Set(['c1', 'c9']);
    const day = tally(encounters, pending);
    expect(day).toEqual({
      encounters: 5,
      people: 9,
      themes: { email: 3, sante: 3 },
      orientations: 2,
      signups: 2,
      contactsPending: 2,
    });
    // The outing's tally counts only the contacts of its own encounters.
    expect(tally(encounters, pending, true).contactsPending).toBe(1);
    expect(topThemes(day)).toEqual([
      ['email', 3],
      ['sante', 3],
    ]);
  });

  it('is all zeros for an empty day', () => {
    expect(tally([], new Set())).toEqual({
      encounters: 0,
      people: 0,
      themes: {},
      orientations: 0,
      signups: 0,
      contactsPending: 0,
    });
  });

  it('bounds the local day with ISO strings that sort like createdAt', () => {
    const [start, end] = dayRange(new Date(2026, 10, 14, 15, 30));
    expect(new Date(start).getHours()).toBe(0);
    expect(new Date(end).getTime() - new Date(start).getTime()).toBe(24 * 3600 * 1000);
    const inside = new Date(2026, 10, 14, 23, 59).toISOString();
    expect(inside >= start && inside < end).toBe(true);
  });
});
