// Randomness comes from the browser and is handed to the core (which reads none itself).
export function randomHex(bytes) {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function randomId(prefix, chars = 24) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const buf = new Uint8Array(chars);
  crypto.getRandomValues(buf);
  return prefix + Array.from(buf, (b) => alphabet[b % alphabet.length]).join('');
}
