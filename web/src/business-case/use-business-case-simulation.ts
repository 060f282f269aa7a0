import { useEffect, useRef, useState } from 'react';
import type { StallEvidence } from '../../../src/core/business-case/assessed-business-case.ts';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';
import {
  PAGE_HISTOGRAM_BINS,
  PAGE_RUNS,
  PAGE_SEED,
  type SimulationOutput,
  type SimulationRequest,
  type SimulationResponse,
} from './simulation-protocol.ts';

/** What the worker simulates: the document as edited, with the stall evidence of the saved one. */
type Job = { document: UseCase; stall: StallEvidence };

function post(worker: Worker, id: number, job: Job): void {
  const request: SimulationRequest = {
    id,
    ...job,
    runs: PAGE_RUNS,
    seed: PAGE_SEED,
    bins: PAGE_HISTOGRAM_BINS,
  };
  worker.postMessage(request);
}

export type SimulationState = {
  /** The latest finished result; kept while a newer one is computed, so the page never goes blank. */
  output: SimulationOutput | null;
  /** Paths of the document that do not validate (the last request was not simulated). */
  problems: string[];
  /** The worker failed to start or crashed. */
  failed: boolean;
  isBusy: boolean;
};

/**
 * Simulates the document in a Web Worker whenever it or the stall evidence changes; nothing until
 * the stall evidence (the server's assessment) has arrived. At most one request is in flight: while
 * the worker computes, only the newest job waits, so fast typing never builds a queue.
 */
export function useBusinessCaseSimulation(document: UseCase, stall: StallEvidence | null): SimulationState {
  const [state, setState] = useState<SimulationState>({
    output: null,
    problems: [],
    failed: false,
    isBusy: true,
  });
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const inFlight = useRef(false);
  const waiting = useRef<Job | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('./business-case.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const send = (job: Job) => {
      inFlight.current = true;
      nextId.current += 1;
      post(w, nextId.current, job);
    };
    w.onmessage = (event: MessageEvent<SimulationResponse>) => {
      inFlight.current = false;
      const response = event.data;
      const next = waiting.current;
      waiting.current = null;
      if (next !== null) send(next);
      setState((s) =>
        response.ok
          ? { output: response.output, problems: [], failed: false, isBusy: next !== null }
          : { ...s, problems: response.problems, isBusy: next !== null },
      );
    };
    w.onerror = (event) => {
      event.preventDefault();
      inFlight.current = false;
      setState((s) => ({ ...s, failed: true, isBusy: false }));
    };
    // Hand over whatever arrived before the worker existed.
    if (waiting.current !== null) {
      const first = waiting.current;
      waiting.current = null;
      send(first);
    }
    return () => {
      w.terminate();
      worker.current = null;
      inFlight.current = false;
    };
  }, []);

  useEffect(() => {
    if (stall === null) return;
    const job = { document, stall };
    const w = worker.current;
    if (w === null || inFlight.current) {
      waiting.current = job;
      setState((s) => (s.isBusy ? s : { ...s, isBusy: true }));
      return;
    }
    inFlight.current = true;
    nextId.current += 1;
    post(w, nextId.current, job);
    setState((s) => (s.isBusy ? s : { ...s, isBusy: true }));
  }, [document, stall]);

  return state;
}
