import { useEffect, useRef, useState } from 'react';
import type { UseCase } from '../../../src/core/use-case/use-case-schema.ts';
import {
  PAGE_HISTOGRAM_BINS,
  PAGE_RUNS,
  PAGE_SEED,
  type SimulationOutput,
  type SimulationRequest,
  type SimulationResponse,
} from './simulation-protocol.ts';

function post(worker: Worker, id: number, document: UseCase): void {
  const request: SimulationRequest = {
    id,
    document,
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
 * Simulates the document in a Web Worker whenever it changes. At most one request is in flight:
 * while the worker computes, only the newest document waits, so fast typing never builds a queue.
 */
export function useBusinessCaseSimulation(document: UseCase): SimulationState {
  const [state, setState] = useState<SimulationState>({
    output: null,
    problems: [],
    failed: false,
    isBusy: true,
  });
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const inFlight = useRef(false);
  const waiting = useRef<UseCase | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('./business-case.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const send = (doc: UseCase) => {
      inFlight.current = true;
      nextId.current += 1;
      post(w, nextId.current, doc);
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
    const w = worker.current;
    if (w === null || inFlight.current) {
      waiting.current = document;
      setState((s) => (s.isBusy ? s : { ...s, isBusy: true }));
      return;
    }
    inFlight.current = true;
    nextId.current += 1;
    post(w, nextId.current, document);
    setState((s) => (s.isBusy ? s : { ...s, isBusy: true }));
  }, [document]);

  return state;
}
