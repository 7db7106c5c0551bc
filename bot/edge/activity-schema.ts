import { z } from 'zod';

/**
 * The part of an incoming Bot Framework activity Samverkan relies on. Checked at the HTTP edge
 * before anything else touches the body; everything else in the activity passes through.
 */
export const IncomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: z.looseObject({ id: z.string().min(1).max(512), aadObjectId: z.string().max(128).optional(), name: z.string().max(512).optional() }),
  recipient: z.looseObject({ id: z.string().min(1).max(512) }),
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(128).optional(),
  }),
  text: z.string().max(10_000).optional(),
  locale: z.string().max(32).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string().max(128) }).optional() }).optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

/** The tenant a Teams activity comes from (channelData.tenant.id, else conversation.tenantId). */
export function tenantOf(activity: IncomingActivity): string | undefined {
  return activity.channelData?.tenant?.id ?? activity.conversation.tenantId;
}
