// The neighbourhood a resident wants the borne's visits announced in (`annonces_permanences`):
// one tap among the neighbourhoods of the centre's planned permanences (pulled to the tablet), so
// it matches the plan; typed when the tablet knows no plan yet. Sealed with the contact's details.
import { t } from '../../../i18n';
import { ChoiceTiles } from '../ChoiceTiles';
import { TextField } from '../TextField';
import { useTeam } from '../team-context';
import { useLive } from '../useLive';

export function NeighbourhoodField(props: { value: string; onInput(value: string): void; error?: string }) {
  const { ctx } = useTeam();
  const known = useLive(
    async () =>
      [
        ...new Set((await ctx.db.permanences.toArray()).map((p) => p.neighbourhood.trim()).filter(Boolean)),
      ].sort((a, b) => a.localeCompare(b, 'fr')),
    [ctx],
  );
  if (!known) return null;
  if (known.length === 0)
    return (
      <TextField
        id="neighbourhood"
        label={t('agent.contact.neighbourhood')}
        hint={t('agent.contact.neighbourhoodHint')}
        value={props.value}
        onInput={props.onInput}
        error={props.error}
      />
    );
  return (
    <ChoiceTiles
      legend={`${t('agent.contact.neighbourhood')} — ${t('agent.contact.neighbourhoodHint')}`}
      name="neighbourhood"
      small
      options={known.map((n) => ({ value: n, label: n }))}
      selected={props.value ? [props.value] : []}
      onToggle={props.onInput}
      error={props.error}
    />
  );
}
