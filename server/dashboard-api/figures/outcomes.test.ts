// The outcomes' pure rules, on records made here (the journey test holds them on both databases).
import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../../src/shared/records';
import { feedbackByActivity, journeyFunnel } from './outcomes';

const period = {
  from: '2026-11-01',
  to: '2026-11-30',
  startIso: '2026-10-31T23:00:00.000Z',
  endIso: '2026-11-30T23:00:00.000Z',
};

function feedback(answers: SurveyResponse['answers']): SurveyResponse {
  return {
    id: '019a3000-0000-7000-8000-000000000001',
    centreId: 'c',
    deviceId: 'd',
    agentId: 'a',
    createdAt: '2026-11-10T15:00:00.000Z',
    rev: 1,
    context: 'atelier',
    activityId: 'atelier-1',
    answers,
    language: 'fr',
  };
}

describe('outcome figures', () => {
  it('score workshop feedback so that 5 is always the good outcome (negative sentences reversed)', () => {
    const [f] = feedbackByActivity(
      [feedback({ utile: 5, fatigue: 5 }), feedback({ utile: 3, fatigue: 1 })],
      new Map(),
    );
    const byId = Object.fromEntries(f!.statements.map((s) => [s.statementId, s.average]));
    expect(byId).toEqual({ utile: 4, fatigue: 3 });
  });

  it('count a card that came back only when it is seen on a later day than its first check-in', () => {
    const card = (
      kind: 'encounter' | 'signup' | 'attendance' | 'skills_check',
      at: string,
      passId = 'A',
    ) => ({
      passId,
      kind,
      centreId: 'c',
      at,
    });
    const sameDay = [
      card('encounter', '2026-11-03T09:00:00.000Z'),
      card('signup', '2026-11-03T09:01:00.000Z'),
      card('attendance', '2026-11-10T13:00:00.000Z'),
      card('skills_check', '2026-11-10T15:00:00.000Z'),
    ];
    expect(journeyFunnel(period, sameDay)).toEqual({ met: 1, signedUp: 1, came: 1, cameBack: 0 });
    const later = [...sameDay, card('encounter', '2026-11-20T10:00:00.000Z')];
    expect(journeyFunnel(period, later)).toEqual({ met: 1, signedUp: 1, came: 1, cameBack: 1 });
    // Checked in without having been met with a card: not in the funnel.
    expect(journeyFunnel(period, [card('attendance', '2026-11-10T13:00:00.000Z', 'B')])).toEqual({
      met: 0,
      signedUp: 0,
      came: 0,
      cameBack: 0,
    });
  });
});
