// The follow-ups export: one row per contact of the queue; with personal columns, the opened
// names and coordinates (or, in words, why they could not be opened). Written page by page.
import { displayPhone } from '../../../src/shared/validators';
import type { FollowUpRow } from '../follow-ups/list';
import { frenchDate } from '../period';
import { label, labels } from './labels';
import type { Cell, StreamedTable } from './table';

export interface PersonalColumns {
  firstName: string;
  lastName?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  preferredChannel: string;
  language: string;
}

/** Follow-ups; with `personal`, the opened names and coordinates (or why they could not be opened). */
export function followUpsTable(
  pages: AsyncIterable<{ rows: FollowUpRow[]; personal: Map<string, PersonalColumns | { error: string }> }>,
  withPersonal: boolean,
  name: string,
  today: string,
): StreamedTable {
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
  if (withPersonal) headers.push('Prénom', 'Nom', 'Téléphone', 'E-mail', 'Préfère', 'Langue');
  headers.push('Identifiant');
  return {
    name,
    title: `Suivis au ${frenchDate(`${today}T12:00:00Z`)}`,
    headers,
    pages: followUpCells(pages, withPersonal),
  };
}

async function* followUpCells(
  pages: AsyncIterable<{ rows: FollowUpRow[]; personal: Map<string, PersonalColumns | { error: string }> }>,
  withPersonal: boolean,
) {
  for await (const { rows, personal } of pages) {
    yield rows.map((r): Cell[] => {
      const row: Cell[] = [
        { day: r.createdAt },
        r.centreName,
        r.agentName ?? r.agentId,
        labels('consentPurpose', r.consentPurposes),
        label('followUpStatus', r.status),
        r.dueDate ? { day: r.dueDate } : null,
        r.assignee?.name ?? '',
        r.comment ?? '',
        { day: r.retentionUntil },
      ];
      if (withPersonal) {
        const p = personal.get(r.contactId);
        if (!p || 'error' in p) row.push(p && 'error' in p ? p.error : '', '', '', '', '', '');
        else
          row.push(
            p.firstName,
            p.lastName ?? '',
            p.phone ? displayPhone(p.phone) : '',
            p.email ?? '',
            label('channel', p.preferredChannel),
            label('language', p.language),
          );
      }
      row.push(r.contactId);
      return row;
    });
  }
}
