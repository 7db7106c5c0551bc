import { z } from 'zod';

/** Text every user may see exists in both languages; Swedish first. */
export const LocalizedSchema = z.object({ sv: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedSchema>;
export type Language = keyof Localized;

const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');

/** Every stored document carries its tenant: one deployment can serve many municipalities. */
const TenantDocSchema = z.object({ tenantId: z.string().min(1), id: z.string().min(1) });

export const FocusAreaSchema = TenantDocSchema.extend({
  type: z.literal('focus-area'),
  id: IdSchema,
  name: LocalizedSchema,
  /** What the area covers, in one line, as the sources say it. */
  summary: LocalizedSchema,
  /** Words people use for it (skjutningar → skjutvapenvåld); accents and case do not matter. */
  synonyms: z.array(z.string().min(1)),
  /** Owning organisations as the sources name them; empty when the sources do not say. */
  owners: z.array(z.string().min(1)),
  /** The agreement and section the area comes from. */
  source: z.object({ agreementId: IdSchema, sectionId: IdSchema }),
  order: z.number().int(),
});
export type FocusArea = z.infer<typeof FocusAreaSchema>;

export const DistrictSchema = TenantDocSchema.extend({
  type: z.literal('district'),
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Local priorities (lokala prioriteringar) from the district's local problem picture. */
  localPriorities: z.array(LocalizedSchema),
  /** True when the priorities are demo data, not taken from a real local agreement. */
  demo: z.boolean(),
});
export type District = z.infer<typeof DistrictSchema>;

export const SectionSchema = z.object({
  id: IdSchema,
  title: LocalizedSchema,
  /** The passage as the source document says it (Swedish). */
  text: z.string().min(1),
  /** English keywords that help English questions find the Swedish passage. */
  keywordsEn: z.array(z.string()).default([]),
  /** A short English gist of each sentence of `text` (as `splitSentences` splits it), shown under English quotes. */
  sentencesEn: z.array(z.string().min(1)).optional(),
  /**
   * For each sentence of `text`, questions officials ask that it answers, in their own words (Swedish
   * and English): retrieval reads them as more words for the sentence, so a paraphrase finds it.
   */
  askedAs: z.array(z.array(z.string().min(1).max(300)).max(60)).optional(),
});
export type Section = z.infer<typeof SectionSchema>;

const SourceRefSchema = z.object({ agreementId: IdSchema, sectionId: IdSchema });

/** A person a document names: who stands behind it or who it quotes, as the document writes them. */
export const DocumentPersonSchema = z.object({
  name: z.string().min(1),
  /** Party abbreviation as the document writes it: "M", "MP". */
  party: z.string().min(1).optional(),
  role: LocalizedSchema.optional(),
  /** The section holding their words, for "vad sa hon?". */
  sectionId: IdSchema.optional(),
  /** How a follow-up refers to them ("han"/"he", "hon"/"she"), to tell two people just named apart. */
  pronoun: z.enum(['he', 'she']).optional(),
});
export type DocumentPerson = z.infer<typeof DocumentPersonSchema>;

/**
 * The facts a document states about itself (its header, signature, dateline and contact lines),
 * answered directly rather than searched for. Only what the document says; all optional.
 */
export const DocumentFactsSchema = z.object({
  documentKind: LocalizedSchema.optional(),
  /** The document's own heading, verbatim. */
  documentTitle: z.string().min(1).optional(),
  /** Time of publication as the document gives it ("Jan 29, 2019 15:00 CET"). */
  time: z.string().min(1).optional(),
  /** Who the agreement is between. */
  parties: z.array(LocalizedSchema).optional(),
  /** Who signed or stands behind the document. */
  authors: z.array(DocumentPersonSchema).optional(),
  /** The political group behind it ("den grönblå majoriteten"). */
  group: LocalizedSchema.optional(),
  /** Who sent it out (a press release's sender). */
  issuer: z.string().min(1).optional(),
  /** People quoted, with their roles. */
  people: z.array(DocumentPersonSchema).optional(),
  contacts: z.array(z.object({ label: LocalizedSchema, value: z.string().min(1), international: z.string().min(1).optional() })).optional(),
  /** When the first agreement was signed, and where the documents say so. */
  firstSigned: z.object({ value: z.string().min(1), source: SourceRefSchema }).optional(),
  /** Which agreement in order the document's agreement is ("det andra"), and where the documents say so. */
  ordinal: z.object({ value: LocalizedSchema, source: SourceRefSchema }).optional(),
});
export type DocumentFacts = z.infer<typeof DocumentFactsSchema>;

export const AgreementSchema = TenantDocSchema.extend({
  type: z.literal('agreement'),
  id: IdSchema,
  kind: z.enum(['city-wide', 'predecessor', 'local', 'press-release']),
  title: LocalizedSchema,
  caseNumber: z.string().optional(),
  validity: LocalizedSchema,
  /** The source document the sections are taken from, as cited in answers. */
  document: z.string().min(1),
  districtId: IdSchema.optional(),
  sections: z.array(SectionSchema),
  demo: z.boolean().default(false),
  /** Documents are data: an import replaces a document with the next version; answers cite it. */
  version: z.number().int().min(1).default(1),
  /** Where the document came from: the project's seed data, or `npm run import:document`. */
  origin: z.enum(['seed', 'import']).default('seed'),
  /** The document's own date (ISO), when it has one. */
  date: z.iso.date().optional(),
  /** The section the validity is taken from, when another document states it (the press release). */
  validitySource: SourceRefSchema.optional(),
  facts: DocumentFactsSchema.optional(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const ROLES = ['admin', 'steering', 'contact'] as const;
export type Role = (typeof ROLES)[number];

export const RosterEntrySchema = TenantDocSchema.extend({
  type: z.literal('roster-entry'),
  /** The Entra ID object id (aadObjectId) of the person. */
  id: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
  /** Districts the person is a contact of (role `contact`). */
  districtIds: z.array(IdSchema),
  /** Districts the person is a deputy (ersättare) of: they report, and get the requests, while a contact is away. */
  deputyDistrictIds: z.array(IdSchema).optional(),
  demo: z.boolean().default(false),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

/**
 * Where a proactive message can reach a person or a channel: the Bot Framework conversation
 * reference captured on install and on every message. Kept opaque here; bot/ validates its shape.
 */
export const ConversationRecordSchema = TenantDocSchema.extend({
  type: z.literal('conversation'),
  /** `personalConversationId` or `channelConversationId` (conversation-id.ts). */
  id: z.string().min(1),
  scope: z.enum(['personal', 'channel', 'groupChat']),
  aadObjectId: z.string().optional(),
  reference: z.record(z.string(), z.unknown()),
  /** The language the person last wrote in (else their client's), for proactive cards. */
  language: z.enum(['sv', 'en']).default('sv'),
  updatedAt: z.string(),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;
