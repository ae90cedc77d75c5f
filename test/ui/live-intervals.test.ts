// Frames of a playing run carry only the intervals that changed (FrameEncoder in the worker); the page's
// LiveIntervals puts them back together. Played through a real live session, every rebuilt snapshot must
// equal the full snapshot of the same instant, while most frames carry only an interval or two.
import { describe, expect, it } from 'vitest';
import { FrameEncoder } from '../../src/sim/live/live-service';
import { LiveSession } from '../../src/sim/live/live-session';
import { LiveIntervals } from '../../src/ui/live-intervals';
import helpDesk from '../../src/scenarios/help-desk.json';

function openHelpDesk(): LiveSession {
  const opened = LiveSession.open(helpDesk);
  if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join('; '));
  return opened.session;
}

describe('frames and LiveIntervals', () => {
  it('rebuild every snapshot exactly from the changed intervals alone', () => {
    const session = openHelpDesk();
    const encoder = new FrameEncoder();
    const intervals = new LiveIntervals();
    session.advanceTo(3 * 3600);
    let sent = 0;
    let full = 0;
    let isFirst = true;
    for (let t = 3 * 3600; !session.isFinished; t += 600) {
      session.advanceTo(t);
      const snapshot = session.snapshot();
      const frame = encoder.encode(snapshot);
      // The first frame carries the whole list, so the page needs nothing from before it.
      if (isFirst) expect(frame.changedIntervals).toHaveLength(snapshot.intervals.length);
      isFirst = false;
      sent += frame.changedIntervals.length;
      full += snapshot.intervals.length;
      // Samples travel as new ones only (test/sim/live/floor-sampler.test.ts joins them); the rest is equal.
      const { samples: _newSamples, ...rebuilt } = intervals.snapshotOf(frame);
      const { samples: _allSamples, ...whole } = snapshot;
      expect(rebuilt).toEqual(whole);
    }
    expect(session.snapshot().intervals.length).toBeGreaterThan(4);
    // Later frames carry the current interval and those whose calls are still settling: far fewer.
    expect(sent).toBeLessThan(full / 3);
  });

  it('starts from the full list again after replace or clear', () => {
    const session = openHelpDesk();
    session.advanceTo(7200);
    const intervals = new LiveIntervals();
    intervals.replace(session.snapshot().intervals);
    expect(intervals.length).toBe(session.snapshot().intervals.length);
    intervals.clear();
    expect(intervals.length).toBe(0);
  });
});
