import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues, EncounterSchema } from './records';

describe('validation messages', () => {
  it('name the field and say what is wrong in French, never in valibot English', () => {
    const result = v.safeParse(EncounterSchema, {
      id: 'not-a-uuid',
      type: 'individuel',
      themes: [],
      actions: [],
      colour: 1,
    });
    expect(result.success).toBe(false);
    const text = describeIssues(result.issues!);
    expect(text).toContain('id : doit être un identifiant UUID');
    expect(text).toContain('centreId : champ obligatoire manquant');
    expect(text).not.toMatch(/Invalid/);
  });

  it('says which value a field expected', () => {
    const result = v.safeParse(EncounterSchema, { type: 'grand' });
    const typeIssue = result.issues!.filter((i) => i.path?.[0]?.key === 'type');
    expect(describeIssues(typeIssue)).toMatch(/^type : valeur refusée \(attendu .*individuel/);
  });
});
