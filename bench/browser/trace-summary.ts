// Reads a Chromium trace (the JSON of Tracing / browser.startTracing) and says what each long main-thread task
// spent its time on: self time per kind of work (script by function, style, layout, paint, GC, messages).
// Pure: no browser, no files.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * A task on the thread's loop. Chromium usually nests RunTask inside ThreadControllerImpl::RunTask, but not
 * always (canvas frame finalisation runs as a bare RunTask), so a task is either, when not inside another.
 */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The outermost task events of one thread's events, sorted by start. */
function outermostTasks(sorted: readonly TraceEvent[]): TraceEvent[] {
  const tasks: TraceEvent[] = [];
  let endOfCurrent = Number.NEGATIVE_INFINITY;
  for (const event of sorted) {
    if (!TASK_NAMES.has(event.name) || event.ts < endOfCurrent) continue;
    tasks.push(event);
    endOfCurrent = event.ts + (event.dur ?? 0);
  }
  return tasks;
}

/** The renderer main thread with the most complete events (the page's, not an extension's or a worker's). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; count: number } | undefined;
  for (const m of mains) {
    const count = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
    if (best === undefined || count > best.count) best = { pid: m.pid, tid: m.tid, count };
  }
  return best;
}

function label(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  const fn = typeof data['functionName'] === 'string' ? data['functionName'] : '';
  const url = typeof data['url'] === 'string' ? data['url'].split('/').pop() : '';
  const line = typeof data['lineNumber'] === 'number' ? `:${data['lineNumber']}` : '';
  const type = typeof data['type'] === 'string' ? data['type'] : '';
  if (event.name === 'FunctionCall') return `script ${fn || '(anonymous)'} ${url}${line}`;
  if (type !== '') return `${event.name} ${type}`;
  return event.name;
}

/** Self time (ms) per label of the complete events nested inside `task` (sorted by start). */
function selfTimes(task: TraceEvent, inside: readonly TraceEvent[]): Map<string, number> {
  const totals = new Map<string, number>();
  const stack: { end: number; label: string; childUs: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1) as { end: number }).end <= until) {
      const done = stack.pop() as { label: string; childUs: number; dur: number };
      totals.set(done.label, (totals.get(done.label) ?? 0) + (done.dur - done.childUs) / 1000);
      const parent = stack.at(-1);
      if (parent !== undefined) parent.childUs += done.dur;
    }
  };
  const root = { end: task.ts + (task.dur ?? 0), label: '(task itself)', childUs: 0, dur: task.dur ?? 0 };
  stack.push(root);
  for (const e of inside) {
    close(e.ts);
    stack.push({ end: e.ts + (e.dur ?? 0), label: label(e), childUs: 0, dur: e.dur ?? 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

function top(totals: Map<string, number>, count: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

/** Lines describing every main-thread task longer than `thresholdMs`, then the totals over all of them. */
export function summariseTrace(events: readonly TraceEvent[], thresholdMs: number): string[] {
  const thread = mainThread(events);
  if (thread === undefined) return ['no renderer main thread in the trace'];
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = outermostTasks(own);
  const durations = tasks.map((t) => (t.dur ?? 0) / 1000);
  const long = tasks.filter((t) => (t.dur ?? 0) / 1000 > thresholdMs);
  const lines = [
    `${tasks.length} main-thread tasks; ${long.length} over ${thresholdMs} ms; longest ${Math.max(0, ...durations).toFixed(1)} ms; ` +
      `busy ${durations.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
  ];
  const overall = new Map<string, number>();
  const shown = [...long].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
  for (const task of long) {
    const end = task.ts + (task.dur ?? 0);
    const inside = own.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && !TASK_NAMES.has(e.name));
    const totals = selfTimes(task, inside);
    for (const [name, ms] of totals) overall.set(name, (overall.get(name) ?? 0) + ms);
    if (shown.includes(task)) {
      lines.push(`task of ${((task.dur ?? 0) / 1000).toFixed(1)} ms:`);
      lines.push(...top(totals, 8));
    }
  }
  if (long.length > 0) {
    lines.push(`self time summed over all ${long.length} long tasks:`);
    lines.push(...top(overall, 15));
  }
  return lines;
}
