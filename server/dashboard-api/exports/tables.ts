// The exported tables, with French headers: one row per encounter or outing, and the CAF and EU
// reports as tables. Dates are dd/mm/yyyy and times HH:MM in Paris.
import type { Encounter } from '../../../src/shared/records';
import type { CafReport, EuReport } from '../figures/compute';
import type { FollowUpRow } from '../follow-ups/list';
import { frenchDate, frenchTime } from '../period';
import type { EncounterRow, OutingRow } from '../records/encounters';
import { EU_BAND_LABELS, label, labels } from './labels';
import type { Cell, Table } from './table';

const REVIEW: Record<string, string> = { recu: 'Reçu', a_verifier: 'À vérifier', valide: 'Validé' };
const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'Oui' : 'Non');

function actionsText(e: Encounter, partners: ReadonlyMap<string, string>): string {
  return e.actions
    .map((a) => {
      if (a.kind === 'orientation') {
        const to = a.partnerId ? ` vers ${partners.get(a.partnerId) ?? a.partnerId}` : '';
        return `${label('action', a.kind)} (${label('redir', a.redirectionKind)})${to}`;
      }
      if (a.kind === 'guide_montre' && a.guideIds.length)
        return `${label('action', a.kind)} (${a.guideIds.join(', ')})`;
      return label('action', a.kind);
    })
    .join(' | ');
}

export function encountersTable(
  rows: EncounterRow[],
  partners: ReadonlyMap<string, string>,
  name: string,
): Table {
  return {
    name,
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
      'Actions',
      'Autonomie',
      'Durée (minutes)',
      'Note',
      'Contact enregistré',
      'Revue',
      'Identifiant',
    ],
    rows: rows.map((r): Cell[] => [
      frenchDate(r.createdAt),
      frenchTime(r.createdAt),
      r.centreName,
      r.agentName ?? r.agentId,
      label('type', r.type),
      r.type === 'collectif' ? (r.participants?.count ?? null) : 1,
      r.outing?.placeLabel ?? '',
      label('place', r.outing?.placeKind),
      r.outing?.neighbourhood ?? '',
      yesNo(r.outing?.qpv),
      label('sex', r.profile?.sex),
      label('age', r.profile?.ageBand),
      label('status', r.profile?.socialStatus),
      label('yn', r.profile?.livesInQpv),
      label('yn', r.profile?.firstTime),
      labels('theme', r.themes),
      labels('sub', r.subThemes),
      labels('inst', r.institutions),
      labels('equip', r.equipment),
      actionsText(r, partners),
      label('autonomy', r.autonomy),
      r.durationMin ?? null,
      r.note ?? '',
      r.hasContact ? 'Oui' : 'Non',
      REVIEW[r.reviewState] ?? r.reviewState,
      r.id,
    ]),
  };
}

export function outingsTable(rows: OutingRow[], name: string): Table {
  return {
    name,
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
    rows: rows.map((r): Cell[] => [
      frenchDate(r.startedAt),
      frenchTime(r.startedAt),
      frenchTime(r.endedAt),
      r.centreName,
      r.agentName ?? r.agentId,
      r.placeLabel,
      label('place', r.placeKind),
      r.neighbourhood,
      yesNo(r.qpv),
      r.commune ?? '',
      r.encounterCount,
      REVIEW[r.reviewState] ?? r.reviewState,
      r.id,
    ]),
  };
}

/** The CAF summary as a two-column table (indicator, value), section by section. */
export function cafTable(caf: CafReport, name: string): Table {
  const period = `du ${frenchDate(`${caf.period.from}T12:00:00Z`)} au ${frenchDate(`${caf.period.to}T12:00:00Z`)}`;
  const rows: Cell[][] = [
    ['Période', period],
    ['Accompagnements (total)', caf.accompaniments.total],
    ['Accompagnements individuels', caf.accompaniments.individuel],
    ['Ateliers collectifs', caf.accompaniments.collectif],
    ['Participants aux ateliers collectifs', caf.accompaniments.collectifParticipants],
    ['Informations rapides', caf.accompaniments.information],
    ['Sorties (permanences hors les murs)', caf.visits.outings],
    ['Personnes touchées', caf.visits.peopleReached],
    ['Premiers accompagnements', caf.visits.firstTime],
    ...caf.reasons
      .filter((r) => r.count > 0)
      .map((r): Cell[] => [`Motif : ${label('inst', r.institution)}`, r.count]),
    ...Object.entries(caf.subThemes)
      .filter(([, n]) => n > 0)
      .map(([id, n]): Cell[] => [`Démarche : ${label('sub', id)}`, n]),
    ['Réorientations (total)', caf.reorientations.total],
    ...Object.entries(caf.reorientations.byRedirectionKind)
      .filter(([, n]) => n > 0)
      .map(([id, n]): Cell[] => [`Réorientation : ${label('redir', id)}`, n]),
    ...caf.reorientations.byPartner.map((p): Cell[] => [`Réorientation vers : ${p.name}`, p.count]),
  ];
  return { name, headers: ['Indicateur', 'Valeur'], rows };
}

export function euTable(eu: EuReport, name: string): Table {
  const rows: Cell[][] = eu.rows.map((r) => [
    EU_BAND_LABELS[r.ageBand] ?? r.ageBand,
    r.feminin,
    r.masculin,
    r.non_communique,
    r.total,
  ]);
  rows.push([
    'Total (sexe et âge connus ensemble)',
    eu.total.feminin,
    eu.total.masculin,
    eu.total.non_communique,
    eu.total.total,
  ]);
  rows.push([]);
  rows.push([
    'Tous les participants, par sexe',
    eu.bySex.feminin,
    eu.bySex.masculin,
    eu.bySex.non_communique,
    eu.participants,
  ]);
  for (const [band, n] of Object.entries(eu.byAgeBand))
    rows.push([`Tous les participants : ${EU_BAND_LABELS[band] ?? band}`, null, null, null, n]);
  rows.push([
    'Participants des ateliers collectifs (hors tableau croisé)',
    null,
    null,
    null,
    eu.collectifParticipants,
  ]);
  rows.push([eu.note]);
  return { name, headers: ['Tranche d’âge', 'Femmes', 'Hommes', 'Non communiqué', 'Total'], rows };
}

export interface PersonalColumns {
  firstName: string;
  lastName?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  preferredChannel: string;
  language: string;
}

const STATUS: Record<string, string> = { a_faire: 'À faire', fait: 'Fait', injoignable: 'Injoignable' };

/** Follow-ups; with `personal`, the opened names and coordinates (or why they could not be opened). */
export function followUpsTable(
  rows: FollowUpRow[],
  personal: Map<string, PersonalColumns | { error: string }> | null,
  name: string,
): Table {
  const headers = [
    'Date',
    'Centre',
    'Agent',
    'Accord',
    'Statut',
    'Échéance',
    'Suivi par',
    'Commentaire',
    'Conservé jusqu’au',
  ];
  if (personal) headers.push('Prénom', 'Nom', 'Téléphone', 'E-mail', 'Préfère', 'Langue');
  headers.push('Identifiant');
  return {
    name,
    headers,
    rows: rows.map((r): Cell[] => {
      const row: Cell[] = [
        frenchDate(r.createdAt),
        r.centreName,
        r.agentName ?? r.agentId,
        labels('purpose', r.consentPurposes),
        STATUS[r.status] ?? r.status,
        r.dueDate ? frenchDate(`${r.dueDate}T12:00:00Z`) : '',
        r.assignee?.name ?? '',
        r.comment ?? '',
        frenchDate(r.retentionUntil),
      ];
      if (personal) {
        const p = personal.get(r.contactId);
        if (!p || 'error' in p) row.push(p && 'error' in p ? p.error : '', '', '', '', '', '');
        else
          row.push(
            p.firstName,
            p.lastName ?? '',
            p.phone ?? '',
            p.email ?? '',
            p.preferredChannel,
            p.language,
          );
      }
      row.push(r.contactId);
      return row;
    }),
  };
}
