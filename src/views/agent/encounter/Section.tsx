// A collapsed optional section of the encounter form; whether it is open is kept in the draft, so a
// restored draft opens the same sections.
import type { ComponentChildren } from 'preact';
import type { EncounterForm } from '../../../agent/encounter-form';
import type { FieldsProps } from './QuickFields';

export function Section(props: {
  id: string;
  title: string;
  status?: string;
  form: EncounterForm;
  update: FieldsProps['update'];
  children: ComponentChildren;
}) {
  const isOpen = props.form.open.includes(props.id);
  return (
    <details
      class="team-section"
      data-testid={`section-${props.id}`}
      open={isOpen}
      onToggle={(e) => {
        const open = e.currentTarget.open;
        if (open === isOpen) return;
        props.update({
          open: open ? [...props.form.open, props.id] : props.form.open.filter((s) => s !== props.id),
        });
      }}
    >
      <summary>
        {props.title}
        {props.status && <span class="team-section-status"> — {props.status}</span>}
      </summary>
      <div class="team-section-body">{props.children}</div>
    </details>
  );
}
