import type { Container } from '@azure/cosmos';
import type { Repository } from '../domain/repository.ts';
import { TeamMembersSnapshotSchema, TeamSchema, type Team, type TeamMembersSnapshot } from '../domain/team.ts';
import { DocumentStore } from './document-store.ts';

export interface TeamRepositories {
  /** Teams the app is installed in, `team:<teamId>`; beside the conversation references they stand in for. */
  teams: Repository<Team>;
  /** Each team's members as last listed, `team-members:<teamId>`. */
  teamMembers: Repository<TeamMembersSnapshot>;
}

/** Teams live in the conversations container: like a conversation reference, a team is a way to reach people. */
export function createTeamRepositories(conversations: Container): TeamRepositories {
  return {
    teams: new DocumentStore(conversations, TeamSchema, 'team', 'team'),
    teamMembers: new DocumentStore(conversations, TeamMembersSnapshotSchema, 'team members', 'team-members'),
  };
}
