// The groups of ids the catalogue labels, each typed by its taxonomy list, so an id added to the
// taxonomy without its words in every language fails the type check instead of showing raw.
import type {
  ActionKind,
  AgeBand,
  Autonomy,
  Channel,
  ConsentPurpose,
  CoopAgeBand,
  DemarcheSubTheme,
  EncounterType,
  Equipment,
  EuAgeBand,
  FollowUpStatus,
  HomeEquipment,
  Institution,
  Language,
  Need,
  PlaceKind,
  RedirectionKind,
  ReviewState,
  Sex,
  SocialStatus,
  SurveyStatement,
  Theme,
  YesNoUnknown,
} from '../taxonomy';

export interface LabelIds {
  placeKind: PlaceKind;
  encounterType: EncounterType;
  sex: Sex;
  ageBand: AgeBand;
  socialStatus: SocialStatus;
  yesNo: YesNoUnknown;
  theme: Theme;
  subTheme: DemarcheSubTheme;
  institution: Institution;
  equipment: Equipment;
  need: Need;
  homeEquipment: HomeEquipment;
  action: ActionKind;
  redirectionKind: RedirectionKind;
  autonomy: Autonomy | 'non_communique';
  consentPurpose: ConsentPurpose;
  channel: Channel;
  language: Language;
  euAgeBand: EuAgeBand;
  coopAgeBand: CoopAgeBand;
  reviewState: ReviewState;
  followUpStatus: FollowUpStatus;
  surveyStatement: SurveyStatement;
}

export type LabelGroup = keyof LabelIds;

/** Every id of every group, in one language. */
export type Labels = { [G in LabelGroup]: Record<LabelIds[G], string> };

/** The funders' words, only for the ids where they differ from the plain ones. */
export type OfficialLabels = { [G in LabelGroup]?: Partial<Record<LabelIds[G], string>> };
