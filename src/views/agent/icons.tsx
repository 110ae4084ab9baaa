// Pictograms of the team screens: simple line drawings (24×24, stroke = text colour) so the form
// can be read at a glance standing up. Decorative: the text beside each one names it.
// Shapes are data, drawn into fresh elements on each render (a Preact vnode must not be shared).
type Shape =
  | { d: string }
  | { c: [number, number, number] }
  | { r: [number, number, number, number, number] };

const P = (d: string): Shape => ({ d });
const C = (cx: number, cy: number, r: number): Shape => ({ c: [cx, cy, r] });
const R = (x: number, y: number, w: number, h: number, rx = 1): Shape => ({ r: [x, y, w, h, rx] });

function draw(shape: Shape, i: number) {
  if ('d' in shape) return <path key={i} d={shape.d} />;
  if ('c' in shape) return <circle key={i} cx={shape.c[0]} cy={shape.c[1]} r={shape.c[2]} />;
  const [x, y, width, height, rx] = shape.r;
  return <rect key={i} x={x} y={y} width={width} height={height} rx={rx} />;
}

const DRAWINGS: Record<string, Shape[]> = {
  // places
  marche: [
    P('M3 9l2-5h14l2 5'),
    P('M3 9c0 1.7 2 2 3 0 1 2 3 2 4 0 1 2 3 2 4 0 1 2 3 2 4 0 1 2 3 1.7 3 0'),
    P('M5 11v9h14v-9'),
    P('M10 20v-5h4v5'),
  ],
  hall_immeuble: [R(5, 3, 14, 18), P('M9 21V12h6v9'), C(13.5, 16.5, 0.6)],
  pied_immeuble: [R(6, 2, 12, 16), P('M9 6h2M13 6h2M9 10h2M13 10h2M9 14h2M13 14h2'), P('M2 21h20')],
  centre_commercial: [P('M3 4h2l2.5 11h11L21 7H7'), C(9, 19, 1.5), C(17, 19, 1.5)],
  evenement: [P('M5 21V4'), P('M5 4h12l-2 4 2 4H5')],
  centre_social: [
    P('M3 11l9-7 9 7'),
    P('M5 10v10h14V10'),
    P('M12 18s-3.5-2-3.5-4.2a1.9 1.9 0 0 1 3.5-1 1.9 1.9 0 0 1 3.5 1C15.5 16 12 18 12 18z'),
  ],
  accueil_administration: [P('M3 21h18'), P('M4 9l8-5 8 5'), P('M6 10v8M10 10v8M14 10v8M18 10v8')],
  lieu_de_loisirs: [
    C(12, 12, 8),
    P('M12 4v16M4 12h16'),
    P('M6.3 6.3c3 3 3 8.4 0 11.4M17.7 6.3c-3 3-3 8.4 0 11.4'),
  ],
  tiers_lieu: [R(3, 10, 18, 10), P('M3 10l9-6 9 6'), C(9, 15, 1.5), C(15, 15, 1.5)],
  mediatheque: [P('M4 4h5v16H4zM10 4h4v16h-4z'), P('M15 5l4 1-3 15-4-1z')],
  sortie_ecole: [P('M3 20h18'), R(5, 8, 14, 12), P('M12 3v5M12 3l4 2-4 1'), P('M10 20v-5h4v5')],
  domicile: [P('M3 11l9-8 9 8'), P('M5 9v11h14V9'), R(10, 14, 4, 6)],
  autre: [C(6, 12, 1.5), C(12, 12, 1.5), C(18, 12, 1.5)],
  // encounter types
  individuel: [C(12, 7, 4), P('M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7')],
  collectif: [
    C(12, 6, 3),
    C(5, 9, 2.5),
    C(19, 9, 2.5),
    P('M6 21c0-3.5 2.7-6 6-6s6 2.5 6 6'),
    P('M1 19c0-2.5 1.8-4.5 4-4.5M23 19c0-2.5-1.8-4.5-4-4.5'),
  ],
  information: [C(12, 12, 9), P('M12 11v6'), C(12, 7.5, 0.6)],
  // themes
  diagnostic_numerique: [R(5, 3, 14, 18), P('M9 8l1.5 1.5L13 7M9 13l1.5 1.5L13 12M9 18h6')],
  prendre_en_main_du_materiel: [R(5, 2, 14, 20, 2), P('M11 18h2')],
  maintenance_de_materiel: [
    P('M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.5-.5-.5-2.5z'),
  ],
  gere_ses_contenus_numeriques: [
    P('M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z'),
  ],
  navigation_sur_internet: [
    C(12, 12, 9),
    P('M3 12h18'),
    P('M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z'),
  ],
  email: [R(3, 5, 18, 14), P('M3 7l9 6 9-6')],
  bureautique: [P('M6 2h8l5 5v15H6z'), P('M14 2v5h5'), P('M9 13h7M9 17h7')],
  reseaux_sociaux: [P('M4 5h11v8H9l-3 3v-3H4z'), P('M15 9h5v8h-2v3l-3-3h-5v-2')],
  sante: [P('M9 3h6v6h6v6h-6v6H9v-6H3V9h6z')],
  banque_et_achats_en_ligne: [R(2, 5, 20, 14, 2), P('M2 10h20'), P('M6 15h4')],
  insertion_professionnelle: [R(3, 7, 18, 13, 2), P('M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2'), P('M3 13h18')],
  securite_numerique: [P('M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z'), P('M9 12l2 2 4-4')],
  parentalite: [C(8, 5, 2.5), C(17, 10, 2), P('M4 21v-6a4 4 0 0 1 8 0v6'), P('M14 21v-3a3 3 0 0 1 6 0v3')],
  scolarite_et_numerique: [P('M2 9l10-5 10 5-10 5z'), P('M6 11v5c0 1.5 3 3 6 3s6-1.5 6-3v-5'), P('M22 9v6')],
  creer_avec_le_numerique: [P('M4 20l1-5L16 4l4 4L9 19z'), P('M14 6l4 4')],
  culture_numerique: [
    P('M9 18h6M10 21h4'),
    P('M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z'),
  ],
  intelligence_artificielle: [
    R(6, 6, 12, 12, 2),
    R(9, 9, 6, 6),
    P('M9 2v4M15 2v4M9 18v4M15 18v4M2 9h4M2 15h4M18 9h4M18 15h4'),
  ],
  aide_aux_demarches_administratives: [P('M6 2h12v20H6z'), P('M9 7h6M9 11h6'), C(14, 17, 2.5)],
  // actions
  aide_sur_place: [
    P(
      'M7 11V5a1.5 1.5 0 0 1 3 0v5M10 10V4a1.5 1.5 0 0 1 3 0v6M13 10V5a1.5 1.5 0 0 1 3 0v6M16 11V8a1.5 1.5 0 0 1 3 0v6a8 8 0 0 1-8 8h-1a7 7 0 0 1-5.5-3L2 15a1.5 1.5 0 0 1 2.5-1.7L7 16',
    ),
  ],
  guide_montre: [
    P('M2 5h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H2z'),
    P('M22 5h-7a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h8z'),
  ],
  orientation: [P('M12 22V4'), P('M6 4h11l3 3-3 3H6z'), P('M18 13H8l-3 3 3 3h10z')],
  rdv_centre: [R(3, 5, 18, 16, 2), P('M3 10h18M8 3v4M16 3v4'), P('M8 15l2.5 2.5L16 13')],
  inscription_activite: [P('M4 4h11v16H4z'), P('M7 8h5M7 12h5'), P('M13 19l1-4 6-6 3 3-6 6z')],
  a_rappeler: [
    P('M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z'),
  ],
  // autonomy
  entierement_accompagne: [
    C(8, 7, 3),
    C(16, 7, 3),
    P('M3 20c0-3.5 2.5-6 5-6s4 1.5 4 1.5S13.5 14 16 14s5 2.5 5 6'),
  ],
  partiellement_autonome: [C(12, 7, 4), P('M4 21c0-4.4 3.6-7 8-7'), P('M16 17l2 2 4-4')],
  autonome: [C(12, 5, 3), P('M12 8v7M8 22l4-7 4 7M7 11h10')],
  // misc
  lock: [R(5, 11, 14, 10, 2), P('M8 11V7a4 4 0 0 1 8 0v4')],
  kiosk: [R(4, 3, 16, 12, 2), P('M12 15v4M8 21h8')],
  plus: [P('M12 5v14M5 12h14')],
  clock: [C(12, 12, 9), P('M12 7v5l3 2')],
  speaker: [P('M4 9h4l5-4v14l-5-4H4z'), P('M16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12')],
  sealed: [R(5, 11, 14, 10, 2), P('M8 11V7a4 4 0 0 1 8 0v4'), C(12, 16, 1)],
};

export function Picto({ name, size = 32 }: { name: string; size?: number }) {
  const drawing = DRAWINGS[name];
  if (!drawing) return null;
  return (
    <svg
      class="team-picto"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {drawing.map(draw)}
    </svg>
  );
}
