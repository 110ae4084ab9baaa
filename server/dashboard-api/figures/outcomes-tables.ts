// The outcomes as export tables (CSV and XLSX), French headers, one table per figure. They are made
// from the protected outcomes only: a cell of fewer than 5 people reads « moins de 5 » in the file.
import { skills } from '../../../src/i18n/messages/skills';
import { isSmallCell, type PeopleCell, SMALL_CELL_TEXT } from '../../../src/shared/small-cells';
import { SKILL_FRAMEWORKS, type SkillItem } from '../../../src/shared/taxonomy';
import type { Cell, TableBody } from '../exports/table';
import type { ProtectedOutcomes } from './outcomes-cells';

/** A protected cell as a spreadsheet value: the number, or the words « moins de 5 ». */
export function cell(value: PeopleCell | number | null): Cell {
  if (value === null) return null;
  return isSmallCell(value) ? SMALL_CELL_TEXT.fr : value;
}

const itemLabel = (id: string) => skills.fr[`agent.skills.item.${id}` as keyof (typeof skills)['fr']] ?? id;
/** The sentence as residents read it on the workshop's feedback screen. */
const statementLabel = (id: string) =>
  (skills.fr as Record<string, string>)[`skills.feedback.statement.${id}`] ?? id;

export function funnelTable(o: ProtectedOutcomes): TableBody {
  return {
    name: 'Parcours',
    headers: ['Étape du parcours', 'Personnes (une carte = une personne)'],
    rows: [
      ['Personnes touchées avec une carte', cell(o.peopleWithCard)],
      ['Rencontrées (avec une carte)', cell(o.funnel.met)],
      ['… puis inscrites à un atelier', cell(o.funnel.signedUp)],
      ['… puis venues', cell(o.funnel.came)],
      ['… puis revenues', cell(o.funnel.cameBack)],
    ],
  };
}

export function monthsTable(o: ProtectedOutcomes): TableBody {
  return {
    name: 'Nouvelles et revenues',
    headers: ['Mois', 'Personnes avec une carte', 'Nouvelles', 'Déjà venues'],
    rows: o.months.map((m) => [
      m.month.split('-').reverse().join('/'),
      cell(m.people),
      cell(m.new),
      cell(m.returning),
    ]),
  };
}

export function skillsTable(o: ProtectedOutcomes): TableBody {
  return {
    name: 'Compétences',
    headers: [
      'Compétence (passeport)',
      'Pix',
      'DigComp 2.2',
      'Personnes passées à « je sais seul »',
      'Vu faire par l’équipe',
    ],
    rows: o.progression.byItem.map((i) => [
      itemLabel(i.itemId),
      SKILL_FRAMEWORKS[i.itemId as SkillItem].pix,
      SKILL_FRAMEWORKS[i.itemId as SkillItem].digcomp,
      cell(i.people),
      cell(i.observed),
    ]),
  };
}

export function feedbackTable(o: ProtectedOutcomes): TableBody {
  const rows: Cell[][] = [];
  for (const f of o.feedback) {
    const title = f.title || 'Atelier sans titre';
    rows.push([title, 'Avis donnés', cell(f.responses), null]);
    for (const s of f.statements)
      rows.push([title, statementLabel(s.statementId), cell(s.answers), cell(s.average)]);
    for (const l of f.learnt)
      rows.push([title, `J’ai appris à : ${itemLabel(l.itemId)}`, cell(l.people), null]);
  }
  return {
    name: 'Avis des ateliers',
    headers: ['Atelier', 'Question', 'Personnes', 'Moyenne (1 à 5)'],
    rows,
  };
}
