type DeclaredKey<K> = string extends K ? never : number extends K ? never : K;

/**
 * A response type with only the fields its schema names. Loose objects (`z.looseObject`, "extra
 * fields may be added") infer as `{ a: string; [k: string]: unknown }`, where a misspelt or renamed
 * field would quietly be `unknown`; here it is a type error. Records (no named fields) stay records.
 */
export type KnownFields<T> = T extends readonly (infer E)[]
  ? KnownFields<E>[]
  : T extends object
    ? [keyof { [K in keyof T as DeclaredKey<K>]: true }] extends [never]
      ? { [K in keyof T]: KnownFields<T[K]> }
      : { [K in keyof T as DeclaredKey<K>]: KnownFields<T[K]> }
    : T;
