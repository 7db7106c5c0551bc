import type { Team, TeamMember } from '../domain/team.ts';

/**
 * What the app needs of Teams to reach a team's members: bot/edge implements it with the Bot
 * Framework connector (TeamsInfo.getPagedTeamMembers, createConversationAsync), so src/ never
 * imports botbuilder. Both calls count against the connector's rate limits; the implementation
 * throttles them.
 */
export interface TeamDirectory {
  /** Every member of the team, page by page (100 a page). */
  listMembers(team: Team): AsyncIterable<TeamMember>;
  /** Creates (or finds) the 1:1 chat between the bot and a member; returns its conversation reference. */
  openPersonalConversation(team: Team, member: TeamMember): Promise<Record<string, unknown>>;
}

/** A connector call that failed, with the HTTP status when there was an answer. */
export class TeamDirectoryError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'TeamDirectoryError';
  }
}
