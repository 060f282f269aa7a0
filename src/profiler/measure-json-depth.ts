/**
 * How deeply a JSON file nests, measured by streaming its bytes before any parser sees it. A file
 * of 50 000 `[` followed by as many `]` is 100 KB, and it overflows the stack of recursive JSON
 * readers (DuckDB's crashes the process), so depth is checked first and the read is refused.
 */
import { createReadStream } from 'node:fs';

/** Real exports nest a few levels; anything past this is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * The deepest nesting of `[`/`{` in the JSON or NDJSON file at `path`, ignoring brackets inside
 * strings. Stops reading as soon as the depth passes `limit` and returns that depth.
 */
export async function measureJsonDepth(path: string, limit = MAX_JSON_DEPTH): Promise<number> {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let escaped = false;
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) inString = false;
        } else if (b === QUOTE) {
          inString = true;
        } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
          depth++;
          if (depth > deepest) {
            deepest = depth;
            if (deepest > limit) return deepest;
          }
        } else if ((b === CLOSE_ARRAY || b === CLOSE_OBJECT) && depth > 0) {
          depth--;
        }
      }
    }
  } finally {
    stream.destroy();
  }
  return deepest;
}
