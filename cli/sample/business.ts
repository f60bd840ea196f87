// What differs between the sample's business types: a job's stages, what is sold, who owns each stage, which calls follow, and the words.
import type { BusinessType } from '../../shared/enums';
import { carService } from './car-service';
import { clinic } from './clinic';
import { onlineShop } from './online-shop';
import { MONTH_DEMAND } from './calendar';
import { RETOUCHERS, STAGE_OWNERS } from './names';
import {
  ADD_ONS, CARE_COMMENTS, COMMENTS, COMPLAINT_STORIES, INBOUND_TOPICS, INVALID_COMPLAINTS, LATER_PACKAGES, OPEN_QUESTIONS,
  REDEMPTIONS, SMALL_PURCHASES, SUGGESTIONS, WEDDING_PACKAGES, type ComplaintStory, type Package,
} from './texts';

type Weighted<T> = readonly (readonly [T, number])[];
type Said = Readonly<Record<'satisfied' | 'neutral' | 'dissatisfied', readonly string[]>>;

/** One stage of a job: days after the stage before (the first: after the job's date), the chance it happens, the chance the customer comes in. */
export interface JobStage {
  stage: string;
  after: readonly [number, number];
  reached: number;
  visit: number;
}

export interface SampleBusiness {
  type: BusinessType;
  /** How busy each calendar month is (index 1–12, 1 = an ordinary month). */
  monthDemand: readonly number[];
  /** The stages of one job; undefined for the photo studio, whose wedding order is planned in customers.ts. */
  jobStages?: readonly JobStage[];
  packages: Weighted<Package>;
  laterPackages: Weighted<Package>;
  /** Extras bought with a job: item and price. */
  addOns: readonly (readonly [string, number])[];
  smallPurchases: readonly (readonly [string, number])[];
  stageOwners: Readonly<Record<string, readonly string[]>>;
  /** People responsible for work that is no stage's (the studio's retouchers). */
  backOffice: readonly string[];
  /** Stages a post-service call follows, and its delay in days. */
  postServiceStages: readonly string[];
  postServiceDelay: Weighted<number>;
  /** The stage whose reached post-service call opens a second follow-up (Settings' last stage). */
  secondAfterStage: string;
  /** Category keys with their share of complaints, most first. */
  categoryShares: Weighted<string>;
  /** When a complaint of a category comes: days after a stage; undefined for the photo studio's own rules. */
  complaintAnchor?: Readonly<Record<string, { stage: string; days: readonly [number, number] }>>;
  /** The category whose fix takes longest to implement. */
  slowCategory: string;
  /** Categories most often judged not valid, in order. */
  invalidPreferred: readonly string[];
  stories: Readonly<Record<string, readonly ComplaintStory[]>>;
  invalidStories: readonly ComplaintStory[];
  comments: Said;
  careComments: Said;
  suggestions: readonly string[];
  inboundTopics: readonly string[];
  openQuestions: readonly string[];
  redemptions: readonly string[];
  /** Events announced to members: month-day and name. */
  events: readonly (readonly [string, string])[];
}

export const PHOTO_STUDIO: SampleBusiness = {
  type: 'photo-studio',
  monthDemand: MONTH_DEMAND,
  packages: WEDDING_PACKAGES,
  laterPackages: LATER_PACKAGES,
  addOns: ADD_ONS,
  smallPurchases: SMALL_PURCHASES,
  stageOwners: STAGE_OWNERS,
  backOffice: RETOUCHERS,
  postServiceStages: ['shoot', 'photo-selection', 'pickup'],
  // Most within 0–3 days; about one in eleven late (4–8 days), the timeliness report's finding.
  postServiceDelay: [[0, 15], [1, 36], [2, 25], [3, 15], [4, 3], [5, 2], [6, 2], [7, 1], [8, 1]],
  secondAfterStage: 'pickup',
  categoryShares: [
    ['late-delivery', 0.3], ['photo-quality', 0.24], ['service-attitude', 0.16], ['dress-and-make-up', 0.12], ['pricing', 0.1], ['other', 0.08],
  ],
  slowCategory: 'late-delivery',
  invalidPreferred: ['pricing', 'other', 'service-attitude', 'photo-quality'],
  stories: COMPLAINT_STORIES,
  invalidStories: INVALID_COMPLAINTS,
  comments: COMMENTS,
  careComments: CARE_COMMENTS,
  suggestions: SUGGESTIONS,
  inboundTopics: INBOUND_TOPICS,
  openQuestions: OPEN_QUESTIONS,
  redemptions: REDEMPTIONS,
  events: [['04-25', '春季婚纱摄影展'], ['09-26', '秋季婚博会']],
};

export const SAMPLE_BUSINESSES: Readonly<Record<BusinessType, SampleBusiness>> = {
  'photo-studio': PHOTO_STUDIO,
  'car-service': carService,
  clinic,
  'online-shop': onlineShop,
};
