import { z } from 'zod';
import { SteeringChannelSchema } from './steering-channel.ts';

export const COORDINATOR_CHANNEL_ID = 'coordinator-channel';

/**
 * Where questions for the coordinators are posted: a settings document like the steering
 * group's channel (reference container), bound by an admin in the channel. Without it, the
 * questions go to the steering group's channel.
 */
export const CoordinatorChannelSchema = SteeringChannelSchema.extend({
  id: z.literal(COORDINATOR_CHANNEL_ID),
  type: z.literal('coordinator-channel'),
  source: z.literal('chat'),
});
export type CoordinatorChannel = z.infer<typeof CoordinatorChannelSchema>;
