// A page may add properties to Object.prototype ("prototype pollution", by accident or
// not); then every plain object seems to have them. Optional fields are therefore read
// only when an object has them itself.

/** The object's own value for a key, or undefined. */
export function own(object: unknown, key: string): unknown {
  return typeof object === 'object' && object !== null && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
