import { z } from 'zod';

/**
 * A team the app is installed in (the coordination team). Its members can be reached 1:1 without
 * having opened a chat with the bot: the bot lists them and creates the personal conversation.
 */
export const TeamSchema = z.object({
  tenantId: z.string().min(1),
  /** `team:<teamId>` (teamDocumentId). */
  id: z.string().min(1),
  type: z.literal('team'),
  /** The Teams team id (`19:…@thread.tacv2`), also its General channel's conversation id. */
  teamId: z.string().min(1),
  name: z.string().optional(),
  /** Where the connector for this tenant answers. */
  serviceUrl: z.string().url(),
  /** The bot's own account in Teams (`28:<appId>`), the sender of what it posts. */
  botId: z.string().optional(),
  installedAt: z.iso.datetime(),
  /** Set when the app was removed from the team: its members are no longer reachable through it. */
  removedAt: z.iso.datetime().optional(),
});
export type Team = z.infer<typeof TeamSchema>;

export const teamDocumentId = (teamId: string) => `team:${teamId}`;

/** A member of a team as the connector lists them. */
export const TeamMemberSchema = z.object({
  /** The Bot Framework user id (`29:…`). */
  id: z.string().min(1),
  aadObjectId: z.string().min(1),
  name: z.string().min(1),
  userPrincipalName: z.string().optional(),
  email: z.string().optional(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** Why a person could not be reached. */
export const UNREACHABLE_REASONS = ['not-in-team', 'no-team', 'connector-error'] as const;
export type UnreachableReason = (typeof UNREACHABLE_REASONS)[number];

/** How a run reached its recipients: each person once, by how. */
export interface ReachReport {
  direct: string[];
  viaTeam: string[];
  unreachable: Array<{ id: string; reason: UnreachableReason }>;
}

export const emptyReachReport = (): ReachReport => ({ direct: [], viaTeam: [], unreachable: [] });

/**
 * The members of a team as last listed (for the people picker and for matching a roster file's
 * UPNs), so a search does not page through the connector on every keystroke. About 250 bytes a
 * member: one document holds several thousand, well under Cosmos DB's 2 MB.
 */
export const TeamMembersSnapshotSchema = z.object({
  tenantId: z.string().min(1),
  /** `team-members:<teamId>` (teamMembersDocumentId). */
  id: z.string().min(1),
  type: z.literal('team-members'),
  teamId: z.string().min(1),
  members: z.array(TeamMemberSchema),
  listedAt: z.iso.datetime(),
});
export type TeamMembersSnapshot = z.infer<typeof TeamMembersSnapshotSchema>;

export const teamMembersDocumentId = (teamId: string) => `team-members:${teamId}`;
