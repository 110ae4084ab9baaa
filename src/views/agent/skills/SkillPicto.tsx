// A picture per skills-passport item (24×24 line drawings, stroke = text colour), so a resident who
// reads with difficulty recognises the task. Decorative: the words beside it name the item.
import type { SkillItem } from '../../../shared/taxonomy';

const DRAWINGS: Record<SkillItem, string[]> = {
  allumer_utiliser: ['M12 3v8', 'M7.5 6.5a7 7 0 1 0 9 0'],
  clavier: ['M3 7h18v10H3z', 'M6 10h1M9 10h1M12 10h1M15 10h1M18 10h0', 'M7 14h10'],
  naviguer: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M3 12h18', 'M12 3c3 3 3 15 0 18c-3-3-3-15 0-18'],
  email: ['M3 6h18v12H3z', 'M3 6l9 7l9-7'],
  fichiers_photos: ['M3 6h6l2 2h10v11H3z', 'M8 16l3-3l2 2l2-2l3 3'],
  photo_document_pdf: ['M6 3h9l4 4v14H6z', 'M15 3v4h4', 'M9 13h6M9 17h4'],
  envoyer_document: ['M3 11l18-8l-8 18l-2-8z', 'M11 13l10-10'],
  imprimer: ['M7 8V3h10v5', 'M5 8h14v8H5z', 'M7 14h10v7H7z'],
  demarche_en_ligne: ['M5 3h14v18H5z', 'M8 8h8M8 12h8', 'M8 16l2 2l4-4'],
  code_recu: ['M7 3h10v18H7z', 'M10 18h4', 'M9 8h1M12 8h1M15 8h0', 'M9 11h6'],
  applications: ['M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4z', 'M17 14v6M14 17h6'],
  appel_video: ['M3 7h12v10H3z', 'M15 10l6-3v10l-6-3'],
  faux_message: ['M12 3l10 18H2z', 'M12 10v5', 'M12 18v0.5'],
  mot_de_passe: ['M6 11h12v10H6z', 'M8 11V7a4 4 0 0 1 8 0v4', 'M12 15v2'],
};

export function SkillPicto({ item, size = 40 }: { item: SkillItem; size?: number }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      class="skills-picto"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {DRAWINGS[item].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
