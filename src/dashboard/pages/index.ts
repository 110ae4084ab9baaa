// The table of dashboard URLs (the part after /dashboard) and their pages.
import type { ComponentType } from 'preact';
import { Agenda } from '../admin/Agenda';
import { Agents } from '../admin/Agents';
import { Audit } from '../admin/Audit';
import { CentreSettings } from '../admin/CentreSettings';
import { Gdpr } from '../admin/Gdpr';
import { Glossary } from '../admin/Glossary';
import { GuideEditor } from '../admin/GuideEditor';
import { GuideHandout } from '../admin/GuideHandout';
import { Guides } from '../admin/Guides';
import { Partners } from '../admin/Partners';
import { Purge } from '../admin/Purge';
import { Tablets } from '../admin/Tablets';
import { CoveragePage } from './CoveragePage';
import { EncounterDetail } from './EncounterDetail';
import { Exports } from './Exports';
import { FiguresPage } from './FiguresPage';
import { FollowUps } from './FollowUps';
import { Home } from './Home';
import { Import } from './Import';
import { Outcomes } from './Outcomes';
import { OutingDetail } from './OutingDetail';
import { Planning } from './Planning';
import { Quarantine } from './Quarantine';
import { Records } from './Records';
import { SmsPage } from './Sms';

export type Route = [RegExp, ComponentType<{ params: string[] }>];

export const ROUTES: Route[] = [
  [/^\/accueil$/, Home],
  [/^\/enregistrements$/, Records],
  [/^\/enregistrements\/([^/]+)$/, EncounterDetail],
  [/^\/sorties\/([^/]+)$/, OutingDetail],
  [/^\/a-corriger$/, Quarantine],
  [/^\/import$/, Import],
  [/^\/suivis$/, FollowUps],
  [/^\/chiffres$/, FiguresPage],
  [/^\/exports$/, Exports],
  [/^\/parcours$/, Outcomes],
  [/^\/planning$/, Planning],
  [/^\/couverture$/, CoveragePage],
  [/^\/sms$/, SmsPage],
  [/^\/admin\/guides$/, Guides],
  [/^\/admin\/guides\/([^/]+)$/, GuideEditor],
  [/^\/admin\/guides\/([^/]+)\/imprimer$/, GuideHandout],
  [/^\/admin\/lexique$/, Glossary],
  [/^\/admin\/partenaires$/, Partners],
  [/^\/admin\/agenda$/, Agenda],
  [/^\/admin\/agents$/, Agents],
  [/^\/admin\/tablettes$/, Tablets],
  [/^\/admin\/centre$/, CentreSettings],
  [/^\/admin\/purge$/, Purge],
  [/^\/admin\/rgpd$/, Gdpr],
  [/^\/admin\/journal$/, Audit],
];
