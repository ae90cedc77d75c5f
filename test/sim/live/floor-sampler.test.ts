// Fixed-instant samples of a live run: independent of how the run is sliced (the charts' promise that a day
// looks the same at every speed), true to the floor at each sample instant, bounded, and sent once per play.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES, type FloorSamples } from '../../../src/sim/api';
import { FloorSampler, MAX_SAMPLES, sampleStepFor } from '../../../src/sim/live/floor-sampler';
import { LiveSession } from '../../../src/sim/live/live-session';
import { FrameEncoder } from '../../../src/sim/live/live-service';
import helpDesk from '../../../src/scenarios/help-desk.json';

const STATES = AGENT_STATES.length;

function open(): LiveSession {
  const opened = LiveSession.open(helpDesk);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.session;
}

/** Plays a session to its end in slices of the given simulated lengths (repeated), as a player would. */
function playInSlices(slices: number[]): FloorSamples {
  const session = open();
  for (let i = 0; !session.isFinished; i++)
    session.advanceTo(session.nowSeconds + (slices[i % slices.length] as number));
  return session.snapshot().samples as FloorSamples;
}

describe('FloorSampler', () => {
  it('picks a step that covers the horizon in at most half the cap', () => {
    expect(sampleStepFor(8 * 3600)).toBe(30);
    expect(sampleStepFor(14 * 3600)).toBe(60);
    expect(sampleStepFor(5 * 86_400)).toBe(600);
    expect(sampleStepFor(null)).toBe(60);
    for (const h of [3600, 86_400, 30 * 86_400]) expect(h / sampleStepFor(h)).toBeLessThanOrEqual(MAX_SAMPLES / 2);
  });

  it('gives the same samples however the run is sliced (×300 ticks, one-hour chunks, one go)', () => {
    const fine = playInSlices([300 * 0.016, 7.3, 0.2]);
    const coarse = playInSlices([3600]);
    const whole = playInSlices([1e9]);
    expect(fine.waiting.length).toBeGreaterThan((8 * 3600) / fine.stepSeconds - 1);
    for (const other of [coarse, whole]) {
      expect(other.stepSeconds).toBe(fine.stepSeconds);
      expect([...other.waiting]).toEqual([...fine.waiting]);
      expect([...other.agentsByState]).toEqual([...fine.agentsByState]);
    }
    // A busy day: somebody waited at some sample, and agents talked.
    expect(Math.max(...fine.waiting)).toBeGreaterThan(0);
  });

  it('records the floor as a snapshot taken at the sample instant shows it', () => {
    const session = open();
    const step = (session.snapshot().samples as FloorSamples).stepSeconds;
    for (const k of [10, 333, 700]) {
      session.advanceTo(k * step);
      const snap = session.snapshot();
      const samples = snap.samples as FloorSamples;
      const waitingNow = [...snap.queueWaiting].reduce((a, b) => a + b, 0);
      expect(samples.waiting[k]).toBe(waitingNow);
      for (let s = 0; s < STATES; s++)
        expect(samples.agentsByState[k * STATES + s]).toBe([...snap.agentStates].filter((x) => x === s).length);
    }
  });

  it('doubles its step past the cap and keeps the even instants', () => {
    const sampler = new FloorSampler(10);
    for (let i = 0; i <= MAX_SAMPLES; i++) sampler.record({ waiting: [i], agentStates: [0], agentCount: 1 });
    expect(sampler.stepSeconds).toBe(20);
    const samples = sampler.samples();
    expect(samples.waiting.length).toBe(MAX_SAMPLES / 2 + 1);
    expect([...samples.waiting.slice(0, 3)]).toEqual([0, 2, 4]);
    expect(sampler.nextAtSeconds).toBe((MAX_SAMPLES + 2) * 10);
    expect(() => new FloorSampler(0)).toThrow(/stepSeconds/);
  });

  it('frames carry only the samples not sent yet; joined they equal the full list', () => {
    const session = open();
    const encoder = new FrameEncoder();
    const waiting: number[] = [];
    for (let t = 1000; !session.isFinished; t += 1000) {
      session.advanceTo(t);
      const frame = encoder.encode(session.snapshot());
      const samples = frame.samples as FloorSamples;
      expect(samples.fromIndex).toBe(waiting.length);
      waiting.push(...samples.waiting);
    }
    expect(waiting).toEqual([...(session.snapshot().samples as FloorSamples).waiting]);
  });
});
