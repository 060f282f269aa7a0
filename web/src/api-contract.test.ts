/**
 * Type-level tests of the contract between server and web: the web's types come from the server's
 * zod schemas (src/api), so a field the schema does not have is a type error. `npm run typecheck`
 * checks this file; each `@ts-expect-error` fails the typecheck the day its line stops being an error
 * (for example when someone makes the web types loose again). The runtime part only keeps vitest happy.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { BodyOf, ResponseOf } from '../../src/api/endpoint-types.ts';
import { api, type RenderedAssessment, type StoredUseCase } from './api.ts';

describe('API contract types', () => {
  it('types an answer from its response schema', () => {
    type Cases = ResponseOf<'GET /api/orgs/:orgId/use-cases'>;
    expectTypeOf<Cases[number]['title']>().toEqualTypeOf<string>();
    expectTypeOf<Cases[number]['status']>().toEqualTypeOf<'idea' | 'assessing' | 'pilot' | 'decided'>();
    expectTypeOf<ResponseOf<'DELETE /api/orgs/:orgId/tokens/:tokenId'>>().toEqualTypeOf<undefined>();

    const reads = (summary: Cases[number], stored: StoredUseCase) => [
      // @ts-expect-error a use-case summary has `title`, not `name`: a renamed field is a type error
      summary.name,
      // @ts-expect-error the document is the use-case schema, not a free record
      stored.document.problem?.hoursPerWeak,
    ];
    expectTypeOf(reads).toBeFunction();
  });

  it('names only the declared fields of loose answers', () => {
    expectTypeOf<RenderedAssessment['verdictTitle']>().toEqualTypeOf<string>();
    const reads = (result: RenderedAssessment) => [
      // @ts-expect-error "extra fields may be added" must not make a misspelt field `unknown`
      result.verdictTitel,
      // @ts-expect-error the same one level down
      result.factors[0]?.findings[0]?.evidenceText,
    ];
    expectTypeOf(reads).toBeFunction();
  });

  it('types the path, the params and the body of a call', () => {
    expectTypeOf<BodyOf<'POST /api/auth/login'>>().toEqualTypeOf<{ email: string; password: string }>();
    // Never called: the calls below are here for the typechecker.
    const calls = () => {
      // @ts-expect-error there is no such operation
      void api.get('/api/orgs/:orgId/usecases', { params: { orgId: 'o' } });
      // @ts-expect-error the path has an :orgId
      void api.get('/api/orgs/:orgId/members');
      // @ts-expect-error the params are the path's: orgId and userId
      void api.delete('/api/orgs/:orgId/members/:userId', { params: { orgId: 'o', memberId: 'm' } });
      // @ts-expect-error login takes an email, not a mail
      void api.post('/api/auth/login', { body: { mail: 'a@b.nl', password: 'x' } });
      // @ts-expect-error the list reads archived as 'true' or 'false'
      void api.get('/api/orgs/:orgId/use-cases', { params: { orgId: 'o' }, query: { archived: true } });
    };
    expectTypeOf(calls).toBeFunction();
  });
});
