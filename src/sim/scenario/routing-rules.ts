// Cross-field rules of the routing options: a queue's groupOrder lists groups that serve it, a group's
// queueOrder lists queues it serves, each at most once. Each issue names the field to change.
import type { z } from 'zod';

/** The part of a scenario these rules read (stated here: schema.ts imports this file, not the other way). */
interface Shape {
  queues: readonly { id: string; groupOrder?: readonly string[] | undefined }[];
  agentGroups: readonly { id: string; queues: readonly string[]; queueOrder?: readonly string[] | undefined }[];
}

/** Issues for an ordered list whose items must come from `allowed`, once each. */
function checkOrder(
  list: readonly string[],
  allowed: (item: string) => string | undefined,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  list.forEach((item, j) => {
    const problem = seen.has(item) ? `"${item}" is listed twice` : allowed(item);
    seen.add(item);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [...path, j], message: problem });
  });
}

export function validateRoutingOrders(s: Shape, ctx: z.RefinementCtx): void {
  const groups = new Map(s.agentGroups.map((g) => [g.id, g]));
  s.queues.forEach((q, i) => {
    if (q.groupOrder === undefined) return;
    checkOrder(
      q.groupOrder,
      (groupId) => {
        const g = groups.get(groupId);
        if (g === undefined) return `unknown agent group "${groupId}"`;
        return g.queues.includes(q.id) ? undefined : `agent group "${groupId}" does not serve queue "${q.id}"`;
      },
      ['queues', i, 'groupOrder'],
      ctx,
    );
  });
  s.agentGroups.forEach((g, i) => {
    if (g.queueOrder === undefined) return;
    checkOrder(
      g.queueOrder,
      (queueId) => (g.queues.includes(queueId) ? undefined : `"${queueId}" is not one of this group's queues`),
      ['agentGroups', i, 'queueOrder'],
      ctx,
    );
  });
}
