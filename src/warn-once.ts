/** A console warning for each problem, once per element, however often it is met. */
export function warnOnce(warned: Set<string>, message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`family-rights-guide: ${message}`);
}
