// The exported tables, with French headers: one row per encounter or outing, and the CAF and EU
// reports as tables. Each opens with a title row naming its period. Days are day cells (dd/mm/yyyy
// in CSV, real dates in XLSX) and times HH:MM in Paris; ids are printed in words, never raw.

import type { CafReport, EuReport } from '../../../src/shared/dashboard-api/figures';
import type { Encounter } from '../../../src/shared/records';
import { cell } from '../figures/outcomes-tables';
import { frenchDate, frenchTime } from '../period';
import type { EncounterRow, OutingRow } from '../records/encounters';
import { cafHoursRows } from './caf-hours';
import { label, labels } from './labels';
import type { Cell, StreamedTable, Table } from './table';

/** Rows of a page source mapped to cells, page by page. */
async function* cellPages<T>(pages: AsyncIterable<T[]>, toCells: (row: T) => Cell[]) {
  for await (const page of pages) yield page.map(toCells);
}

/** « du 01/11/2026 au 30/11/2026 » for a period of days (YYYY-MM-DD). */
export function periodText(period: { from: string; to: string }): string {
  const fr = (day: string) => frenchDate(`${day}T12:00:00Z`);
  return `du ${fr(period.from)} au ${fr(period.to)}`;
}
const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'Oui' : 'Non');

function actionsText(e: Encounter, names: ExportNames): string {
  const { partners, guides } = names;
  return e.actions
    .map((a) => {
      if (a.kind === 'orientation') {
        const to = a.partnerId ? ` vers ${partners.get(a.partnerId) ?? 'partenaire retiré'}` : '';
        return `${label('action', a.kind)} (${label('redirectionKind', a.redirectionKind)})${to}`;
      }
      if (a.kind === 'guide_montre' && a.guideIds.length)
        return `${label('action', a.kind)} (${a.guideIds.map((id) => guides.get(id) || 'guide retiré').join(', ')})`;
      return label('action', a.kind);
    })
    .join(' | ');
}

/** The names an export prints instead of ids. */
export interface ExportNames {
  partners: ReadonlyMap<string, string>;
  guides: ReadonlyMap<string, string>;
}

export function encountersTable(
  pages: AsyncIterable<EncounterRow[]>,
  names: ExportNames,
  name: string,
  period: { from: string; to: string },
): StreamedTable {
  return {
    name,
    title: `Accompagnements ${periodText(period)}`,
    headers: [
      'Date',
      'Heure',
      'Centre',
      'Agent',
      'Type',
      'Participants',
      'Lieu de la sortie',
      'Type de lieu',
      'Quartier',
      'Sortie en QPV',
      'Sexe',
      'Tranche d’âge',
      'Statut social',
      'Habite en QPV',
      'Premier accompagnement',
      'Thématiques',
      'Démarches (sous-thèmes)',
      'Organismes',
      'Matériel',
      'Autres besoins évoqués',
      'À la maison : smartphone',
      'À la maison : ordinateur',
      'À la maison : internet',
      'Actions',
      'Autonomie',
      'Durée (minutes)',
      'Note',
      'Contact enregistré',
      'Revue',
      'Identifiant',
    ],
    pages: cellPages(pages, (r): Cell[] => [
      { day: r.createdAt },
      frenchTime(r.createdAt),
      r.centreName,
      r.agentName ?? r.agentId,
      label('encounterType', r.type),
      r.type === 'collectif' ? (r.participants?.count ?? null) : 1,
      r.outing?.placeLabel ?? '',
      label('placeKind', r.outing?.placeKind),
      r.outing?.neighbourhood ?? '',
      yesNo(r.outing?.qpv),
      label('sex', r.profile?.sex),
      label('ageBand', r.profile?.ageBand),
      label('socialStatus', r.profile?.socialStatus),
      label('yesNo', r.profile?.livesInQpv),
      label('yesNo', r.profile?.firstTime),
      labels('theme', r.themes),
      labels('subTheme', r.subThemes),
      labels('institution', r.institutions),
      labels('equipment', r.equipment),
      labels('need', r.needs),
      label('yesNo', r.profile?.atHome?.smartphone),
      label('yesNo', r.profile?.atHome?.ordinateur),
      label('yesNo', r.profile?.atHome?.internet),
      actionsText(r, names),
      label('autonomy', r.autonomy),
      r.durationMin ?? null,
      r.note ?? '',
      r.hasContact ? 'Oui' : 'Non',
      label('reviewState', r.reviewState),
      r.id,
    ]),
  };
}

export function outingsTable(
  pages: AsyncIterable<OutingRow[]>,
  name: string,
  period: { from: string; to: string },
): StreamedTable {
  return {
    name,
    title: `Sorties ${periodText(period)}`,
    headers: [
      'Date',
      'Début',
      'Fin',
      'Centre',
      'Agent',
      'Lieu',
      'Type de lieu',
      'Quartier',
      'QPV',
      'Commune',
      'Rencontres',
      'Revue',
      'Identifiant',
    ],
    pages: cellPages(pages, (r): Cell[] => [
      { day: r.startedAt },
      frenchTime(r.startedAt),
      frenchTime(r.endedAt),
      r.centreName,
      r.agentName ?? r.agentId,
      r.placeLabel,
      label('placeKind', r.placeKind),
      r.neighbourhood,
      yesNo(r.qpv),
      r.commune ?? '',
      r.encounterCount,
      label('reviewState', r.reviewState),
      r.id,
    ]),
  };
}

/** The CAF summary as a two-column table (indicator, value), section by section. */
export function cafTable(caf: CafReport, name: string): Table {
  const rows: Cell[][] = [
    ['Accompagnements (total)', cell(caf.accompaniments.total)],
    ['Accompagnements individuels', cell(caf.accompaniments.individuel)],
    ['Ateliers collectifs', caf.accompaniments.collectif],
    ['Participants aux ateliers collectifs', cell(caf.accompaniments.collectifParticipants)],
    ['Informations rapides', cell(caf.accompaniments.information)],
    ['Sorties (permanences hors les murs)', caf.visits.outings],
    ['Personnes touchées', cell(caf.visits.peopleReached)],
    ['Premiers accompagnements', cell(caf.visits.firstTime)],
    ...caf.reasons
      .filter((r) => r.count !== 0)
      .map((r): Cell[] => [`Motif : ${label('institution', r.institution)}`, cell(r.count)]),
    ...Object.entries(caf.subThemes)
      .filter(([, n]) => n !== 0)
      .map(([id, n]): Cell[] => [`Démarche : ${label('subTheme', id)}`, cell(n)]),
    ['Réorientations (total)', cell(caf.reorientations.total)],
    ...Object.entries(caf.reorientations.byRedirectionKind)
      .filter(([, n]) => n !== 0)
      .map(([id, n]): Cell[] => [`Réorientation : ${label('redirectionKind', id)}`, cell(n)]),
    ...caf.reorientations.byPartner.map((p): Cell[] => [`Réorientation vers : ${p.name}`, cell(p.count)]),
    ...cafHoursRows(caf),
  ];
  return {
    name,
    title: `Rapport CAF point relais numérique, période : ${periodText(caf.period)}`,
    headers: ['Indicateur', 'Valeur'],
    rows,
  };
}

export function euTable(eu: EuReport, name: string): Table {
  const rows: Cell[][] = eu.rows.map((r) => [
    label('euAgeBand', r.ageBand),
    cell(r.feminin),
    cell(r.masculin),
    cell(r.non_communique),
    cell(r.total),
  ]);
  rows.push([
    'Total (sexe et âge connus ensemble)',
    cell(eu.total.feminin),
    cell(eu.total.masculin),
    cell(eu.total.non_communique),
    cell(eu.total.total),
  ]);
  rows.push([]);
  rows.push([
    'Tous les participants, par sexe',
    cell(eu.bySex.feminin),
    cell(eu.bySex.masculin),
    cell(eu.bySex.non_communique),
    cell(eu.participants),
  ]);
  for (const [band, n] of Object.entries(eu.byAgeBand))
    rows.push([`Tous les participants : ${label('euAgeBand', band)}`, null, null, null, cell(n)]);
  rows.push([
    'Participants des ateliers collectifs (hors tableau croisé)',
    null,
    null,
    null,
    cell(eu.collectifParticipants),
  ]);
  rows.push([eu.note]);
  return {
    name,
    title: `Indicateurs FEDER (participants par sexe et âge), période : ${periodText(eu.period)}`,
    headers: ['Tranche d’âge', 'Femmes', 'Hommes', 'Non communiqué', 'Total'],
    rows,
  };
}
