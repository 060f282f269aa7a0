import { z } from 'zod';

/** The board report's PDF media type. */
export const PDF_CONTENT_TYPE = 'application/pdf';

/** The PDF body: bytes, documented in OpenAPI as a binary string. */
export const ZPdfBody = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });
