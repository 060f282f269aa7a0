/**
 * Web Worker: simulates the business case of a use-case document off the main thread, so typing in
 * the range fields never waits for the 10 000 runs. Runs the same pure core as the API and the XLSX
 * (`businessCaseWithRisks`) with the stall evidence of the server's assessment, which weighs the data
 * files and vendors the browser does not have: the page shows the same figures for the same saved
 * document and seed.
 */
import { businessCaseWithRisks } from '../../../src/core/business-case/assessed-business-case.ts';
import { npvHistogram } from '../../../src/core/business-case/npv-histogram.ts';
import { stallProbability } from '../../../src/core/business-case/stall-probability.ts';
import { ZUseCase } from '../../../src/core/use-case/use-case-schema.ts';
import type { SimulationRequest, SimulationResponse } from './simulation-protocol.ts';

function respond(response: SimulationResponse): void {
  postMessage(response);
}

addEventListener('message', (event: MessageEvent<SimulationRequest>) => {
  const { id, document, stall, runs, seed, bins } = event.data;
  const started = performance.now();
  const parsed = ZUseCase.safeParse(document);
  if (!parsed.success) {
    respond({ id, ok: false, problems: parsed.error.issues.map((i) => i.path.join('.')) });
    return;
  }
  const { result, findings } = businessCaseWithRisks({ useCase: parsed.data, stall, runs, seed });
  const histogram = npvHistogram(result, bins);
  const { samples: _samples, ...rest } = result;
  respond({
    id,
    ok: true,
    output: {
      result: rest,
      findings,
      histogram,
      assessedStall: stallProbability(stall),
      elapsedMs: performance.now() - started,
    },
  });
});
