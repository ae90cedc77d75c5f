// Cross-field rules of the routing options: a queue's groupOrder lists groups that serve it, a group's
// queueOrder lists queues it serves, each at most once. Each issue names the field to change.
import type { z } from 'zod';
import type { Scenario } from './schema';

type Shape = Pick<Scenario, 'queues' | 'agentGroups'>;

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
