// Indexed reads that the compiler can trust: an index computed out of range is a bug, and says so.

/** The item at `index` of `list`; throws a RangeError when there is none (instead of going on with undefined). */
export function itemAt<T>(list: ArrayLike<T>, index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`Nothing at index ${index} of a list of ${list.length}.`);
  return item;
}
